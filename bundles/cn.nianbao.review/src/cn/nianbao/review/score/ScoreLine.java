package cn.nianbao.review.score;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;

/**
 * One line of a unit's score with its evidence: the item, the finding (rule, severity, cells, the finding's
 * message, which quotes the sentence for a prose rule), and the points taken, or proposed to a person.
 *
 * @param points for {@link Treatment#DEDUCTED} the points taken (0 once the item's cap is reached or a
 *               once-only deduction was taken already); for {@link Treatment#PERSON} the points the sheet
 *               would take if the person confirms; null for an item only a person can score
 * @param ruleId null for an item without findings (scored by a person from outside records)
 */
public record ScoreLine(String itemId, String itemZh, String itemEn, String ruleId, Severity severity,
        List<CellAddress> cells, String evidenceZh, String evidenceEn, BigDecimal points, Treatment treatment,
        Reason reason) {

    public ScoreLine {
        cells = List.copyOf(cells);
    }

    public String item(boolean chinese) {
        return chinese ? itemZh : itemEn;
    }

    public String evidence(boolean chinese) {
        return chinese ? evidenceZh : evidenceEn;
    }

    public enum Treatment {
        DEDUCTED, PERSON
    }

    /** Why a line deducts nothing, or goes to a person; the keys name texts of ReviewText. */
    public enum Reason {
        /** deducted as the sheet says */
        RULE("score.reason.rule"),
        /** a WARNING or INFO, or a severity a scope word lowered: a person judges */
        UNCERTAIN("score.reason.uncertain"),
        /** the pack says a person decides ("auto": false) */
        NOT_AUTOMATIC("score.reason.notAutomatic"),
        /** the item's cap was reached */
        CAPPED("score.reason.capped"),
        /** a once-only deduction was taken by an earlier finding */
        ONCE("score.reason.once"),
        /** an item no finding can score */
        MANUAL("score.reason.manual");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
