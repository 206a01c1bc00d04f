package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.catalogue.TemplateDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.model.report.TemplateVersion;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.Messages;
import cn.nianbao.validation.support.Messages.Text;
import cn.nianbao.validation.support.RuleContext;

/**
 * STR-03: the template version fits the report year (ERROR), and a report in the current format does not
 * fall back on a row of the older one, the unsplit （六）其他处理 (WARNING: the sum still works, but the
 * split the 2021 format asks for, e.g. the fee row R22, is lost).
 */
public final class TemplateVersionRule implements CodedRule {

    @Override
    public String ruleId() {
        return "STR-03";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        AnnualReport report = context.report();
        TemplateVersion required = FormatCatalogue.versionForYear(report.getYear());
        if (report.getYear() > 0 && report.getTemplateVersion() != null && required != report.getTemplateVersion()) {
            diagnostics.add(wrongVersion(context, required, report.getTemplateVersion()));
        }
        for (TableLayout table : context.template().tables()) {
            for (RowDef row : context.alternatesInUse(table)) {
                diagnostics.add(alternateRow(context, table, row));
            }
        }
        return diagnostics;
    }

    private static Diagnostic wrongVersion(RuleContext context, TemplateVersion required, TemplateVersion used) {
        TemplateDef requiredDef = FormatCatalogue.template(required).definition();
        TemplateDef usedDef = FormatCatalogue.template(used).definition();
        String year = String.valueOf(context.report().getYear());
        Messages messages = context.messages();
        Text text = new Text(messages.zh("str03.version", year, requiredDef.getName(), usedDef.getName()),
                messages.en("str03.version", year, requiredDef.getNameEn(), usedDef.getNameEn()));
        return context.diagnostic("STR-03", List.of(), required.getLiteral(), used.getLiteral(), text);
    }

    /** The English label of the group the alternate stands for ("(6) Other handling"), else its own. */
    private static String groupLabelEn(TableLayout table, RowDef alternate) {
        RowDef first = table.row(alternate.getAlternateFor().get(0));
        if (first != null && first.eContainer() instanceof RowDef group && group.getLabelEn() != null) {
            return group.getLabelEn();
        }
        return alternate.getLabelEn();
    }

    private static Diagnostic alternateRow(RuleContext context, TableLayout table, RowDef row) {
        int parts = row.getAlternateFor().size();
        Messages messages = context.messages();
        // the template's names do not change: the message, names included, may wait until it is read
        Text text = Text.later(() -> {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (String id : row.getAlternateFor()) {
                zh.add(context.names().fullZh(table.id(), id));
                en.add(context.names().fullEn(table.id(), id));
            }
            return new Text(
                    messages.zh("str03.alternate", context.names().tableZh(table.id()), row.getLabel(), parts, String.join("；", zh)),
                    messages.en("str03.alternate", context.names().tableEn(table.id()), groupLabelEn(table, row), parts,
                            String.join("; ", en)));
        });
        List<CellAddress> cells = new ArrayList<>();
        DataTable first = ReportData.table(context.report(), table.id());
        for (var column : table.columnsOf(row)) {
            CellAddress cell = new CellAddress(table.id(), row.getId(), column.getId());
            // the check's cell index instead of a walk through the table's cells per column; a cell counts
            // only in the first table of the id, as ReportData.cell reads it
            Cell found = context.cells().cell(cell);
            if (found != null && found.eContainer() == first) {
                cells.add(cell);
            }
        }
        return context.diagnostic("STR-03", Severity.WARNING, cells, String.join(", ", row.getAlternateFor()), row.getId(), text);
    }
}
