package cn.nianbao.export;

import java.util.List;
import java.util.Optional;

/** The exporters Nianbao has, by format name. */
public final class Exporters {

    private static final List<ReportExporter> ALL = List.of(new CsvExporter(), new JsonExporter(),
            new DocxExporter(), new HtmlExporter(), HtmlExporter.fragment(), new PdfExporter(), new XlsxExporter());

    private Exporters() {
    }

    public static List<ReportExporter> all() {
        return ALL;
    }

    public static Optional<ReportExporter> forFormat(String format) {
        return ALL.stream().filter(e -> e.format().equalsIgnoreCase(format)).findFirst();
    }
}
