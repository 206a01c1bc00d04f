package cn.nianbao.io.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.model.catalogue.PrintedLayoutKind;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Labels;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;

/**
 * Finds the six section headings 一 to 六 in order. A heading is a short line "N、…" naming its section by
 * keyword; the level-1 row labels of table 三 ("一、本年新收…", "四、结转下年度继续办理") look alike and
 * are excluded. A heading without its keyword is accepted only between its neighbours.
 */
final class SectionFinder {

    static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};
    private static final Pattern HEADING = Pattern.compile("\\s*([一二三四五六])\\s*[、.．,，]\\s*(\\S.*)");
    /** How much of a level-1 row label of a grid table (一、本年新收…) tells it from a section heading. */
    private static final int ROW_PREFIX = 4;
    private static final int MAX_HEADING = 40;

    private SectionFinder() {
    }

    /** The headings found, in document order; missing sections are simply absent from the list. */
    static List<Heading> find(List<String> lines) {
        int[] found = new int[NUMERALS.length];
        Arrays.fill(found, -1);
        Catalogued catalogued = catalogued();
        List<String> rows = catalogued.rows();
        int from = 0;
        for (int k = 0; k < NUMERALS.length; k++) {
            int at = scan(lines, from, lines.size(), k, catalogued.keywords().get(k), rows);
            if (at >= 0) {
                found[k] = at;
                from = at + 1;
            }
        }
        fillGaps(lines, found, rows);
        List<Heading> headings = new ArrayList<>();
        for (int k = 0; k < NUMERALS.length; k++) {
            if (found[k] >= 0) {
                headings.add(new Heading("S" + (k + 1), found[k], Labels.printed(lines.get(found[k]))));
            }
        }
        return headings;
    }

    /** A missing heading may still be there without its keyword ("五、其他问题" is fine, "五、整改" too). */
    private static void fillGaps(List<String> lines, int[] found, List<String> rows) {
        for (int k = 0; k < found.length; k++) {
            if (found[k] >= 0) {
                continue;
            }
            int from = 0;
            for (int p = k - 1; p >= 0; p--) {
                if (found[p] >= 0) {
                    from = found[p] + 1;
                    break;
                }
            }
            int to = lines.size();
            for (int n = k + 1; n < found.length; n++) {
                if (found[n] >= 0) {
                    to = found[n];
                    break;
                }
            }
            found[k] = scan(lines, from, to, k, null, rows);
        }
    }

    private static int scan(List<String> lines, int from, int to, int k, Set<String> keywords, List<String> rows) {
        for (int i = from; i < to; i++) {
            if (isHeading(lines.get(i), k, keywords, rows)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHeading(String line, int k, Set<String> keywords, List<String> rows) {
        if (line.indexOf('\t') >= 0 || !startsWithNumeral(line, NUMERALS[k].charAt(0))) {
            return false;
        }
        Matcher m = HEADING.matcher(line);
        if (!m.matches() || !m.group(1).equals(NUMERALS[k])) {
            return false;
        }
        String rest = Labels.normalize(m.group(2));
        if (rest.length() > MAX_HEADING || rows.stream().anyMatch(rest::startsWith)) {
            return false;
        }
        if (keywords == null) {
            return rest.length() <= MAX_HEADING / 2;
        }
        return keywords.stream().anyMatch(rest::contains);
    }

    /** The heading pattern's own first test, without a regex: each of the six scans reads every line. */
    private static boolean startsWithNumeral(String line, char numeral) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == numeral;
            }
        }
        return false;
    }

    /** What the headings are told by, taken from the templates of the catalogue; built again when a template is registered. */
    private record Catalogued(List<Template> templates, List<String> rows, List<Set<String>> keywords) {
    }

    /** Reading them from the catalogue for every file was a sixteenth of a text import. */
    private static volatile Catalogued catalogued;

    private static Catalogued catalogued() {
        List<Template> templates = FormatCatalogue.templates();
        Catalogued known = catalogued;
        if (known == null || !known.templates().equals(templates)) {
            List<Set<String>> keywords = new ArrayList<>();
            for (int k = 0; k < NUMERALS.length; k++) {
                keywords.add(keywords(templates, k));
            }
            known = new Catalogued(templates, tableRows(templates), keywords);
            catalogued = known;
        }
        return known;
    }

    /** The starts of the level-1 row labels of every grid table of the catalogue, without their 一、. */
    private static List<String> tableRows(List<Template> templates) {
        List<String> starts = new ArrayList<>();
        for (Template template : templates) {
            for (TableLayout table : template.tables()) {
                if (table.definition().getPrintedLayout() == PrintedLayoutKind.GRID) {
                    for (RowDef row : table.definition().getRows()) {
                        Matcher m = HEADING.matcher(row.getLabel());
                        String rest = Labels.normalize(m.matches() ? m.group(2) : row.getLabel());
                        starts.add(rest.substring(0, Math.min(ROW_PREFIX, rest.length())));
                    }
                }
            }
        }
        return starts;
    }

    /** The keywords of the k-th section in every template of the catalogue (national and registered). */
    private static Set<String> keywords(List<Template> templates, int k) {
        Set<String> keywords = new LinkedHashSet<>();
        for (Template template : templates) {
            List<SectionDef> defs = template.sections();
            if (k < defs.size()) {
                keywords.addAll(defs.get(k).getKeywords());
            }
        }
        return keywords;
    }
}
