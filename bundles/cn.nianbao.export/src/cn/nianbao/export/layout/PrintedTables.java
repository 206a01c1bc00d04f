package cn.nianbao.export.layout;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.catalogue.PrintedLayoutKind;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;

/** The report's tables laid out as its format version prints them, in catalogue order (表二, 表三, 表四). */
public final class PrintedTables {

    private PrintedTables() {
    }

    public static List<PrintedTable> of(AnnualReport report) {
        Template template = FormatCatalogue.template(report.getTemplateVersion());
        List<PrintedTable> tables = new ArrayList<>();
        for (TableLayout layout : template.tables()) {
            tables.add(of(report, layout));
        }
        return tables;
    }

    public static PrintedTable of(AnnualReport report, TableLayout layout) {
        PrintedLayoutKind kind = layout.definition().getPrintedLayout();
        if (kind == PrintedLayoutKind.BLOCKS) {
            return new BlockTableBuilder(report, layout).build();
        }
        if (kind == PrintedLayoutKind.ONE_LINE) {
            return new OneLineTableBuilder(report, layout).build();
        }
        return new GridTableBuilder(report, layout).build();
    }
}
