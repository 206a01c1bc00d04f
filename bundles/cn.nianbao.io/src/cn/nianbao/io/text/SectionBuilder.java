package cn.nianbao.io.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.nianbao.model.format.Labels;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TextSection;

/**
 * Writes the text sections S1..S6 in document order, and the sub-topics （一）（二）… of section 一 as
 * S1.1..S1.n; the body of S1 is the introduction before the first sub-topic. Bodies keep the lines as
 * printed (tables included, for sections 二 to 四).
 */
final class SectionBuilder {

    private static final Pattern SUB_TOPIC = Pattern.compile("\\s*[（(][一二三四五六七八九十]{1,3}[）)].*");
    private static final int MAX_SUB_HEADING = 30;
    /** A full stop or colon closing a sub-topic heading; compiled once, every report has sub-topics. */
    private static final Pattern FINAL_STOP = Pattern.compile("[。：:．.]$");

    private SectionBuilder() {
    }

    static void build(AnnualReport report, List<String> lines, List<Heading> headings) {
        for (int h = 0; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1).index() : lines.size();
            List<String> body = lines.subList(heading.index() + 1, end);
            if ("S1".equals(heading.key())) {
                buildOverview(report, heading, body);
            } else {
                report.getSections().add(section(heading.key(), heading.text(), join(body)));
            }
        }
    }

    private static void buildOverview(AnnualReport report, Heading heading, List<String> body) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (SUB_TOPIC.matcher(body.get(i)).matches()) {
                starts.add(i);
            }
        }
        int introEnd = starts.isEmpty() ? body.size() : starts.get(0);
        report.getSections().add(section("S1", heading.text(), join(body.subList(0, introEnd))));
        for (int s = 0; s < starts.size(); s++) {
            int end = s + 1 < starts.size() ? starts.get(s + 1) : body.size();
            String first = body.get(starts.get(s)).strip();
            int cut = headingEnd(first);
            List<String> rest = new ArrayList<>();
            if (cut < first.length()) {
                rest.add(first.substring(cut));
            }
            rest.addAll(body.subList(starts.get(s) + 1, end));
            String subHeading = FINAL_STOP.matcher(Labels.printed(first.substring(0, cut))).replaceAll("");
            report.getSections().add(section("S1." + (s + 1), subHeading, join(rest)));
        }
    }

    /** A sub-topic heading ends at its first 。 or ：, when that comes early; otherwise the line is the heading. */
    private static int headingEnd(String line) {
        for (int i = 0; i < line.length() && i <= MAX_SUB_HEADING; i++) {
            char c = line.charAt(i);
            if (c == '。' || c == '：' || c == ':') {
                return i + 1;
            }
        }
        return line.length();
    }

    /**
     * The lines stripped, one per line, the whole stripped: appended by their bounds, since a copy of each
     * stripped line and of the whole were a good part of building the sections.
     */
    static String join(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            int end = line.length();
            while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
                end--;
            }
            int start = 0;
            while (start < end && Character.isWhitespace(line.charAt(start))) {
                start++;
            }
            text.append(line, start, end).append('\n');
        }
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
        int start = 0;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return text.substring(start);
    }

    private static TextSection section(String key, String heading, String body) {
        TextSection section = ReportFactory.eINSTANCE.createTextSection();
        section.setKey(key);
        section.setHeading(heading);
        section.setBody(body);
        return section;
    }
}
