package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.format.Template;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.prose.ProseText;
import cn.nianbao.validation.prose.ProseView;
import cn.nianbao.validation.prose.Similarity;
import cn.nianbao.validation.support.RuleContext;

/**
 * XY-03: section 一 (with its sub-topics) and section 五 are not copied from last year's report.
 * Measure: Jaccard index of the character 4-gram sets after normalisation, digits folded to '#'
 * ({@link Similarity}), once the boilerplate every report repeats by design is left out: the sentences that
 * hold one of the catalogue's {@code phrases} (the legal-basis and statistics-period sentences, "本年度无…";
 * per template, so per locale). The limit is the catalogue's {@code threshold} (宿迁's 考核细则 deducts for a
 * repetition above 50 %, review.md E1; {@value #THRESHOLD} when none is given). Two reports of the
 * same agency written afresh share stock phrases (the corpus pairs 洪泽 2023→2024 and 宿迁 2023→2024 score
 * well below it), a report copied with new figures scores close to 1. A WARNING for a person to judge
 * (宿迁's own tool does not deduct automatically). Texts under {@value #MIN_LENGTH} characters are not compared.
 */
public final class CopiedTextRule implements CodedRule {

    public static final double THRESHOLD = 0.5;
    /** Texts shorter than this once their boilerplate is left out are not compared (too little to tell). */
    public static final int MIN_LENGTH = 80;

    @Override
    public String ruleId() {
        return "XY-03";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        if (!CrossYear.usable(context)) {
            return List.of();
        }
        double threshold = threshold(context.template());
        List<String> boilerplate = Phrases.of(context, ruleId());
        ProseView now = context.prose();
        ProseView before = new ProseView(context.previous());
        List<Diagnostic> diagnostics = new ArrayList<>();
        compare(context, threshold, "S1", measure(boilerplate, before.sectionOneAll(), now.sectionOneAll()), diagnostics);
        compare(context, threshold, "S5", measure(boilerplate, before.section("S5"), now.section("S5")), diagnostics);
        return diagnostics;
    }

    /**
     * XY-03's measure of two versions of a text (as written; normalised here), the one figure every view of the
     * comparison shows: NaN when either is under {@value #MIN_LENGTH} characters once its boilerplate is left out.
     */
    public static double similarity(Template template, String earlier, String later) {
        RuleDef rule = template.rule("XY-03");
        List<String> boilerplate = rule == null ? List.of() : rule.getPhrases();
        return measure(boilerplate, ProseText.normalise(earlier), ProseText.normalise(later));
    }

    private static double measure(List<String> boilerplate, String earlier, String later) {
        String a = own(earlier, boilerplate);
        String b = own(later, boilerplate);
        if (a.length() < MIN_LENGTH || b.length() < MIN_LENGTH) {
            return Double.NaN;
        }
        return Similarity.jaccard(a, b);
    }

    /**
     * A normalised text without the sentences the template's XY-03 boilerplate list names: what is left to
     * compare, here and in the copy search across units.
     */
    public static String withoutBoilerplate(Template template, String normalised) {
        RuleDef rule = template.rule("XY-03");
        return own(normalised, rule == null ? List.of() : rule.getPhrases());
    }

    /** The template's limit for XY-03, {@value #THRESHOLD} when it gives none. */
    public static double threshold(Template template) {
        RuleDef rule = template.rule("XY-03");
        return rule == null || rule.getThreshold() < 0 ? THRESHOLD : rule.getThreshold();
    }

    /** The text without its boilerplate sentences. */
    static String own(String normalised, List<String> boilerplate) {
        if (boilerplate.isEmpty()) {
            return normalised;
        }
        StringBuilder own = new StringBuilder(normalised.length());
        for (String sentence : ProseText.sentences(normalised)) {
            if (Phrases.found(boilerplate, sentence).isEmpty()) {
                own.append(sentence);
            }
        }
        return own.toString();
    }

    private void compare(RuleContext context, double threshold, String key, double similarity, List<Diagnostic> out) {
        if (!Double.isNaN(similarity) && similarity >= threshold) {
            String percent = String.format(Locale.ROOT, "%.0f%%", similarity * 100);
            String limit = String.format(Locale.ROOT, "%.0f%%", threshold * 100);
            String year = String.valueOf(context.previous().getYear());
            var text = new cn.nianbao.validation.support.Messages.Text(
                    context.messages().zh("xy03", ProseFigureRule.sectionName(key, true), percent, year, limit),
                    context.messages().en("xy03", ProseFigureRule.sectionName(key, false), percent, year, limit));
            out.add(context.diagnostic(ruleId(), context.severity(ruleId()), List.of(), "< " + limit, percent,
                    "Jaccard(4-gram) = " + percent + " ≥ " + limit, text));
        }
    }
}
