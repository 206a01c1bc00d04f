package cn.nianbao.io.pdf;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The page number a Word or WPS footer (or header) prints: "— 2 —", "- 2 -", "第 2 页", "第2页 共9页",
 * "2 / 9". Found only in the first or last line of a page, where it falls between a table's rows or a
 * paragraph's lines and would otherwise be read as a row or as prose. A bare number is left alone: it may
 * be a value of a table row cut at the page's end.
 */
final class PageNumbers {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[—－\\-–]+\\s*\\d{1,3}\\s*[—－\\-–]+|第\\s*\\d{1,3}\\s*页(\\s*[,，]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3}");

    private PageNumbers() {
    }

    /** The page's lines without a page number in its first or last line. */
    static List<List<Segment>> strip(List<List<Segment>> page) {
        int from = !page.isEmpty() && isPageNumber(page.get(0)) ? 1 : 0;
        int to = page.size() > from && isPageNumber(page.get(page.size() - 1)) ? page.size() - 1 : page.size();
        return page.subList(from, to);
    }

    private static boolean isPageNumber(List<Segment> line) {
        String text = line.stream().map(Segment::text).collect(Collectors.joining(" "));
        return PAGE_NUMBER.matcher(text.strip()).matches();
    }
}
