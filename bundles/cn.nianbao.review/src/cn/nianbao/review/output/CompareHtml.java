package cn.nianbao.review.output;

import java.util.List;

import cn.nianbao.model.text.Markup;
import cn.nianbao.review.CellNames;
import cn.nianbao.review.ReviewText;
import cn.nianbao.review.compare.CellChange;
import cn.nianbao.review.compare.Comparison;
import cn.nianbao.review.compare.CrossYearCheck;
import cn.nianbao.review.compare.ParagraphPair;
import cn.nianbao.review.compare.SectionComparison;
import cn.nianbao.review.compare.Span;
import cn.nianbao.review.compare.TableComparison;

/**
 * A comparison as a standalone, escaped HTML page: changed cells per table (large changes in bold red,
 * marked "!" as well as by colour), the year-to-year checks, and the changed paragraphs side by side with
 * the changed passages in {@code <mark>}.
 */
public final class CompareHtml {

    private final boolean chinese;
    private final StringBuilder html = new StringBuilder();

    public CompareHtml(boolean chinese) {
        this.chinese = chinese;
    }

    public String write(Comparison c) {
        String title = t("out.title", c.before().getAgencyName() + " " + c.before().getYear(),
                c.after().getAgencyName() + " " + c.after().getYear());
        html.append("<!DOCTYPE html>\n<html lang=\"").append(chinese ? "zh-CN" : "en").append("\"><head><meta charset=\"utf-8\"><title>")
                .append(Markup.escape(title)).append("</title><style>body{font-family:sans-serif}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #999;padding:2px 6px}td.n{text-align:right}.large{color:#b00;font-weight:bold}"
                        + ".fail{background:#f8c8c8}.ok{background:#d8f0d8}mark{background:#fde68a}</style></head><body>\n<h1>")
                .append(Markup.escape(title)).append("</h1>\n");
        CellNames names = new CellNames(c.after());
        for (TableComparison table : c.tables()) {
            html.append("<h2>").append(Markup.escape(names.tableName(table.tableId(), chinese))).append("</h2>\n<table><tr><th></th><th>")
                    .append(Markup.escape(t("out.cell"))).append("</th><th>").append(c.before().getYear()).append("</th><th>")
                    .append(c.after().getYear()).append("</th><th>Δ</th><th>%</th></tr>\n");
            for (CellChange cell : table.changes()) {
                html.append(cell.large() ? "<tr class=\"large\"><td>!</td>" : "<tr><td></td>").append("<td>")
                        .append(Markup.escape(names.name(cell.address(), chinese))).append("</td>").append(num(Numbers.value(cell.before())))
                        .append(num(Numbers.value(cell.after()))).append(num(Numbers.delta(cell.delta())))
                        .append(num(Numbers.percent(cell.percent()))).append("</tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("<h2>").append(Markup.escape(t("out.crossYear"))).append("</h2>\n<table>");
        for (CrossYearCheck check : c.crossYear()) {
            html.append("<tr class=\"").append(check.holds() ? "ok" : "fail").append("\"><td>").append(check.ruleId())
                    .append("</td><td>").append(Markup.escape(check.tableId() + "/" + check.where())).append("</td><td>")
                    .append(Markup.escape(check.formula())).append("</td>").append(num(Numbers.value(check.left())))
                    .append(num(Numbers.value(check.right()))).append("<td>").append(check.holds() ? "✓" : "✗").append("</td></tr>\n");
        }
        html.append("</table>\n<p>").append(Markup.escape(t("out.similarity", Numbers.similarity(c.similarityS1()),
                Numbers.similarity(c.similarityS5()), Numbers.similarity(c.copyThreshold())))).append("</p>\n");
        c.sections().forEach(this::section);
        return html.append("</body></html>\n").toString();
    }

    private void section(SectionComparison section) {
        html.append("<h3>").append(Markup.escape(section.heading())).append(" (").append(Numbers.similarity(section.similarity()))
                .append(")</h3>\n<table>");
        for (ParagraphPair pair : section.paragraphs()) {
            if (pair.isDifference()) {
                html.append("<tr><td>").append(marked(pair.before(), pair.beforeChanges())).append("</td><td>")
                        .append(marked(pair.after(), pair.afterChanges())).append("</td></tr>\n");
            }
        }
        html.append("</table>\n");
    }

    private static String marked(String text, List<Span> spans) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span span : spans) {
            out.append(Markup.escape(text.substring(at, span.start()))).append("<mark>")
                    .append(Markup.escape(text.substring(span.start(), span.end()))).append("</mark>");
            at = span.end();
        }
        return out.append(Markup.escape(text.substring(at))).toString();
    }

    private static String num(String text) {
        return "<td class=\"n\">" + Markup.escape(text) + "</td>";
    }

    private String t(String key, Object... args) {
        return ReviewText.get(chinese, key, args);
    }
}
