package cn.nianbao.export.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.nianbao.model.format.Labels;
import cn.nianbao.model.format.PrintedCell;

/**
 * Recognises the text of a table that an importer left in the body of its section (the table's cells as
 * tab-separated lines, or its labels one per line). A document prints the table itself, so printing that
 * text again above it would show the table twice, once garbled; prose lines are kept.
 */
final class TableResidue {

    private static final Pattern NUMBERS = Pattern.compile("[\\d.\\s\\-/—]*");

    private final Set<String> labels = new HashSet<>();

    TableResidue(List<PrintedTable> tables) {
        for (PrintedTable table : tables) {
            labels.add(Labels.normalize(table.caption()));
            for (PrintedCell cell : table.cells()) {
                if (cell.isHeader()) {
                    labels.add(Labels.normalize(table.text(cell)));
                }
            }
        }
    }

    boolean isResidue(String line) {
        if (labels.isEmpty()) {
            return false;
        }
        return line.indexOf('\t') >= 0 || NUMBERS.matcher(line).matches() || labels.contains(Labels.normalize(line));
    }
}
