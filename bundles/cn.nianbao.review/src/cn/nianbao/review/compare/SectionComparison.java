package cn.nianbao.review.compare;

import java.util.List;

/**
 * One text section of both reports, paragraph by paragraph, with the XY-03 similarity of the two texts
 * (Jaccard index of character 4-grams, figures folded, boilerplate left out, as the validator measures it;
 * section 一 with its sub-topics) and whether it reaches
 * the rule's threshold (a text copied from last year).
 */
public record SectionComparison(String key, String heading, String headingEn, double similarity, boolean copied,
        List<ParagraphPair> paragraphs) {

    public SectionComparison {
        paragraphs = List.copyOf(paragraphs);
    }

    public long differences() {
        return paragraphs.stream().filter(ParagraphPair::isDifference).count();
    }
}
