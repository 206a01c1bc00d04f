package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.model.report.LabelAxis;
import cn.nianbao.model.report.SourceLabel;
import cn.nianbao.testing.ExpectedValues;

/** Shared helpers of the import tests. */
final class Imports {

    private Imports() {
    }

    static ImportResult read(Path file) {
        try {
            return ReportReader.read(file);
        } catch (ImportException e) {
            return fail(file + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * What differs from the hand-written values: an expected cell missing or holding another value or any
     * text, or another cell holding something. Empty when the report was read right.
     */
    static List<String> wrongCells(ImportResult result, ExpectedValues expected) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<CellAddress, BigDecimal> entry : expected.values().entrySet()) {
            Cell cell = ReportData.cell(result.report(), entry.getKey());
            if (cell == null) {
                wrong.add(entry.getKey() + " missing");
            } else if (!Objects.equals(entry.getValue(), cell.getValue()) || cell.getText() != null) {
                wrong.add(entry.getKey() + " expected " + entry.getValue() + " but was " + cell.getValue() + "/" + cell.getText());
            }
        }
        for (DataTable table : result.report().getTables()) {
            for (Cell cell : table.getCells()) {
                CellAddress address = new CellAddress(table.getTableId(), cell.getRow(), cell.getColumn());
                if (!expected.values().containsKey(address) && (cell.getValue() != null || cell.getText() != null)) {
                    wrong.add(address + " should be empty but holds " + cell.getValue() + "/" + cell.getText());
                }
            }
        }
        return wrong;
    }

    static String notes(ImportResult result) {
        return result.importReport().notes().stream().map(ImportNote::toString).collect(Collectors.joining("\n"));
    }

    static SourceLabel label(ImportResult result, String table, LabelAxis axis, String elementId) {
        return result.report().getSourceLabels().stream()
                .filter(l -> l.getTableId().equals(table) && l.getAxis() == axis && l.getElementId().equals(elementId))
                .findFirst().orElse(null);
    }

    static byte[] resource(String name) {
        try (InputStream in = Imports.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
