package cn.nianbao.review.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.validation.prose.ProseView;
import cn.nianbao.validation.rules.CopiedTextRule;

/**
 * The text sections of two reports, in the later report's order, each compared paragraph by paragraph. Every
 * similarity is XY-03's ({@link CopiedTextRule#similarity}), so the summary, the text page, the command line
 * and the Checks view give one figure for one text; section 一 is measured with its sub-topics, as XY-03 does.
 */
final class TextComparer {

    private final Template template;

    TextComparer(Template template) {
        this.template = template;
    }

    double copyThreshold() {
        return CopiedTextRule.threshold(template);
    }

    List<SectionComparison> sections(AnnualReport before, AnnualReport after) {
        Map<String, String[]> keyed = new LinkedHashMap<>();
        collect(after, 1, keyed);
        collect(before, 0, keyed);
        ProseView earlier = new ProseView(before);
        ProseView later = new ProseView(after);
        List<SectionComparison> sections = new ArrayList<>();
        keyed.forEach((key, texts) -> {
            String a = texts[0] == null ? "" : texts[0];
            String b = texts[1] == null ? "" : texts[1];
            double similarity = measure(earlier.withSubTopics(key), later.withSubTopics(key));
            sections.add(new SectionComparison(key, heading(key, after, before, false), heading(key, after, before, true),
                    similarity, !Double.isNaN(similarity) && similarity >= copyThreshold(),
                    ParagraphDiff.compare(ParagraphDiff.paragraphs(a), ParagraphDiff.paragraphs(b))));
        });
        return sections;
    }

    double similarityS1(AnnualReport before, AnnualReport after) {
        return measure(new ProseView(before).sectionOneAll(), new ProseView(after).sectionOneAll());
    }

    double similarityS5(AnnualReport before, AnnualReport after) {
        return measure(new ProseView(before).section("S5"), new ProseView(after).section("S5"));
    }

    private double measure(String earlier, String later) {
        return CopiedTextRule.similarity(template, earlier, later);
    }

    private static void collect(AnnualReport report, int side, Map<String, String[]> keyed) {
        for (TextSection section : report.getSections()) {
            if (section.getKey() == null) {
                continue;
            }
            String[] texts = keyed.computeIfAbsent(section.getKey(), k -> new String[2]);
            String body = section.getBody() == null ? "" : section.getBody();
            texts[side] = texts[side] == null ? body : texts[side] + "\n" + body;
        }
    }

    private String heading(String key, AnnualReport after, AnnualReport before, boolean english) {
        SectionDef def = find(template.sections(), key);
        if (def != null) {
            return english && def.getHeadingEn() != null ? def.getHeadingEn() : def.getHeading();
        }
        for (AnnualReport report : List.of(after, before)) {
            for (TextSection section : report.getSections()) {
                if (key.equals(section.getKey()) && section.getHeading() != null) {
                    return section.getHeading();
                }
            }
        }
        return key;
    }

    private static SectionDef find(List<SectionDef> defs, String key) {
        for (SectionDef def : defs) {
            if (key.equals(def.getKey())) {
                return def;
            }
            SectionDef sub = find(def.getSubsections(), key);
            if (sub != null) {
                return sub;
            }
        }
        return null;
    }
}
