package cn.nianbao.validation.rules;

import cn.nianbao.model.catalogue.ValueKind;
import cn.nianbao.validation.support.CellValue;
import cn.nianbao.validation.support.RuleContext;

/**
 * TYP-02: the fee amount of table 二 (本年收费金额, in 万元) is a number of 0 or more with at most the
 * decimals the catalogue's rule allows (four), and the cell carries no unit: the unit is in the column header. 0.16 is a valid amount.
 */
public final class AmountTypeRule extends CellKindRule {

    @Override
    public String ruleId() {
        return "TYP-02";
    }

    @Override
    protected boolean covers(ValueKind kind) {
        return kind == ValueKind.AMOUNT;
    }

    @Override
    protected String problem(CellValue value, ValueKind kind, RuleContext context) {
        if (value.kind() == CellValue.Kind.TEXT) {
            return "typ02.text";
        }
        if (!value.isNumber()) {
            return null;
        }
        if (value.number().signum() < 0) {
            return "typ02.negative";
        }
        int maxDecimals = context.template().maxDecimals();
        boolean tooFine = maxDecimals >= 0 && value.number().stripTrailingZeros().scale() > maxDecimals;
        return tooFine ? "typ02.decimals" : null;
    }
}
