package cn.nianbao.validation.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.ReportScope;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/**
 * PLA-03: the text speaks of the agency's own area, not a wider one it may have been copied from: a
 * 区/县 government or department that writes 全市 or 全省, a 乡镇/街道 that writes 全区/全县/全市/全省, a
 * city government or department that writes 全省 — as the subject of the work reported ("全市共受理…",
 * "全省主动公开…"), not in a comparison ("在全省…中排名"). A 县级市 may say 全市. A government body's own
 * report (report scope AGENCY) may not speak for its whole area either: 全市 in the city government's own
 * report is wider than the government itself. Only sections 一 and 五 are read; one finding per report,
 * quoting the first place.
 */
public final class ProseScopeRule implements CodedRule {

    /** The wider area as the subject of the agency's own work: "全市共受理", "全省主动公开" — not "在全省…中排名". */
    private static final String DOING = "(?:各级|各地|各部门|政务公开系统)?(?:全年)?(?:共|累计|受理|收到|收办|新收|办结|答复|主动公开|发布|公开)";
    private static final Pattern FOR_COUNTY = Pattern.compile("(全市|全省)" + DOING);
    private static final Pattern FOR_TOWNSHIP = Pattern.compile("(全区|全县|全市|全省)" + DOING);
    private static final Pattern FOR_CITY = Pattern.compile("(全省)" + DOING);
    private static final int CONTEXT = 12;

    @Override
    public String ruleId() {
        return "PLA-03";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        AgencyLevel level = context.report().getAgencyLevel();
        Pattern wider = wider(level, context.report().getReportScope(), context.report().getAgencyName());
        if (wider == null) {
            return List.of();
        }
        String one = context.prose().sectionOneAll();
        String five = context.prose().section("S5");
        if (one.indexOf('全') < 0 && five.indexOf('全') < 0) {
            return List.of();
        }
        // no match holds the 。 that joins the two, so the copy of both is made only for the excerpt of a finding
        if (find(wider, one) == null && find(wider, five) == null) {
            return List.of();
        }
        String text = one + "。" + five;
        Matcher m = find(wider, text);
        String excerpt = text.substring(Math.max(0, m.start() - CONTEXT), Math.min(text.length(), m.end() + CONTEXT));
        String agency = context.report().getAgencyName() == null ? "" : context.report().getAgencyName();
        return List.of(context.diagnostic(ruleId(), List.of(), null, m.group(1),
                context.text("pla03", agency, m.group(1), excerpt)));
    }

    /**
     * The first match, as {@code matcher.find()} gives it; every pattern here begins with 全, so only the
     * places of 全 are tried.
     */
    private static Matcher find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        for (int at = text.indexOf('全'); at >= 0; at = text.indexOf('全', at + 1)) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                return m;
            }
        }
        return null;
    }

    private static Pattern wider(AgencyLevel level, ReportScope scope, String name) {
        if (level == null) {
            return null;
        }
        if (scope == ReportScope.AGENCY) {
            // a government body's own report: its own area word (全市 for a city) is every body's, not its own
            switch (level) {
                case PROVINCIAL_GOV:
                    return FOR_CITY; // 全省, as for a city
                case CITY_GOV:
                    return FOR_COUNTY;
                case COUNTY_GOV:
                    return FOR_TOWNSHIP;
                default:
                    break;
            }
        }
        return switch (level) {
            case TOWNSHIP -> FOR_TOWNSHIP;
            case COUNTY_GOV, COUNTY_DEPT -> countyLevelCity(name) ? FOR_CITY : FOR_COUNTY;
            case CITY_GOV, CITY_DEPT -> FOR_CITY;
            default -> null;
        };
    }

    /** "昆山市人民政府" (县级市): its own area is a 市, so 全市 is its own. */
    private static boolean countyLevelCity(String name) {
        if (name == null) {
            return false;
        }
        // whitespace in the name moves these characters but never changes their order: no copy without it
        int county = Math.max(name.lastIndexOf('区'), name.lastIndexOf('县'));
        int city = name.lastIndexOf('市');
        return city > county;
    }
}
