package cn.nianbao.io.html;

import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import cn.nianbao.io.grid.DocumentLines;
import cn.nianbao.io.grid.TableGrid;

/**
 * Walks a page in document order (iteratively, so deep nesting cannot overflow the stack). A table that
 * holds no other table is a data table and becomes a grid; a table that holds tables is page layout and
 * its cells are read as blocks. Scripts, styles, the head and the site's chrome are skipped.
 */
final class HtmlWalker implements NodeFilter {

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "svg", "select",
            "button", "iframe", "object");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "tr", "td", "th", "table", "section", "article", "header", "footer", "main", "nav", "blockquote",
            "pre", "hr", "dd", "dt", "dl", "center", "title", "form", "aside", "body", "caption");

    private final DocumentLines lines = new DocumentLines();

    /** Every line of the page, the furniture above the title included. */
    List<String> lines(Element root) {
        NodeTraversor.filter(this, root);
        return lines.allLines();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            lines.text(text.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        String tag = element.normalName();
        if (SKIPPED.contains(tag) || PageChrome.isChrome(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("table") && element.getElementsByTag("table").size() == 1) {
            lines.table(grid(element));
            return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCKS.contains(tag)) {
            lines.breakLine();
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
            lines.breakLine();
        }
        return FilterResult.CONTINUE;
    }

    private static TableGrid grid(Element table) {
        TableGrid grid = new TableGrid();
        for (Element row : table.getElementsByTag("tr")) {
            grid.startRow();
            // the children one by one: children() copies them into a new list for every row
            for (int i = 0, n = row.childNodeSize(); i < n; i++) {
                if (row.childNode(i) instanceof Element cell && (cell.normalName().equals("td") || cell.normalName().equals("th"))) {
                    grid.cell(wholeText(cell), span(cell.attr("rowspan")), span(cell.attr("colspan")));
                }
            }
        }
        return grid;
    }

    /**
     * The cell's {@link Element#wholeText()} (its text nodes in document order, a line break for each br),
     * read with a traversal instead of jsoup's stream of nodes; a cell of one text node is that node's text.
     */
    private static String wholeText(Element cell) {
        if (cell.childNodeSize() == 1 && cell.childNode(0) instanceof TextNode text) {
            return text.getWholeText();
        }
        StringBuilder whole = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                whole.append(text.getWholeText());
            } else if (node.nameIs("br")) {
                whole.append('\n');
            }
        }, cell);
        return whole.toString();
    }

    /** The leading digits of a rowspan or colspan ("2", "3px"), 1 when there are none or too many. */
    private static int span(String value) {
        String text = value.strip();
        int end = 0;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        if (end == 0 || end > 4) {
            return 1;
        }
        return Integer.parseInt(text, 0, end, 10);
    }
}
