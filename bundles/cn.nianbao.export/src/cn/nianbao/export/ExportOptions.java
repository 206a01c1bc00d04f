package cn.nianbao.export;

/**
 * Choices an export can take beyond the format. The defaults give the document to publish.
 *
 * @param includeDiagnostics add the open findings of the checks as an appendix (DOCX, HTML, PDF): a
 *                           review copy, not for publication
 * @param fragmentOnly       HTML only: write a {@code <div>} fragment to embed in a page instead of a full page
 */
public record ExportOptions(boolean includeDiagnostics, boolean fragmentOnly) {

    public static final ExportOptions DEFAULTS = new ExportOptions(false, false);

    public ExportOptions withDiagnostics(boolean include) {
        return new ExportOptions(include, fragmentOnly);
    }

    public ExportOptions withFragmentOnly(boolean fragment) {
        return new ExportOptions(includeDiagnostics, fragment);
    }
}
