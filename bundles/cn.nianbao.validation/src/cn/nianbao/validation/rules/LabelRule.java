package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

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
        // by index, not EMF's checked iterator: a report prints some fifty labels
        List<SourceLabel> labels = context.report().getSourceLabels();
        // a table's labels follow one another: its layout and facts are looked up once for them
        String tableId = null;
        TableLayout table = null;
        Map<String, NodeFacts> ofTable = null;
        for (int i = 0; i < labels.size(); i++) {
            SourceLabel label = labels.get(i);
            if (label.getAxis() == LabelAxis.SECTION) {
                continue;
            }
            if (table == null || !Objects.equals(tableId, label.getTableId())) {
                tableId = label.getTableId();
                table = context.template().table(tableId);
                ofTable = table == null ? null : factsOf(table);
            }
            NodeFacts facts = table == null ? null : facts(ofTable, table, label.getElementId());
            if (facts != null && !same(label.getText(), facts.node(), facts)) {
                diagnostics.add(diagnostic(context, table, facts.node(), label));
            }
        }
        return diagnostics;
    }

    /**
     * What LBL-01 needs of a template's row or column: its label normalised and the cells under it. Both
     * depend on the template only, so they are worked out once per node (never per printed label: what a
     * report printed is compared anew in every check).
     */
    private record NodeFacts(AxisNode node, String normalised, List<CellAddress> cells) {
    }

    /** The facts of a table's nodes by id, per table layout (weakly: a template may be dropped). */
    private static final Map<TableLayout, Map<String, NodeFacts>> FACTS = Collections.synchronizedMap(new WeakHashMap<>());

    private static Map<String, NodeFacts> factsOf(TableLayout table) {
        Map<String, NodeFacts> ofTable = FACTS.get(table);
        if (ofTable == null) {
            ofTable = new java.util.concurrent.ConcurrentHashMap<>();
            FACTS.put(table, ofTable);
        }
        return ofTable;
    }

    /** The facts of the table's row or column with this id, or null when the table has no such node. */
    private static NodeFacts facts(Map<String, NodeFacts> ofTable, TableLayout table, String nodeId) {
        NodeFacts facts = nodeId == null ? null : ofTable.get(nodeId);
        if (facts == null) {
            AxisNode node = nodeId == null ? null : table.node(nodeId);
            if (node == null) {
                // an id the template does not have is not remembered: what a report holds is never kept
                return null;
            }
            facts = new NodeFacts(node, Labels.normalize(node.getLabel()), List.copyOf(cells(table, node)));
            ofTable.put(nodeId, facts);
        }
        return facts;
    }

    /** Labels.same of the printed and the template's label, the template's side normalised once. */
    private static boolean same(String printed, AxisNode node, NodeFacts facts) {
        return Objects.equals(printed, node.getLabel()) || Labels.normalize(printed).equals(facts.normalised());
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
        return context.diagnostic("LBL-01", facts(factsOf(table), table, node.getId()).cells(), node.getLabel(), printed, text);
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
