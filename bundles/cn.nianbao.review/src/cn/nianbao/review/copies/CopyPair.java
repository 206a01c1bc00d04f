package cn.nianbao.review.copies;

/**
 * Two units whose text of one section is the same or nearly so. {@code similarity} is the Jaccard index of the
 * 4-grams once boilerplate, the units' own names, figures and punctuation are left out (1.0: the same text but
 * for those); {@code sample} is the longest passage they share, as it reads in unit A's comparable text (its
 * own names shown as {@link UnitNames#MARK}, figures as '#').
 */
public record CopyPair(String unitA, String sourceA, String unitB, String sourceB, String section, String headingZh,
        String headingEn, double similarity, String sample) {

    public String heading(boolean chinese) {
        return chinese || headingEn == null ? headingZh : headingEn;
    }
}
