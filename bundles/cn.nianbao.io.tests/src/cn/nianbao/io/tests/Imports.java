package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.report.LabelAxis;
import cn.nianbao.model.report.SourceLabel;

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
