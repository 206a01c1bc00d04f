package cn.nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.prose.Figure;
import cn.nianbao.validation.prose.Quantity;
import cn.nianbao.validation.support.RuleContext;

/**
 * XS-01 (table 三) and XS-03 (table 四): a figure the prose states agrees with the cells it stands for.
 * "收到/受理 N 件" may mean the new requests (一) or new plus carried over (一 + 二): either agrees.
 * An approximate figure ("300余件") agrees when the cells fall in its range. A sentence that names a
 * scope of its own (全市, 备案, 本机关, 区政府办代表区政府…) is reported as INFO, not WARNING: the
 * figure may well be right for what it counts.
 */
public final class ProseFigureRule implements CodedRule {

    private final String ruleId;
    private final boolean table3;

    private ProseFigureRule(String ruleId, boolean table3) {
        this.ruleId = ruleId;
        this.table3 = table3;
    }

    public static ProseFigureRule requests() {
        return new ProseFigureRule("XS-01", true);
    }

    public static ProseFigureRule reviews() {
        return new ProseFigureRule("XS-03", false);
    }

    @Override
    public String ruleId() {
        return ruleId;
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Figure figure : context.prose().figures()) {
            if (figure.quantity().isTable3() != table3 || !present(context, figure.cells())) {
                continue;
            }
            long value = sum(context, figure.cells());
            if (figure.admits(value) || (figure.quantity() == Quantity.RECEIVED && figure.admits(value + carried(context)))) {
                continue;
            }
            if (seen.add(figure.quantity() + "|" + figure.cells() + "|" + figure.value() + "|" + figure.section())) {
                diagnostics.add(diagnostic(context, figure, value));
            }
        }
        return diagnostics;
    }

    private Diagnostic diagnostic(RuleContext context, Figure figure, long value) {
        Severity severity = figure.scope() != null ? Severity.INFO : context.severity(ruleId);
        String tableValue = String.valueOf(value);
        String alternative = figure.quantity() == Quantity.RECEIVED ? String.valueOf(value + carried(context)) : "";
        // the table's values are read now; the words are made from them when first read
        return Diagnostic.worded(ruleId, severity, figure.cells(), tableValue, String.valueOf(figure.value()),
                () -> words(context, figure, tableValue, alternative));
    }

    private static Diagnostic.Words words(RuleContext context, Figure figure, String tableValue, String alternative) {
        String what = "quantity." + figure.quantity().name();
        String whatZh = context.messages().zh(what);
        String whatEn = context.messages().en(what);
        CellAddress first = figure.cells().get(0);
        ColumnDef total = context.template().table(first.table()).totalColumn();
        if (total == null || !first.column().equals(total.getId())) {
            whatZh = whatZh + " " + context.names().fullZh(first.table(), first.column());
            whatEn = whatEn + ", " + context.names().fullEn(first.table(), first.column());
        }
        String written = figure.exact() ? String.valueOf(figure.value())
                : figure.low() + "…" + figure.high();
        String key = figure.quantity() == Quantity.RECEIVED ? "xs.figure.received" : "xs.figure";
        String zh = context.messages().zh(key, sectionName(figure.section(), true), figure.excerpt(), written, whatZh,
                tableValue, alternative);
        String en = context.messages().en(key, sectionName(figure.section(), false), figure.excerpt(), written, whatEn,
                tableValue, alternative);
        if (figure.scope() != null) {
            zh = zh + context.messages().zh("xs.scope", figure.scope());
            en = en + context.messages().en("xs.scope", figure.scope());
        }
        String formula = whatZh + ": 文字 " + written + " ≠ " + context.names().tableZh(first.table()) + " "
                + tableValue + (alternative.isEmpty() ? "" : "（一 + 二 = " + alternative + "）");
        return new Diagnostic.Words(formula, zh, en);
    }

    private static final String ORDINALS = "一二三四五六七八九十";
    private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI" };

    /** "S1.2" → "一（二）" / "I (2)"; "S4" → "四" / "IV". */
    static String sectionName(String key, boolean zh) {
        String[] parts = key.substring(1).split("\\.");
        try {
            int main = Integer.parseInt(parts[0]);
            String name = zh ? ORDINALS.substring(main - 1, main) : ROMAN[main - 1];
            if (parts.length > 1) {
                int sub = Integer.parseInt(parts[1]);
                name = zh ? name + "（" + ORDINALS.charAt(sub - 1) + "）" : name + " (" + sub + ")";
            }
            return name;
        } catch (RuntimeException e) {
            return key;
        }
    }

    /**
     * Whether the table holds what the figure adds up: some of its cells, and none that the report's layout
     * expects is missing (a copy cut inside 表三 after （三）6 has no 不予公开 total: unknown, not the six rows).
     */
    static boolean present(RuleContext context, List<CellAddress> cells) {
        boolean any = false;
        for (CellAddress cell : cells) {
            if (context.cells().has(cell)) {
                any = true;
            } else if (expected(context, cell)) {
                return false;
            }
        }
        return any;
    }

    private static boolean expected(RuleContext context, CellAddress cell) {
        TableLayout table = context.template().table(cell.table());
        return table != null && context.expectedCellSet(table).contains(cell);
    }

    static long sum(RuleContext context, List<CellAddress> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CellAddress cell : cells) {
            sum = sum.add(context.cells().number(cell));
        }
        return sum.longValue();
    }

    /** The 上年结转 of the total column, which a "received" figure may include. */
    static long carried(RuleContext context) {
        return sum(context, context.template().cellsOfRole("carriedOver", null));
    }
}
