package cn.nianbao.model.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.nianbao.model.CellAddress;

import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.catalogue.TableDef;
import cn.nianbao.model.catalogue.TemplateDef;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TemplateVersion;

/** One version of the format, with its tables indexed by id. Immutable once built. */
public final class Template {

    private final TemplateVersion version;
    private final TemplateDef definition;
    private final Map<String, TableLayout> tables = new LinkedHashMap<>();
    private final Map<String, List<CellAddress>> cellsOfRoles = new ConcurrentHashMap<>();
    /** The rules by id, the first of an id: every finding asks for its rule's severity (read from the rule, live). */
    private final Map<String, RuleDef> rulesById = new HashMap<>();

    public Template(TemplateVersion version, TemplateDef definition) {
        this.version = version;
        this.definition = definition;
        for (TableDef table : definition.getTables()) {
            tables.put(table.getId(), new TableLayout(table));
        }
        for (RuleDef rule : definition.getRules()) {
            rulesById.putIfAbsent(rule.getId(), rule);
        }
    }

    /** The national layout this template follows (its own version for the national ones). */
    public TemplateVersion version() {
        return version;
    }

    /** The catalogue key: the national version's literal, or the registered template's own version. */
    public String key() {
        return definition.getVersion();
    }

    public boolean isNational() {
        return version.getLiteral().equals(key());
    }

    /** Marks the report as following this template. */
    public void applyTo(AnnualReport report) {
        report.setTemplateVersion(version);
        report.setTemplateKey(isNational() ? null : key());
    }

    public TemplateDef definition() {
        return definition;
    }

    /** The tables in the order the report prints them (the catalogue's order). */
    public List<TableLayout> tables() {
        return List.copyOf(tables.values());
    }

    public TableLayout table(String id) {
        return tables.get(id);
    }

    /** The table printed in this section, or null. */
    public TableLayout tableOfSection(String sectionKey) {
        for (TableLayout table : tables.values()) {
            if (sectionKey.equals(table.definition().getSection())) {
                return table;
            }
        }
        return null;
    }

    /** The table holding the row or column of this role, or null when the template has none. */
    public TableLayout tableWithRole(String role) {
        for (TableLayout table : tables.values()) {
            if (table.nodeWithRole(role) != null) {
                return table;
            }
        }
        return null;
    }

    /**
     * The cells of the role's rows (the leaves under a group) in the role's column, or the total column;
     * unmodifiable. Worked out once per pair of roles: the prose rules ask for every figure they read.
     */
    public List<CellAddress> cellsOfRole(String rowRole, String columnRole) {
        return cellsOfRoles.computeIfAbsent(rowRole + '\u0000' + (columnRole == null ? "" : columnRole), key -> {
            TableLayout table = tableWithRole(rowRole);
            return table == null ? List.of() : List.copyOf(table.cellsOfRole(rowRole, columnRole));
        });
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
        // read from the rules each time: the limit is a rule's value, which may be changed after loading
        for (RuleDef rule : definition.getRules()) {
            if (rule.getMaxDecimals() >= 0) {
                return rule.getMaxDecimals();
            }
        }
        return -1;
    }

    public RuleDef rule(String id) {
        return rulesById.get(id);
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
