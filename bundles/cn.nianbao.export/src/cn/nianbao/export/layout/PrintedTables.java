package cn.nianbao.export.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.format.PrintedLayout;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;

/**
 * The report's tables laid out as its format version prints them, in catalogue order (表二, 表三, 表四). The
 * spans come from the model's {@link PrintedLayout}, the same the editors draw; a document adds only which
 * rows it prints ({@link PrintedRows}) and the text of each cell ({@link PrintedValues}).
 */
public final class PrintedTables {

    private static final Comparator<PrintedCell> READING_ORDER = Comparator.comparingInt(PrintedCell::row)
            .thenComparingInt(PrintedCell::column);

    private PrintedTables() {
    }

    public static List<PrintedTable> of(AnnualReport report) {
        Template template = FormatCatalogue.template(report);
        List<PrintedTable> tables = new ArrayList<>();
        for (TableLayout layout : template.tables()) {
            tables.add(of(report, layout));
        }
        return tables;
    }

    public static PrintedTable of(AnnualReport report, TableLayout layout) {
        PrintedLayout printed = PrintedLayout.ofRows(layout, new PrintedRows(report, layout)::printed);
        List<PrintedCell> cells = new ArrayList<>(printed.cells());
        cells.sort(READING_ORDER);
        Map<PrintedCell, String> texts = new HashMap<>();
        for (PrintedCell cell : cells) {
            texts.put(cell, text(report, cell));
        }
        return new PrintedTable(layout, printed, cells, texts);
    }

    private static String text(AnnualReport report, PrintedCell cell) {
        if (cell.kind() == PrintedCell.Kind.DATA) {
            return cell.address() == null ? "" : PrintedValues.text(report, cell.address());
        }
        return cell.label() == null ? "" : cell.label();
    }
}
