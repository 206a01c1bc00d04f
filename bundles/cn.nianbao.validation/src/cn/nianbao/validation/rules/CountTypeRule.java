package cn.nianbao.validation.rules;

import java.math.BigDecimal;

import cn.nianbao.model.catalogue.ValueKind;
import cn.nianbao.validation.support.CellValue;
import cn.nianbao.validation.support.RuleContext;

/**
 * TYP-01: count cells hold whole numbers, 0 or more (a signed count of the 2019 format may be negative).
 * Blank and "/" are TYP-03's business, amounts TYP-02's; money with a unit (2019 procurement) is TYP-04's.
 */
public final class CountTypeRule extends CellKindRule {

    @Override
    public String ruleId() {
        return "TYP-01";
    }

    @Override
    protected boolean covers(ValueKind kind) {
        return kind == ValueKind.COUNT || kind == ValueKind.SIGNED_COUNT;
    }

    @Override
    protected String problem(CellValue value, ValueKind kind, RuleContext context) {
        if (value.kind() == CellValue.Kind.TEXT) {
            return "typ01.text";
        }
        if (!value.isNumber()) {
            return null;
        }
        BigDecimal number = value.number();
        // stripping trailing zeros only lowers the scale: a scale of 0 or less needs no stripped copy
        if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
            return "typ01.fraction";
        }
        return kind != ValueKind.SIGNED_COUNT && number.signum() < 0 ? "typ01.negative" : null;
    }
}
