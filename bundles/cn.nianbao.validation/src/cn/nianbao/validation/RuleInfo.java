package cn.nianbao.validation;

import cn.nianbao.model.catalogue.Severity;

/**
 * One rule of a template as a user sees it in {@code nianbao rules}.
 *
 * @param table       the table it concerns (T2, T3, T4), or null
 * @param formula     the identity for a formula rule, or null
 * @param implemented whether this version of the validator checks it (formula rules always are)
 * @param handling    "formula", "code", or for a rule that raises no findings by design "design note" /
 *                    "checklist"; null when not implemented
 */
public record RuleInfo(String id, Severity severity, String table, String formula, String descriptionZh,
        String descriptionEn, boolean implemented, String handling) {

    public RuleInfo(String id, Severity severity, String table, String formula, String descriptionZh,
            String descriptionEn, boolean implemented) {
        this(id, severity, table, formula, descriptionZh, descriptionEn, implemented,
                implemented ? (formula != null ? "formula" : "code") : null);
    }
}
