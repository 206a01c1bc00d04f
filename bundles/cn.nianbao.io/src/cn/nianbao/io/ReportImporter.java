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
}
