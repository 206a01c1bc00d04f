package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.AxisNode;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.prose.ChineseNumber;
import cn.nianbao.validation.prose.FigureReader;
import cn.nianbao.validation.prose.ProseText;
import cn.nianbao.validation.prose.ProseView;
import cn.nianbao.validation.support.RuleContext;

/**
 * XS-11: the breakdowns of the requests the prose gives against 表三 (长春 2024, 宿迁 2023): "自然人申请3493件" is
 * the natural persons' column of 一 (new) or of 一 + 二 (new and carried over, when the prose counts 收办);
 * "法人或其他组织申请114件" likewise over the columns of that group; "上年度转结N件" is 二 and "N件转结下年度" is
 * 四, in the total column. The spellings with 结转 are XS-01's. Only sentences about requests (申请) in
 * section 一 and the prose of 三 are read; a sentence with a scope of its own gives an INFO.
 */
public final class ApplicantFigureRule implements CodedRule {

    private static final List<String> WORDS = List.of("自然人", "其他组织", "转结");
    private static final String NUMBER = "(\\d+|[" + ChineseNumber.DIGITS + "]+)";
    private static final Pattern NATURAL = Pattern.compile("自然人(?:提出申请|提出|申请)?" + NUMBER + "件");
    private static final Pattern LEGAL = Pattern.compile("法人(?:或|和|及)其他组织(?:提出申请|提出|申请)?" + NUMBER + "件");
    private static final Pattern CARRIED_OVER = Pattern.compile("上一?年度?转结(?:的)?(?:申请)?" + NUMBER + "件");
    private static final Pattern FORWARD_BEFORE = Pattern.compile("转结(?:至|到)?下一?年度?(?:办理|答复)?" + NUMBER + "件");
    private static final Pattern FORWARD_AFTER = Pattern.compile(NUMBER + "件(?:申请)?转结(?:至|到)?下一?年");

    @Override
    public String ruleId() {
        return "XS-11";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        ProseView prose = context.prose();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String key : ProseView.REQUEST_PROSE) {
            String text = prose.withSubTopics(key);
            for (String sentence : ProseText.sentencesWith(text, WORDS)) {
                if (sentence.indexOf('件') >= 0 && sentence.contains("申请")) {
                    read(context, key, ProseText.withoutQuotes(sentence), prose.ownScopes(), diagnostics);
                }
            }
        }
        return diagnostics;
    }

    private void read(RuleContext context, String key, String sentence, List<String> ownScopes, List<Diagnostic> out) {
        TableLayout table = context.template().tableWithRole("received");
        if (table == null) {
            return;
        }
        Groups groups = groupsByTable.computeIfAbsent(table, Groups::of);
        for (int group = 0; group < 2; group++) {
            Pattern pattern = group == 0 ? NATURAL : LEGAL;
            Matcher m = pattern.matcher(sentence);
            if (!sentence.contains(pattern == NATURAL ? "自然人" : "其他组织") || !m.find()) {
                continue;
            }
            long fresh = ProseFigureRule.sum(context, groups.newRequests().get(group));
            long withCarried = fresh + ProseFigureRule.sum(context, groups.carried().get(group));
            compare(context, key, sentence, ownScopes, m, groups.both().get(group), fresh, withCarried, out);
        }
        if (!sentence.contains("转结")) {
            return;
        }
        for (Pattern pattern : new Pattern[] { CARRIED_OVER, FORWARD_BEFORE, FORWARD_AFTER }) {
            Matcher m = pattern.matcher(sentence);
            if (m.find()) {
                List<CellAddress> cells = context.template().cellsOfRole(pattern == CARRIED_OVER ? "carriedOver" : "carriedForward", null);
                long value = ProseFigureRule.sum(context, cells);
                compare(context, key, sentence, ownScopes, m, cells, value, value, out);
            }
        }
    }

    private void compare(RuleContext context, String key, String sentence, List<String> ownScopes, Matcher m,
            List<CellAddress> cells, long value, long alternative, List<Diagnostic> out) {
        long stated = ChineseNumber.count(m.group(1));
        if (stated < 0 || cells.isEmpty() || !ProseFigureRule.present(context, cells) || stated == value
                || stated == alternative) {
            return;
        }
        String scope = FigureReader.scope(sentence, ownScopes);
        Severity severity = scope != null ? Severity.INFO : context.severity(ruleId());
        String tableValue = value == alternative ? String.valueOf(value) : value + " / " + alternative;
        var text = context.text(scope != null ? "xs11.scope" : "xs11", ProseFigureRule.sectionName(key, true), m.group(),
                tableValue, ProseFigureRule.sectionName(key, false), scope == null ? "" : scope);
        out.add(context.diagnostic(ruleId(), severity, List.copyOf(cells), tableValue, String.valueOf(stated),
                "文字 " + stated + " ≠ 表三 " + tableValue, text));
    }

    /**
     * The cells of the natural persons' and of the legal persons' columns (in this order) in the rows of new and
     * of carried-over requests: catalogue data, worked out once per table instead of for every sentence read.
     */
    private record Groups(List<List<CellAddress>> newRequests, List<List<CellAddress>> carried,
            List<List<CellAddress>> both) {

        static Groups of(TableLayout table) {
            List<List<CellAddress>> newRequests = new ArrayList<>();
            List<List<CellAddress>> carried = new ArrayList<>();
            List<List<CellAddress>> both = new ArrayList<>();
            for (String role : new String[] { "naturalPersons", "legalPersons" }) {
                List<CellAddress> fresh = new ArrayList<>();
                List<CellAddress> over = new ArrayList<>();
                for (ColumnDef column : leaves(table.nodeWithRole(role))) {
                    fresh.addAll(cells(table, "received", column));
                    over.addAll(cells(table, "carriedOver", column));
                }
                newRequests.add(List.copyOf(fresh));
                carried.add(List.copyOf(over));
                List<CellAddress> all = new ArrayList<>(fresh);
                all.addAll(over);
                both.add(List.copyOf(all));
            }
            return new Groups(List.copyOf(newRequests), List.copyOf(carried), List.copyOf(both));
        }
    }

    /** Weakly, as {@code ReportShape} keeps its tables: a template loaded for one check is not kept for ever. */
    private final java.util.Map<TableLayout, Groups> groupsByTable = java.util.Collections
            .synchronizedMap(new java.util.WeakHashMap<>());

    private static List<CellAddress> cells(TableLayout table, String rowRole, ColumnDef column) {
        return table.rowsOfRole(rowRole).stream().map(row -> new CellAddress(table.id(), row.getId(), column.getId())).toList();
    }

    private static List<ColumnDef> leaves(AxisNode node) {
        List<ColumnDef> leaves = new ArrayList<>();
        if (node instanceof ColumnDef column) {
            collect(column, leaves);
        }
        return leaves;
    }

    private static void collect(ColumnDef column, List<ColumnDef> leaves) {
        if (column.getChildren().isEmpty()) {
            leaves.add(column);
        }
        column.getChildren().forEach(child -> collect(child, leaves));
    }
}
