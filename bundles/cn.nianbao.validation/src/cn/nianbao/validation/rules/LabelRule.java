package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.AxisNode;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.Labels;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.LabelAxis;
import cn.nianbao.model.report.SourceLabel;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.Messages;
import cn.nianbao.validation.support.Messages.Text;
import cn.nianbao.validation.support.RuleContext;

/**
 * LBL-01: a row or column label as the source printed it differs from the template's label. A known
 * variant ("本年度止件数") is still a deviation: variants only let the importer recognise the row.
 * Section headings are not compared here (STR-01 allows their variants).
 */
public final class LabelRule implements CodedRule {

    @Override
    public String ruleId() {
        return "LBL-01";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SourceLabel label : context.report().getSourceLabels()) {
            if (label.getAxis() == LabelAxis.SECTION) {
                continue;
            }
            TableLayout table = context.template().table(label.getTableId());
            AxisNode node = table == null ? null : table.node(label.getElementId());
            if (node != null && !same(label.getText(), node.getLabel())) {
                diagnostics.add(diagnostic(context, table, node, label));
            }
        }
        return diagnostics;
    }

    /**
     * Labels repeat from report to report: the normalised form of each template label, and the comparison
     * of each printed label with it, are remembered (bounded: {@value #MAX_REMEMBERED} printed labels).
     */
    private static final java.util.Map<String, java.util.Map<String, Boolean>> SAME = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger REMEMBERED = new java.util.concurrent.atomic.AtomicInteger();
    private static final int MAX_REMEMBERED = 10_000;

    private static boolean same(String printed, String template) {
        String templateKey = String.valueOf(template);
        java.util.Map<String, Boolean> byPrinted = SAME.get(templateKey);
        if (byPrinted == null) {
            byPrinted = SAME.computeIfAbsent(templateKey, k -> new java.util.concurrent.ConcurrentHashMap<>());
        }
        String printedKey = String.valueOf(printed);
        Boolean same = byPrinted.get(printedKey);
        if (same == null) {
            same = Labels.same(printed, template);
            if (REMEMBERED.get() < MAX_REMEMBERED) {
                REMEMBERED.incrementAndGet();
                byPrinted.put(printedKey, same);
            }
        }
        return same;
    }

    private static Diagnostic diagnostic(RuleContext context, TableLayout table, AxisNode node, SourceLabel label) {
        Messages messages = context.messages();
        String printed = Labels.printed(label.getText());
        String key = label.getAxis() == LabelAxis.COLUMN ? "lbl01.column" : "lbl01.row";
        int line = label.getLine();
        // the catalogue's labels do not change; what the report printed is read now
        Text text = Text.later(() -> {
            String zh = messages.zh(key, context.names().tableZh(table.id()), printed, node.getLabel());
            String en = messages.en(key, context.names().tableEn(table.id()), printed, node.getLabel(), node.getLabelEn());
            if (line > 0) {
                zh = messages.zh("atLine", zh, String.valueOf(line));
                en = messages.en("atLine", en, String.valueOf(line));
            }
            return new Text(zh, en);
        });
        return context.diagnostic("LBL-01", cells(table, node), node.getLabel(), printed, text);
    }

    /** The cells under a leaf row or column, so that the editor can mark where the label sits. */
    private static List<CellAddress> cells(TableLayout table, AxisNode node) {
        List<CellAddress> cells = new ArrayList<>();
        if (node instanceof RowDef row && table.row(row.getId()) != null) {
            table.columnsOf(row).forEach(c -> cells.add(new CellAddress(table.id(), row.getId(), c.getId())));
        } else if (node instanceof ColumnDef column && table.column(column.getId()) != null) {
            table.rowsOf(column).stream().filter(r -> !table.isAlternate(r))
                    .forEach(r -> cells.add(new CellAddress(table.id(), r.getId(), column.getId())));
        }
        return cells;
    }
}
