package cn.nianbao.review.score;

import java.math.BigDecimal;
import java.util.List;

/**
 * The score of one unit's report on one sheet: the points kept, the deductions with their evidence, and
 * apart from them what a person has to judge before the score is final.
 */
public record UnitScore(String source, String agency, int year, String sheetId, BigDecimal maximum, BigDecimal score,
        List<ScoreLine> deductions, List<ScoreLine> forPerson) {

    public UnitScore {
        deductions = List.copyOf(deductions);
        forPerson = List.copyOf(forPerson);
    }

    /** The points taken automatically. */
    public BigDecimal deducted() {
        return maximum.subtract(score);
    }
}
