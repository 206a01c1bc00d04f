package cn.nianbao.validation.rules;

import java.util.List;

import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/**
 * When the year-to-year rules apply: last year's report is given and is of year Y−1. When the agency's
 * scope changed (another name, or the text speaks of 机构改革), XY-01 is a WARNING instead of an ERROR.
 */
public final class CrossYear {

    private static final Words REORGANISED = Words.of("机构改革|机构调整|职能调整|职责调整|机构合并|撤并");

    private CrossYear() {
    }

    public static boolean usable(RuleContext context) {
        AnnualReport previous = context.previous();
        return previous != null && !wrongYear(context.report(), previous);
    }

    public static boolean scopeChanged(RuleContext context) {
        AnnualReport previous = context.previous();
        if (previous == null) {
            return false;
        }
        String a = plain(context.report().getAgencyName());
        String b = plain(previous.getAgencyName());
        boolean sameName = a.isEmpty() || b.isEmpty() || a.endsWith(b) || b.endsWith(a);
        return !sameName || REORGANISED.in(context.allText());
    }

    /** One INFO when the "previous" report is not of the year before: the XY rules were not applied. */
    public static List<Diagnostic> yearMismatch(RuleContext context) {
        AnnualReport previous = context.previous();
        if (previous == null || !wrongYear(context.report(), previous) || context.template().rule("XY-01") == null) {
            return List.of();
        }
        String found = String.valueOf(previous.getYear());
        String wanted = String.valueOf(context.report().getYear() - 1);
        return List.of(context.diagnostic("XY-01", Severity.INFO, List.of(), wanted, found,
                context.text("xy.wrongYear", found, wanted)));
    }

    private static boolean wrongYear(AnnualReport report, AnnualReport previous) {
        return report.getYear() > 0 && previous.getYear() > 0 && previous.getYear() != report.getYear() - 1;
    }

    private static String plain(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "");
    }
}
