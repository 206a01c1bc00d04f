package cn.nianbao.io.text;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Template;

/**
 * Tells the format of a report by its tables: the template of the catalogue (national or registered)
 * whose layout markers 表二 prints most often (the 2019 试行 and 2021 headings differ completely); failing
 * that, 表三's (only the 2021 table splits （六） into 逾期不补正 / 缴纳费用 / 其他). Among templates that
 * match alike, one whose years include the report's wins, then a national one. The year decides alone only
 * when the tables say nothing (a 2022 report printed on the 2019 layout is a finding for the validation,
 * not a reason to misread it).
 */
final class VersionDetector {

    private VersionDetector() {
    }

    /** The template, or null when the layout does not tell and the year must decide. */
    static Template fromLayout(String table2, String table3, int year) {
        Template byTable2 = best(LabelLocator.compact(table2), year);
        return byTable2 != null ? byTable2 : best(LabelLocator.compact(table3), year);
    }

    static Template fromYear(int year) {
        return FormatCatalogue.template(FormatCatalogue.versionForYear(year), year);
    }

    /** The template with the most markers in the text; null when none is found or two layouts match alike. */
    private static Template best(String text, int year) {
        List<Template> best = new ArrayList<>();
        long bestCount = 1;
        for (Template template : FormatCatalogue.templates()) {
            long count = template.definition().getLayoutMarkers().stream().filter(text::contains).count();
            if (count > bestCount) {
                best.clear();
                bestCount = count;
            }
            if (count == bestCount) {
                best.add(template);
            }
        }
        if (best.isEmpty() || best.stream().map(Template::version).distinct().count() > 1) {
            return null;
        }
        Template chosen = best.get(0);
        for (Template candidate : best) {
            if (preferred(candidate, chosen, year)) {
                chosen = candidate;
            }
        }
        return chosen;
    }

    /** Of two templates that match alike: the one for the report's year, else the national one. */
    private static boolean preferred(Template candidate, Template current, int year) {
        boolean candidateYears = covers(candidate, year);
        boolean currentYears = covers(current, year);
        if (candidateYears != currentYears) {
            return candidateYears;
        }
        return candidate.isNational() && !current.isNational();
    }

    private static boolean covers(Template template, int year) {
        int first = template.definition().getFirstYear();
        int last = template.definition().getLastYear();
        return first <= year && (last == 0 || year <= last);
    }
}
