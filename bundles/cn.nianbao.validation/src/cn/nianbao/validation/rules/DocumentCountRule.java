package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.prose.ChineseNumber;
import cn.nianbao.validation.prose.FigureReader;
import cn.nianbao.validation.prose.ProseText;
import cn.nianbao.validation.prose.ProseView;
import cn.nianbao.validation.support.RuleContext;

/**
 * XS-09: the 规章 and 规范性文件 counts section 一 states ("制发行政规范性文件3件", "行政规范性文件制发3件，废止0件，
 * 现行有效8件", "继续有效规范性文件25件") agree with 表二（一）. A count is taken when its own clause (since the
 * previous count and the last ，：) names the document, or the previous count of the sentence was one (a
 * list), and an action word (制发, 废止, 现行有效 …) in the clause says which column it is. A count whose clause has a scope of its own (全市, 各部门,
 * 备案 …) or speaks of a clean-up or a review (清理, 汇编, 审核 …: the stock is re-baselined or other documents
 * are counted) gives an INFO. Scope words are looked for in the count's clause only (the next clause often names other
 * bodies: "市政府及市政府办政策性文件"), clean-up words in the whole sentence. Rows and columns are found by role (normative, rules; issued, repealed, inForce).
 */
public final class DocumentCountRule implements CodedRule {

    /** Document words by the role of their row; 规章制度 (internal rules) is not a 规章. */
    private static final String[][] DOCUMENTS = { { "规范性文件", "normative" }, { "规章", "rules" } };
    private static final List<String> DOCUMENT_WORDS = List.of("规范性文件", "规章");
    /** Action words by the role of their column, longest first where one contains another. */
    private static final String[][] ACTIONS = { { "现行有效", "inForce" }, { "继续有效", "inForce" }, { "废止", "repealed" },
            { "制发", "issued" }, { "出台", "issued" }, { "印发", "issued" }, { "制定", "issued" }, { "发布", "issued" },
            { "新增", "issued" } };
    /** The longest clause taken for the next item of a list ("，现行有效"): an action word and little else. */
    private static final int LIST_ITEM = 8;
    private static final Words OTHER_SCOPE = Words.of("清理|汇编|梳理|审核|审查|备案|修订|修改|评估");

    @Override
    public String ruleId() {
        return "XS-09";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        ProseView prose = context.prose();
        String text = prose.sectionOneAll();
        if (!text.contains("规范性文件") && !text.contains("规章")) {
            return List.of();
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String sentence : ProseText.sentencesWith(text, DOCUMENT_WORDS)) {
            if (sentence.indexOf('件') >= 0) {
                read(context, ProseText.withoutQuotes(sentence), prose.ownScopes(), diagnostics);
            }
        }
        return diagnostics;
    }

    private void read(RuleContext context, String sentence, List<String> ownScopes, List<Diagnostic> out) {
        int previousEnd = 0;
        String chainedDocument = null;
        String chainedAction = null;
        for (int unit = sentence.indexOf('件'); unit >= 0; unit = sentence.indexOf('件', unit + 1)) {
            int start = numberStart(sentence, unit);
            if (start == unit || start < previousEnd) {
                continue;
            }
            String number = sentence.substring(start, unit);
            String written = sentence.substring(start, unit + 1);
            String segment = clause(sentence.substring(previousEnd, start));
            String document = lastDocument(segment);
            String action = lastAction(segment);
            if (document == null && action != null && segment.length() <= LIST_ITEM) {
                document = chainedDocument; // "行政规范性文件制发3件，废止0件"
            }
            if (action == null && document != null && segment.startsWith("、")) {
                action = chainedAction; // "制发规章1件、规范性文件3件"
            }
            previousEnd = unit + 1;
            chainedDocument = document != null && action != null ? document : null;
            chainedAction = chainedDocument == null ? null : action;
            if (document == null || action == null) {
                continue;
            }
            long stated = ChineseNumber.count(number);
            List<CellAddress> cells = context.template().cellsOfRole(document, action);
            if (stated < 0 || cells.size() != 1 || !context.cells().value(cells.get(0)).isNumber()) {
                continue;
            }
            CellAddress cell = cells.get(0);
            long table = context.cells().number(cell).longValue();
            if (table != stated) {
                out.add(diagnostic(context, sentence, ownScopes, segment, written, cell, stated, table));
            }
        }
    }

    private Diagnostic diagnostic(RuleContext context, String sentence, List<String> ownScopes, String segment,
            String written, CellAddress cell, long stated, long table) {
        String scope = FigureReader.scope(segment, ownScopes);
        boolean otherCount = scope != null || OTHER_SCOPE.in(sentence);
        Severity severity = otherCount ? Severity.INFO : context.severity(ruleId());
        String excerpt = segment.length() > 20 ? segment.substring(segment.length() - 20) : segment;
        String quoted = excerpt + written;
        var text = context.text(otherCount ? "xs09.scope" : "xs09", quoted, String.valueOf(stated),
                context.names().cellZh(cell), String.valueOf(table), context.names().cellEn(cell));
        return context.diagnostic(ruleId(), severity, List.of(cell), String.valueOf(table), String.valueOf(stated),
                context.names().cellZh(cell) + ": 文字 " + stated + " ≠ 表二 " + table, text);
    }

    /** Where the number before the 件 at {@code unit} begins (ASCII digits or Chinese numerals); unit when none. */
    private static int numberStart(String sentence, int unit) {
        int i = unit;
        if (i > 0 && sentence.charAt(i - 1) >= '0' && sentence.charAt(i - 1) <= '9') {
            while (i > 0 && sentence.charAt(i - 1) >= '0' && sentence.charAt(i - 1) <= '9') {
                i--;
            }
        } else {
            while (i > 0 && ChineseNumber.DIGITS.indexOf(sentence.charAt(i - 1)) >= 0) {
                i--;
            }
        }
        return i;
    }

    /** The words since the last clause break (，：；): a count's document and action are in its own clause. */
    private static String clause(String segment) {
        int start = 0;
        for (int i = segment.length() - 1; i >= 0; i--) {
            char c = segment.charAt(i);
            if (c == '，' || c == ',' || c == '：' || c == ':' || c == '；') {
                start = i + 1;
                break;
            }
        }
        return segment.substring(start);
    }

    private static String lastDocument(String segment) {
        int best = -1;
        String role = null;
        for (String[] document : DOCUMENTS) {
            int at = segment.lastIndexOf(document[0]);
            while (at >= 0 && segment.startsWith("规章制度", at)) {
                at = at == 0 ? -1 : segment.lastIndexOf(document[0], at - 1);
            }
            if (at > best) {
                best = at;
                role = document[1];
            }
        }
        return role;
    }

    private static String lastAction(String segment) {
        int best = -1;
        String role = null;
        for (String[] action : ACTIONS) {
            int at = segment.lastIndexOf(action[0]);
            if (at > best) {
                best = at;
                role = action[1];
            }
        }
        return role;
    }
}
