package cn.nianbao.validation;

import cn.nianbao.model.catalogue.Severity;

/**
 * One rule of a template as a user sees it in {@code nianbao rules}.
 *
 * @param table       the table it concerns (T2, T3, T4), or null
 * @param formula     the identity for a formula rule, or null
 * @param implemented whether this version of the validator checks it (formula rules always are)
 */
public record RuleInfo(String id, Severity severity, String table, String formula, String descriptionZh,
        String descriptionEn, boolean implemented) {
}
