package cn.nianbao.io.html;

import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportImporter;
import cn.nianbao.io.grid.DocumentLines;
import cn.nianbao.io.internal.ImportGuard;
import cn.nianbao.io.internal.PublicationDate;
import cn.nianbao.io.internal.Utf8Mark;
import cn.nianbao.io.text.TextReportReader;

/**
 * Imports a report published as a web page: tables with rowspan/colspan, possibly nested in layout
 * tables, in UTF-8 or GBK/GB2312. jsoup parses the page offline (nothing is fetched); the page becomes
 * lines and tab-separated table rows for the shared text reading.
 */
public final class HtmlImporter implements ReportImporter {

    private static final int SNIFF = 4096;

    @Override
    public String name() {
        return "html";
    }

    @Override
    public boolean canRead(byte[] content, String fileName) {
        if (content == null) {
            return false;
        }
        int start = Utf8Mark.length(content);
        if (!opensWithMarkup(content, start)) {
            return false;
        }
        String head = HtmlCharset.ascii(content, start, SNIFF).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html")
                || (head.startsWith("<") && (head.contains("<table") || head.contains("<body") || head.contains("<meta")));
    }

    /**
     * Whether the first byte from {@code start} after leading white space is "<", which every form of a page
     * below starts with: decided on the bytes, since every text file is asked before the text importer gets it.
     */
    private static boolean opensWithMarkup(byte[] content, int start) {
        for (int i = start, n = Math.min(content.length, start + SNIFF); i < n; i++) {
            byte b = content[i];
            if (b < 0 || !Character.isWhitespace((char) b)) {
                return b == '<';
            }
        }
        return false;
    }

    @Override
    public ImportResult read(byte[] content, String fileName) throws ImportException {
        return ImportGuard.run(fileName, ImportGuard.TIME_LIMIT_MILLIS, () -> {
            Document document = Jsoup.parse(HtmlCharset.decode(content), "");
            List<String> page = new HtmlWalker().lines(document);
            ImportResult result = TextReportReader.read(DocumentLines.fromTitle(PageChrome.strip(page)), fileName);
            PublicationDate.set(result.report(), PageStamp.of(document));
            return result;
        });
    }
}
