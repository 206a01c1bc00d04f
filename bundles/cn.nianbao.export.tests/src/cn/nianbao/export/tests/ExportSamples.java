package cn.nianbao.export.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import cn.nianbao.export.Exporters;
import cn.nianbao.export.ReportExporter;
import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.testing.TestData;

/**
 * Not a test: writes the seed, read by the real importer exactly as {@code nianbao export} reads it, in every
 * format to {@code -Dnianbao.samples.dir=DIR}, for releng/scripts/export-screenshots.sh when no built product is at
 * hand or the product is older than the sources.
 */
@EnabledIfSystemProperty(named = "nianbao.samples.dir", matches = ".+")
class ExportSamples {

    @Test
    void writeSeedInEveryFormat() throws IOException, ImportException {
        AnnualReport seed = ReportReader.read(TestData.seed()).report();
        Path dir = Files.createDirectories(Path.of(System.getProperty("nianbao.samples.dir")));
        for (ReportExporter exporter : Exporters.all()) {
            String name = "seed." + (exporter.format().equals("html-fragment") ? "fragment.html" : exporter.extension());
            try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
                exporter.write(seed, out);
            }
        }
    }
}
