package cn.nianbao.export.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.nianbao.export.layout.PrintedCell.Role;
import cn.nianbao.model.format.FormatCatalogue;
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
        List<PrintedCell> cells = new ArrayList<>();
        for (cn.nianbao.model.format.PrintedCell cell : printed.cells()) {
            cells.add(new PrintedCell(cell.row(), cell.column(), cell.rowSpan(), cell.columnSpan(), role(cell.kind()),
                    text(report, cell), cell.address()));
        }
        cells.sort(READING_ORDER);
        return new PrintedTable(layout, printed, cells);
    }

    private static String text(AnnualReport report, cn.nianbao.model.format.PrintedCell cell) {
        if (cell.kind() == cn.nianbao.model.format.PrintedCell.Kind.DATA) {
            return cell.address() == null ? "" : PrintedValues.text(report, cell.address());
        }
        return cell.label() == null ? "" : cell.label();
    }

    private static Role role(cn.nianbao.model.format.PrintedCell.Kind kind) {
        return switch (kind) {
            case CAPTION -> Role.CAPTION;
            case CORNER -> Role.CORNER;
            case COLUMN_HEADER -> Role.COLUMN_HEADER;
            case ROW_HEADER -> Role.ROW_HEADER;
            case DATA -> Role.VALUE;
        };
    }
}
