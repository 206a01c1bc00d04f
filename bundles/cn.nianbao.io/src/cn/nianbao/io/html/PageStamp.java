package cn.nianbao.io.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import cn.nianbao.io.grid.DocumentLines;
import cn.nianbao.io.internal.PublicationDate;

/**
 * The publication date a government site stamps on its page: the CMS's meta tag (PubDate, publishdate …)
 * or the visible line above the article (发布日期：2025-01-20, 发布时间：2025年1月20日). Only the stamp is
 * read, never a date from the report's prose: those are about other things (the statistics period, a
 * meeting).
 */
final class PageStamp {

    private static final Set<String> META_NAMES = Set.of("pubdate", "publishdate", "publishtime", "firstpublishedtime",
            "article:published_time", "dc.date.issued");
    /**
     * A label for the publication day opening the line or one of its space- or bar-separated fields, as stamp
     * lines print them (not inside a sentence, and 成文日期 is not 日期).
     */
    private static final Pattern LABEL = Pattern.compile(
            "(?:^|[\\s|｜丨/】\\]])(?:发布日期|发布时间|公开日期|公开时间|公布日期|公布时间|日期)\\s*[：:]\\s*(?=(?:19|20)\\d{2})");
    private static final Pattern LABEL_ONLY = Pattern.compile("(?:发布|公开|公布)(?:日期|时间)|日期\\s*[：:]");
    private static final int MAX_CANDIDATES = 20;
    /** Stamp lines are short; a paragraph of prose is not one. */
    private static final int MAX_STAMP_LINE = 160;

    private PageStamp() {
    }

    /** The page's publication day, from its meta tags first, else from a stamp line; null when it has none. */
    static LocalDate of(Document document) {
        // one pass over the page for both (two selector runs over every element were a tenth of an HTML import)
        Candidates candidates = new Candidates();
        NodeTraversor.filter(candidates, document);
        if (candidates.metaDay != null) {
            return candidates.metaDay;
        }
        List<Element> labelled = candidates.labelled;
        // the stamp's label and its date are often in sibling spans, and the line may sit in a toolbar the
        // reading of the report skips: look at the label's element and its parent
        for (Element element : labelled) {
            LocalDate day = stamped(element);
            if (day == null && element.parent() != null) {
                day = stamped(element.parent());
            }
            if (day != null) {
                return day;
            }
        }
        return null;
    }

    /**
     * The elements in document order, without collecting them all first: the first meta tag with a day ends
     * the walk; elements whose own text has a label are kept, up to {@link #MAX_CANDIDATES}.
     */
    private static final class Candidates implements NodeFilter {

        private final List<Element> labelled = new ArrayList<>();
        private LocalDate metaDay;

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            if (element.nameIs("meta")) {
                metaDay = metaDay(element);
                return metaDay != null ? FilterResult.STOP : FilterResult.CONTINUE;
            }
            if (labelled.size() < MAX_CANDIDATES && mayHoldLabel(element) && LABEL_ONLY.matcher(element.ownText()).find()) {
                // a page has one stamp near the top; the bound keeps a page of a thousand 日期 labels linear
                labelled.add(element);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
        }
    }

    private static LocalDate metaDay(Element meta) {
        String attribute = meta.hasAttr("name") ? "name" : meta.hasAttr("property") ? "property" : null;
        if (attribute == null || !META_NAMES.contains(meta.attr(attribute).strip().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return PublicationDate.parse(meta.attr("content"));
    }

    /**
     * Every label holds 日期 or 时间: an element none of whose own text nodes has 日 or 时 cannot match, and
     * is passed without building its own text.
     */
    private static boolean mayHoldLabel(Element element) {
        // the children one by one: textNodes() copies them into a new list for every element of the page
        for (int i = 0, n = element.childNodeSize(); i < n; i++) {
            if (element.childNode(i) instanceof TextNode text) {
                String content = text.getWholeText();
                if (content.indexOf('日') >= 0 || content.indexOf('时') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static LocalDate stamped(Element element) {
        String line = DocumentLines.clean(element.text());
        return isStamp(line) ? PublicationDate.parse(line.substring(stampStart(line))) : null;
    }

    /** Whether the line is the page's stamp line (发布时间：… 来源：… 浏览次数：…), not part of the report. */
    static boolean isStamp(String line) {
        // every label holds 日期 or 时间: other lines are passed without the pattern
        return line.length() <= MAX_STAMP_LINE && line.indexOf('\t') < 0 && (line.contains("日期") || line.contains("时间"))
                && stampStart(line) >= 0;
    }

    private static int stampStart(String line) {
        var m = LABEL.matcher(line);
        return m.find() ? m.end() : -1;
    }
}
