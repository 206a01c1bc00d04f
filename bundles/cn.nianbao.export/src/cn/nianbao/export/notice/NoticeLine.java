package cn.nianbao.export.notice;

import java.math.BigDecimal;

/**
 * One finding of a unit in a 通报.
 *
 * @param item      the sheet's item, e.g. SQ-DEP-A-005 及时规范…
 * @param rule      the rule id, or null for an item only a person can score
 * @param evidence  the finding in words, with the cells or the sentence it concerns
 * @param points    the points taken (or, for a person, proposed); null when there are none to name
 * @param forPerson true when a person decides before anything is deducted
 * @param treatment how the line was treated, in words
 * @param remedy    the standard 整改建议 for the rule, or null
 */
public record NoticeLine(String item, String rule, String evidence, BigDecimal points, boolean forPerson,
        String treatment, String remedy) {
}
