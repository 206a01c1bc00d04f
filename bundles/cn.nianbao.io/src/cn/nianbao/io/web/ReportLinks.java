package cn.nianbao.io.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import cn.nianbao.io.html.HtmlCharset;

/**
 * The links of a web page that lead to reports: on a site's 年报 column, the links titled
 * "…政府信息公开工作年度报告"; on a report's page that holds no report itself, its attachments (PDF, Word).
 */
public final class ReportLinks {

    /** A column lists a few years of a few agencies; more than this is not a list of reports. */
    static final int MAX_LINKS = 200;
    private static final List<String> ATTACHMENTS = List.of(".pdf", ".docx", ".doc", ".wps");

    private ReportLinks() {
    }

    /** A link to a report: where it leads, and the title the page gives it (its title attribute, else its text). */
    public record Link(URI target, String title) {
    }

    /** The links whose text or title names a 政府信息公开…年度报告, in page order, without repeats. */
    public static List<Link> reports(FetchedPage page) {
        return links(page, false);
    }

    /** The links to attached documents (PDF, DOC, DOCX, WPS files), in page order, without repeats. */
    public static List<URI> attachments(FetchedPage page) {
        return links(page, true).stream().map(Link::target).toList();
    }

    private static List<Link> links(FetchedPage page, boolean attachments) {
        if (!page.isHtml()) {
            return List.of();
        }
        Document document = Jsoup.parse(HtmlCharset.decode(page.forImport()), page.source().toString());
        Set<URI> seen = new LinkedHashSet<>();
        List<Link> found = new ArrayList<>();
        for (Element link : document.select("a[href]")) {
            URI target = target(link);
            if (target == null || target.equals(page.source())) {
                continue;
            }
            boolean wanted = attachments ? isAttachment(target) : namesAReport(link.text() + link.attr("title"));
            if (wanted && found.size() < MAX_LINKS && seen.add(target)) {
                found.add(new Link(target, title(link)));
            }
        }
        return found;
    }

    /** A column shortens long titles in the link's text ("…"); the title attribute keeps them whole. */
    private static String title(Element link) {
        String title = link.attr("title").strip();
        return title.isEmpty() ? link.text().strip() : title;
    }

    private static URI target(Element link) {
        String href = link.absUrl("href");
        if (!PageFetcher.isAddress(href)) {
            return null;
        }
        int fragment = href.indexOf('#');
        try {
            return URI.create((fragment < 0 ? href : href.substring(0, fragment)).replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean namesAReport(String text) {
        String compact = text.replaceAll("\\s+", "");
        return compact.contains("政府信息公开") && compact.contains("年度报告");
    }

    private static boolean isAttachment(URI target) {
        String path = target.getPath() == null ? "" : target.getPath().toLowerCase(Locale.ROOT);
        return ATTACHMENTS.stream().anyMatch(path::endsWith);
    }
}
