package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.prose.ProseView;
import cn.nianbao.validation.prose.Similarity;
import cn.nianbao.validation.support.RuleContext;

/**
 * XY-03: section 一 (with its sub-topics) and section 五 are not copied from last year's report.
 * Measure: Jaccard index of the character 4-gram sets after normalisation, digits folded to '#'
 * ({@link Similarity}). Threshold {@value #THRESHOLD}: two reports of the same agency written afresh
 * share stock phrases (the corpus pairs 洪泽 2023→2024 and 宿迁 2023→2024 score well below it), a
 * report copied with new figures scores close to 1. Texts under {@value #MIN_LENGTH} characters are
 * not compared.
 */
public final class CopiedTextRule implements CodedRule {

    public static final double THRESHOLD = 0.5;
    static final int MIN_LENGTH = 80;

    @Override
    public String ruleId() {
        return "XY-03";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        if (!CrossYear.usable(context)) {
            return List.of();
        }
        ProseView now = context.prose();
        ProseView before = new ProseView(context.previous());
        List<Diagnostic> diagnostics = new ArrayList<>();
        compare(context, "S1", now.sectionOneAll(), before.sectionOneAll(), diagnostics);
        compare(context, "S5", now.section("S5"), before.section("S5"), diagnostics);
        return diagnostics;
    }

    private void compare(RuleContext context, String key, String now, String before, List<Diagnostic> out) {
        if (now.length() < MIN_LENGTH || before.length() < MIN_LENGTH) {
            return;
        }
        double similarity = Similarity.jaccard(now, before);
        if (similarity >= THRESHOLD) {
            String percent = String.format(Locale.ROOT, "%.0f%%", similarity * 100);
            String limit = String.format(Locale.ROOT, "%.0f%%", THRESHOLD * 100);
            String year = String.valueOf(context.previous().getYear());
            var text = new cn.nianbao.validation.support.Messages.Text(
                    context.messages().zh("xy03", ProseFigureRule.sectionName(key, true), percent, year, limit),
                    context.messages().en("xy03", ProseFigureRule.sectionName(key, false), percent, year, limit));
            out.add(context.diagnostic(ruleId(), context.severity(ruleId()), List.of(), "< " + limit, percent,
                    "Jaccard(4-gram) = " + percent + " ≥ " + limit, text));
        }
    }
}
