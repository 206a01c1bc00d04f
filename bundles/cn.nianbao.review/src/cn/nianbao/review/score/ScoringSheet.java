package cn.nianbao.review.score;

import java.math.BigDecimal;
import java.util.List;

/**
 * A local 考核细则 read from a rule pack (docs/scoring.md): the items a 公开办 scores its units on, with the
 * findings that deduct from each. Data, never code: a county writes its own pack beside the built-in ones.
 *
 * @param id        the pack's id, e.g. {@code suqian-dept}
 * @param nameZh    the sheet's name as the 公开办 calls it
 * @param nameEn    the same in English
 * @param source    where the items come from (document, address), printed in the 通报
 * @param uncertain what becomes of an uncertain finding; never an automatic deduction
 * @param items     the items in the order of the sheet
 */
public record ScoringSheet(String id, String nameZh, String nameEn, String source, Uncertain uncertain,
        List<SheetItem> items) {

    public ScoringSheet {
        items = List.copyOf(items);
    }

    /** The points a unit has before any deduction: the sum of the items' points. */
    public BigDecimal maximum() {
        return items.stream().map(SheetItem::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }

    /**
     * An uncertain finding (WARNING, INFO, a severity lowered by a scope word, or a deduction the pack marks
     * {@code "auto": false}) goes to a person with the points it would cost, or is left out of the score
     * altogether. A pack cannot make it deduct by itself.
     */
    public enum Uncertain {
        PERSON, OMIT
    }
}
