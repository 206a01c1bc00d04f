package cn.nianbao.export.layout;

import java.util.List;

/** The review copy's appendix: one line per open finding, after the report proper and marked as not part of it. */
final class DiagnosticsAppendix {

    private DiagnosticsAppendix() {
    }

    static void add(List<OpenDiagnostic> diagnostics, List<Part> parts) {
        parts.add(new Part.Heading(1, ExportTexts.get("appendix.heading")));
        if (diagnostics.isEmpty()) {
            parts.add(new Part.Paragraph(ExportTexts.get("appendix.none")));
        }
        for (OpenDiagnostic d : diagnostics) {
            parts.add(new Part.Paragraph(ExportTexts.get("appendix.line", d.severityZh(), d.ruleId(), d.cellsText(), d.messageZh())));
        }
    }
}
