package cn.nianbao.io.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import cn.nianbao.io.ImportResult;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.testing.ExpectedValues;
import cn.nianbao.testing.TestData;

/** The HTML, DOCX and PDF fixtures of testdata/forms (made by make-forms.py with LibreOffice, not by our code). */
final class Forms {

    private Forms() {
    }

    static Path dir() {
        return TestData.root().resolve("testdata").resolve("forms");
    }

    static List<Path> files(String... extensions) {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> Stream.of(extensions).anyMatch(e -> p.getFileName().toString().endsWith("." + e)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus report a fixture was made from. */
    static Path corpusReport(Path form) {
        String name = form.getFileName().toString();
        return TestData.corpusDir().resolve(name.substring(0, name.lastIndexOf('.')) + ".txt");
    }

    static ExpectedValues expected(Path form) {
        return ExpectedValues.read(TestData.expectedFor(corpusReport(form)));
    }

    /** Every difference between the imported cells and the expected ones; empty when all are right. */
    static List<String> wrongCells(ExpectedValues expected, AnnualReport report) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<CellAddress, BigDecimal> entry : expected.values().entrySet()) {
            Cell cell = ReportData.cell(report, entry.getKey());
            if (cell == null) {
                wrong.add(entry.getKey() + " missing");
            } else if (!Objects.equals(entry.getValue(), cell.getValue()) || cell.getText() != null) {
                wrong.add(entry.getKey() + " expected " + entry.getValue() + " but was " + cell.getValue() + "/" + cell.getText());
            }
        }
        for (DataTable table : report.getTables()) {
            for (Cell cell : table.getCells()) {
                CellAddress address = new CellAddress(table.getTableId(), cell.getRow(), cell.getColumn());
                if (!expected.values().containsKey(address) && (cell.getValue() != null || cell.getText() != null)) {
                    wrong.add(address + " should be empty but holds " + cell.getValue() + "/" + cell.getText());
                }
            }
        }
        return wrong;
    }

    static String describe(ImportResult result) {
        return "notes:\n" + Imports.notes(result);
    }
}
