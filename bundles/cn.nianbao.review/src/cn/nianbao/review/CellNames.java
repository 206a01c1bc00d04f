package cn.nianbao.review;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.AxisNode;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TemplateVersion;

/** A cell named by its official labels, e.g. 表三 一、本年新收政府信息公开申请数量 / 总计. */
public final class CellNames {

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

    private String label(String id, CellAddress address, boolean chinese) {
        for (Template t : new Template[] { template, other }) {
            TableLayout table = t.table(address.table());
            AxisNode node = table == null ? null : table.node(id);
            if (node != null) {
                String label = chinese || node.getLabelEn() == null ? node.getLabel() : node.getLabelEn();
                return label == null ? id : label.replaceAll("\\s+", "");
            }
        }
        return id;
    }
}
