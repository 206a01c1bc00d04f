package cn.nianbao.ui.handlers;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import cn.nianbao.export.Exporters;
import cn.nianbao.export.ReportExporter;
import cn.nianbao.ui.Messages;

/**
 * What File ▸ Export writes: the formats in the order an officer wants them (Word and PDF first), and the
 * format of the name the user typed. The file chooser's filter only suggests a format: a typed extension
 * of a format we write decides, and only a name without one gets the filter's extension.
 */
final class ExportChoice {

    /** Formats by how often a report is exported to them; formats not named here follow, as Exporters lists them. */
    private static final List<String> PREFERRED = List.of("docx", "pdf", "xlsx", "html", "html-fragment", "csv", "json");

    private final ReportExporter exporter;
    private final Path target;

    private ExportChoice(ReportExporter exporter, Path target) {
        this.exporter = exporter;
        this.target = target;
    }

    static List<ReportExporter> offered() {
        return Exporters.all().stream().sorted(Comparator.comparingInt(ExportChoice::rank)).toList();
    }

    private static int rank(ReportExporter exporter) {
        int rank = PREFERRED.indexOf(exporter.format().toLowerCase(Locale.ROOT));
        return rank < 0 ? PREFERRED.size() : rank;
    }

    /** The file chooser's name for a format, e.g. "Word 文档 (*.docx)". */
    static String filterName(ReportExporter exporter) {
        String name = switch (exporter.format().toLowerCase(Locale.ROOT)) {
            case "docx" -> Messages.Export_docx;
            case "pdf" -> Messages.Export_pdf;
            case "xlsx" -> Messages.Export_xlsx;
            case "html" -> Messages.Export_html;
            case "html-fragment" -> Messages.Export_html_fragment;
            case "csv" -> Messages.Export_csv;
            case "json" -> Messages.Export_json;
            default -> exporter.format().toUpperCase(Locale.ROOT);
        };
        return name + " (*." + exporter.extension() + ")";
    }

    /**
     * The exporter and file for the name chosen with the filter at filterIndex of {@link #offered()}. The
     * filter's format wins only among formats of the same extension (HTML page or fragment).
     */
    static ExportChoice of(String chosen, int filterIndex) {
        List<ReportExporter> offered = offered();
        ReportExporter suggested = offered.get(filterIndex < 0 || filterIndex >= offered.size() ? 0 : filterIndex);
        String extension = extension(Path.of(chosen).getFileName().toString());
        if (extension.equalsIgnoreCase(suggested.extension())) {
            return new ExportChoice(suggested, Path.of(chosen));
        }
        for (ReportExporter exporter : offered) {
            if (extension.equalsIgnoreCase(exporter.extension())) {
                return new ExportChoice(exporter, Path.of(chosen));
            }
        }
        return new ExportChoice(suggested, Path.of(chosen + "." + suggested.extension()));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }

    ReportExporter exporter() {
        return exporter;
    }

    Path target() {
        return target;
    }
}
