package cn.nianbao.io.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What a government site prints around a report: navigation, breadcrumb, side menus, the stamp line,
 * attachments, share and print links, related links, the footer. Found by the markup where the site names
 * it (semantic tags, class and id names as CMSs write them), else by the text such chrome always has.
 */
final class PageChrome {

    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer");
    /** Names of chrome that are whole words of a class or id. */
    private static final Set<String> CHROME_WORDS = Set.of("nav", "menu", "foot", "footer", "top", "topbar", "header", "head",
            "position", "location", "crumb", "crumbs", "share", "related", "sidebar", "toolbar", "tools", "print", "xglj",
            "xgwz", "dqwz", "weizhi", "attachment", "attachments", "fujian", "copyright", "banner", "search", "links");
    /** Names of chrome that are recognisable inside a longer name (BreadcrumbNav, bt-position, site-footer). */
    private static final List<String> CHROME_PARTS = List.of("breadcrumb", "footer", "navbar", "sidebar", "share", "related",
            "copyright");
    /** Names that mark the article itself; they win over a chrome word in the same name. */
    private static final List<String> CONTENT_PARTS = List.of("content", "article", "zoom", "editor", "detail");
    private static final Set<String> CONTENT_WORDS = Set.of("main", "body", "text", "zw", "wz");
    private static final Pattern WORDS = Pattern.compile("[^a-z0-9]+");

    /** The first section's heading: chrome lines after it end the report, chrome lines before it are dropped. */
    private static final Pattern FIRST_SECTION = Pattern.compile("[一]\\s*[、.．]\\s*\\S.*");
    /** Lines that begin what follows a report on a page, up to its end. */
    private static final Pattern AFTER_REPORT = Pattern.compile(
            "(相关链接|相关文章|相关阅读|相关新闻|相关信息|相关文件|上一篇|下一篇|【打印|打印本页|【关闭|关闭窗口|分享到|扫一扫).*");
    /** Text only a site's footer has. */
    private static final List<String> FOOTER = List.of("网站标识码", "ICP备", "公网安备", "版权所有", "主办单位：", "主办单位:");
    private static final Pattern BREADCRUMB = Pattern.compile("(当前位置|您现在的位置|您的位置|所在位置)\\s*[：:].*");
    private static final Pattern FILE_LINK = Pattern.compile(".*\\.(pdf|docx?|wps|xlsx?|ofd|zip|rar)\\s*(\\(\\d+.*\\))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTACHMENTS = Pattern.compile("(相关)?附件\\s*[：:]?");
    private static final int MAX_CHROME_LINE = 120;

    private PageChrome() {
    }

    /** Whether the element is site chrome by its tag, class or id; a data table never is. */
    static boolean isChrome(Element element) {
        if (CHROME_TAGS.contains(element.normalName())) {
            return true;
        }
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            // most elements of a page: nothing to read
            return false;
        }
        String names = (className + " " + id).toLowerCase(Locale.ROOT);
        if (names.isBlank() || element.normalName().equals("table") || element.normalName().equals("body")) {
            return false;
        }
        for (String part : CONTENT_PARTS) {
            if (names.contains(part)) {
                return false;
            }
        }
        List<String> words = List.of(WORDS.split(names));
        if (words.stream().anyMatch(CONTENT_WORDS::contains)) {
            return false;
        }
        return CHROME_PARTS.stream().anyMatch(names::contains) || words.stream().anyMatch(CHROME_WORDS::contains);
    }

    /**
     * A line with footer text, read as the pattern .*(网站标识码|…).* would (whose dots match no line
     * terminator), without its backtracking over every line of the page.
     */
    private static boolean isFooter(String line) {
        if (FOOTER.stream().noneMatch(line::contains)) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** The name of an attached file always has its dot: other lines are passed without the pattern. */
    private static boolean isFileLink(String line) {
        return line.indexOf('.') >= 0 && FILE_LINK.matcher(line).matches();
    }

    /**
     * The lines without the chrome the markup did not name: the breadcrumb and stamp lines, lists of
     * attached files, and everything from the related links or the footer on.
     */
    static List<String> strip(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        boolean inReport = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean plain = line.indexOf('\t') < 0 && line.length() <= MAX_CHROME_LINE;
            boolean pageEnd = plain && (AFTER_REPORT.matcher(line).matches() || isFooter(line));
            if (pageEnd && inReport) {
                break;
            }
            inReport |= line.startsWith("一") && FIRST_SECTION.matcher(line).matches();
            boolean attachmentsHeading = line.contains("附件") && ATTACHMENTS.matcher(line).matches() && i + 1 < lines.size()
                    && isFileLink(lines.get(i + 1));
            boolean chrome = pageEnd || BREADCRUMB.matcher(line).matches() || PageStamp.isStamp(line)
                    || isFileLink(line) || attachmentsHeading;
            if (!plain || !chrome) {
                kept.add(line);
            }
        }
        return kept;
    }
}
