package cn.nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.Set;

import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.catalogue.ValueKind;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.validation.support.CellValue;
import cn.nianbao.validation.support.RuleContext;

/**
 * TYP-02: the fee amount of table 二 (本年收费金额, in 万元) is a number of 0 or more with no unit in the cell
 * (the unit is in the column header): text or a negative number is the catalogue's ERROR. Real reports print
 * 万元 to the fen and beyond (24252.311082), so decimals are no error: more than the catalogue's
 * {@code maxDecimals} (six, finer than a fen) is a WARNING. An amount of the catalogue's {@code threshold}
 * (10,000 万元) or more from a township or a department is an INFO: it was very likely typed in 元.
 */
public final class AmountTypeRule extends CellKindRule {

    private static final String TOO_FINE = "typ02.decimals";
    private static final String TOO_LARGE = "typ02.large";
    private static final Set<AgencyLevel> SMALL_BODIES = Set.of(AgencyLevel.TOWNSHIP, AgencyLevel.COUNTY_DEPT,
            AgencyLevel.CITY_DEPT, AgencyLevel.PROVINCIAL_DEPT, AgencyLevel.STATE_COUNCIL_DEPT);

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
        BigDecimal number = value.number();
        if (number.signum() < 0) {
            return "typ02.negative";
        }
        // stripping trailing zeros only lowers the scale: a whole number needs neither the limit nor a stripped copy
        if (number.scale() > 0) {
            int maxDecimals = context.maxDecimals();
            if (maxDecimals >= 0 && number.scale() > maxDecimals && number.stripTrailingZeros().scale() > maxDecimals) {
                return TOO_FINE;
            }
        }
        if (!SMALL_BODIES.contains(context.report().getAgencyLevel())) {
            return null;
        }
        double limit = limit(context);
        return limit >= 0 && number.compareTo(BigDecimal.valueOf(limit)) >= 0 ? TOO_LARGE : null;
    }

    @Override
    protected Severity severity(String problem, RuleContext context) {
        return switch (problem) {
            case TOO_FINE -> Severity.WARNING;
            case TOO_LARGE -> Severity.INFO;
            default -> context.severity(ruleId());
        };
    }

    @Override
    protected String detail(String problem, RuleContext context) {
        return switch (problem) {
            case TOO_FINE -> String.valueOf(context.template().maxDecimals());
            case TOO_LARGE -> BigDecimal.valueOf(limit(context)).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }

    private double limit(RuleContext context) {
        RuleDef rule = context.template().rule(ruleId());
        return rule == null ? -1 : rule.getThreshold();
    }
}
