package cn.nianbao.io;

/**
 * Reads one published form of an annual report (plain text, HTML, DOCX, PDF) into the model. An importer
 * never throws anything but {@link ImportException}; what it could not read goes into the import report.
 */
public interface ReportImporter {

    /** A short name for messages and logs, e.g. "text". */
    String name();

    /** Whether this importer understands the content; decided by content first, the file name only helps. */
    boolean canRead(byte[] content, String fileName);

    ImportResult read(byte[] content, String fileName) throws ImportException;

    /**
     * The reading of this content when this importer understands it, null when it does not. What the test
     * of the content worked out (a decoded text) goes along to the reading instead of being worked out again.
     */
    default Reading reading(byte[] content, String fileName) {
        return canRead(content, fileName) ? () -> read(content, fileName) : null;
    }

    /** The import of one content that an importer recognised. */
    @FunctionalInterface
    interface Reading {
        ImportResult read() throws ImportException;
    }
}
