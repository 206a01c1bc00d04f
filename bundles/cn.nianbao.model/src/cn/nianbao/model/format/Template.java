package cn.nianbao.model.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.catalogue.TableDef;
import cn.nianbao.model.catalogue.TemplateDef;
import cn.nianbao.model.report.TemplateVersion;

/** One version of the format, with its tables indexed by id. Immutable once built. */
public final class Template {

    private final TemplateVersion version;
    private final TemplateDef definition;
    private final Map<String, TableLayout> tables = new LinkedHashMap<>();

    public Template(TemplateVersion version, TemplateDef definition) {
        this.version = version;
        this.definition = definition;
        for (TableDef table : definition.getTables()) {
            tables.put(table.getId(), new TableLayout(table));
        }
    }

    public TemplateVersion version() {
        return version;
    }

    public TemplateDef definition() {
        return definition;
    }

    public List<TableLayout> tables() {
        return List.copyOf(tables.values());
    }

    public TableLayout table(String id) {
        return tables.get(id);
    }

    public List<SectionDef> sections() {
        return definition.getSections();
    }

    public List<RuleDef> rules() {
        return definition.getRules();
    }

    /**
     * The most decimals an amount cell may hold, as the template's type rule for amounts says
     * ({@code maxDecimals} in the catalogue), or -1 when no rule limits them.
     */
    public int maxDecimals() {
        for (RuleDef rule : definition.getRules()) {
            if (rule.getMaxDecimals() >= 0) {
                return rule.getMaxDecimals();
            }
        }
        return -1;
    }

    public RuleDef rule(String id) {
        for (RuleDef rule : definition.getRules()) {
            if (rule.getId().equals(id)) {
                return rule;
            }
        }
        return null;
    }

    /** Every cell of the format in catalogue order: T2, T3, T4, rows then columns; alternate rows excluded. */
    public List<cn.nianbao.model.CellAddress> cells() {
        List<cn.nianbao.model.CellAddress> all = new ArrayList<>();
        for (TableLayout table : tables.values()) {
            all.addAll(table.cells(false));
        }
        return all;
    }
}
