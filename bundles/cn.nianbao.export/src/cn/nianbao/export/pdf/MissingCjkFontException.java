package cn.nianbao.export.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.export.layout.ExportTexts;

/**
 * No Chinese font that PDFBox can embed was found. The message says, in Chinese and in English, which
 * font packages to install, where we looked, and which fonts were found but cannot be embedded.
 */
public final class MissingCjkFontException extends IOException {

    private static final long serialVersionUID = 1L;

    MissingCjkFontException(List<Path> searched, List<Path> postScriptOnly) {
        super(message(searched, postScriptOnly));
    }

    private static String message(List<Path> searched, List<Path> postScriptOnly) {
        String folders = String.join(", ", searched.stream().map(Path::toString).toList());
        String skipped = postScriptOnly.isEmpty() ? ExportTexts.get("font.none")
                : String.join(", ", postScriptOnly.stream().map(p -> p.getFileName().toString()).distinct().toList());
        return ExportTexts.get("font.missing.zh", folders, skipped) + "\n" + ExportTexts.get("font.missing.en", folders, skipped);
    }
}
