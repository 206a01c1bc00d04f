package cn.nianbao.review;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.AxisNode;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TemplateVersion;

/** A cell named by its official labels, e.g. 表三 一、本年新收政府信息公开申请数量 / 总计. */
public final class CellNames {

    /** An id of the catalogue in a formula (upper case, digits, underscores), with PREV. for last year's. */
    private static final Pattern FORMULA_ID = Pattern.compile("\\b(PREV\\.)?([A-Z][A-Z0-9_]*)\\b");

    private final Template template;
    private final Template other;

    /** Names the cells of this report's template, and of the other national layout for cells it lacks. */
    public CellNames(AnnualReport report) {
        this.template = FormatCatalogue.template(report);
        this.other = FormatCatalogue.template(template.version() == TemplateVersion.V2021 ? TemplateVersion.V2019_TRIAL
                : TemplateVersion.V2021);
    }

    public String name(CellAddress address, boolean chinese) {
        return tableName(address.table(), chinese) + " " + label(address.row(), address, chinese) + " / "
                + label(address.column(), address, chinese);
    }

    /** 表三 / Table 3, by the table's ordinal in the catalogue. */
    public String tableName(String tableId, boolean chinese) {
        for (Template t : new Template[] { template, other }) {
            TableLayout table = t.table(tableId);
            if (table != null) {
                String number = chinese ? table.definition().getNumber() : table.definition().getNumberEn();
                return ReviewText.get(chinese, "table.name", number);
            }
        }
        return tableId;
    }

    /**
     * A catalogue formula of one table with each row or column id replaced by its label, and PREV. by
     * "last year": {@code R02 = PREV.R25} reads 二、上年结转政府信息公开申请数量 = 上年 四、结转下年度继续办理.
     */
    public String formula(String tableId, String formula, boolean chinese) {
        Matcher ids = FORMULA_ID.matcher(formula);
        StringBuilder out = new StringBuilder();
        while (ids.find()) {
            String name = label(ids.group(2), tableId, chinese);
            String named = ids.group(1) == null ? name : ReviewText.get(chinese, "formula.previous", name);
            ids.appendReplacement(out, Matcher.quoteReplacement(named));
        }
        ids.appendTail(out);
        return out.toString();
    }

    private String label(String id, CellAddress address, boolean chinese) {
        return label(id, address.table(), chinese);
    }

    private String label(String id, String tableId, boolean chinese) {
        for (Template t : new Template[] { template, other }) {
            TableLayout table = t.table(tableId);
            AxisNode node = table == null ? null : table.node(id);
            if (node != null) {
                String label = chinese || node.getLabelEn() == null ? node.getLabel() : node.getLabelEn();
                // Chinese labels are printed without spaces (a line break inside one is layout); English words keep theirs
                return label == null ? id : chinese ? label.replaceAll("\\s+", "") : label.replaceAll("\\s+", " ").strip();
            }
        }
        return id;
    }
}
