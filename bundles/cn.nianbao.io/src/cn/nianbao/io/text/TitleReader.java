package cn.nianbao.io.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.model.format.Labels;
import cn.nianbao.model.report.AnnualReport;

/**
 * Reads the title block above section 一: the title (often two lines, agency then "2024 年…年度报告"),
 * the agency name and year in it, and the preamble between title and section 一.
 */
final class TitleReader {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern AFTER_YEAR = Pattern.compile("年度?(.+?)(?:政府信息公开|年度报告)");
    private static final int MAX_TITLE_LINES = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OPEN_BRACKET_AT_END = Pattern.compile("[（(]?$");

    private TitleReader() {
    }

    /** Returns false when no title with a year was found. */
    static boolean read(AnnualReport report, List<String> lines, int firstHeading) {
        int end = firstHeading >= 0 ? firstHeading : Math.min(lines.size(), 15);
        List<Integer> title = titleLines(lines, end);
        if (title.isEmpty()) {
            return false;
        }
        StringBuilder printed = new StringBuilder();
        for (int i : title) {
            printed.append(Labels.printed(lines.get(i)));
        }
        report.setTitle(printed.toString());
        int last = title.get(title.size() - 1);
        String preamble = SectionBuilder.join(lines.subList(last + 1, Math.max(last + 1, end)));
        report.setPreamble(preamble.isEmpty() ? null : preamble);
        String compact = SPACES.matcher(printed).replaceAll("");
        Matcher year = YEAR.matcher(compact);
        if (!year.find()) {
            return false;
        }
        report.setYear(Integer.parseInt(year.group(1)));
        String agency = OPEN_BRACKET_AT_END.matcher(compact.substring(0, year.start())).replaceAll("");
        if (agency.isEmpty()) {
            Matcher after = AFTER_YEAR.matcher(compact.substring(year.start()));
            agency = after.find() ? after.group(1) : "";
        }
        if (!agency.isEmpty()) {
            report.setAgencyName(agency);
            report.setAgencyLevel(AgencyLevels.guess(agency));
            report.setReportScope(ReportScopes.infer(agency));
        }
        return true;
    }

    /**
     * Whether the lines above the first heading carry a report's title ("…2024年政府信息公开工作年度报告"):
     * with one section heading under it, a page is a report cut short, not some other document.
     */
    static boolean namesAnnualReport(List<String> lines, int firstHeading) {
        if (firstHeading < 0) {
            return false;
        }
        StringBuilder title = new StringBuilder();
        for (int i : titleLines(lines, firstHeading)) {
            title.append(Labels.printed(lines.get(i)));
        }
        String compact = SPACES.matcher(title).replaceAll("");
        return compact.contains("政府信息公开") && compact.contains("年度报告") && YEAR.matcher(compact).find();
    }

    /** The non-empty lines from the top up to the one naming the report (at most four). */
    private static List<Integer> titleLines(List<String> lines, int end) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < end && candidates.size() < MAX_TITLE_LINES; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            candidates.add(i);
            if (lines.get(i).contains("报告")) {
                return candidates;
            }
        }
        return candidates.isEmpty() ? candidates : List.of(candidates.get(0));
    }
}
