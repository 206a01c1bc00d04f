package cn.nianbao.io.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A file name for a fetched document: the last part of its address, with the extension its content needs. */
public final class FileNames {

    private static final int MAX_LENGTH = 100;

    private FileNames() {
    }

    public static String of(FetchedPage page) {
        String path = page.source().getRawPath() == null ? "" : page.source().getRawPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        String name = URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8)
                .replaceAll("[^\\p{IsHan}\\p{L}\\p{N}._-]", "_");
        if (name.isEmpty() || name.startsWith(".")) {
            name = page.source().getHost() + name;
        }
        if (name.length() > MAX_LENGTH) {
            name = name.substring(name.length() - MAX_LENGTH);
        }
        String extension = extension(page);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean pageName = extension.equals(".html") && lower.matches(".*\\.(s?html?|jsp|aspx?|php)");
        return lower.endsWith(extension) || pageName ? name : name + extension;
    }

    private static String extension(FetchedPage page) {
        byte[] c = page.content();
        if (c.length > 4 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F') {
            return ".pdf";
        }
        if (c.length > 4 && c[0] == 'P' && c[1] == 'K') {
            return ".docx";
        }
        return page.isHtml() ? ".html" : ".txt";
    }
}
