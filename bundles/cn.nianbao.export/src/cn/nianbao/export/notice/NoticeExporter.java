package cn.nianbao.export.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import cn.nianbao.export.docx.NoticeDocxWriter;
import cn.nianbao.export.xlsx.NoticeXlsxWriter;

/** Writes a 通报 as Word or Excel, chosen by the file's extension. */
public enum NoticeExporter {

    DOCX("docx") {
        @Override
        public void write(Notice notice, OutputStream out) throws IOException {
            NoticeDocxWriter.write(notice, out);
        }
    },
    XLSX("xlsx") {
        @Override
        public void write(Notice notice, OutputStream out) throws IOException {
            NoticeXlsxWriter.write(notice, out);
        }
    };

    private final String extension;

    NoticeExporter(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public abstract void write(Notice notice, OutputStream out) throws IOException;

    /** The exporter for a file name ending in .docx or .xlsx (any case). */
    public static Optional<NoticeExporter> forFile(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return List.of(values()).stream().filter(e -> lower.endsWith("." + e.extension)).findFirst();
    }
}
