package cn.nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.TemplateVersion;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/**
 * XS-04: section 六 reports the 信息处理费 (an amount, "0元", "未收取"…). Silent while table 三 counts
 * requests dropped for fees not paid (三（六）2 &gt; 0) is an ERROR: the agency issued fee notices. Stated
 * elsewhere but not in 六: INFO. A 2019-format report predates the fee rules of 2020-11: INFO at most.
 * A report without a section 六 at all is STR-01's (ERROR).
 */
public final class FeeReportRule implements CodedRule {

    private static final Pattern FEE = Pattern.compile("信息处理费|处理费|(未|没有|无|不)收取.{0,12}费|收取.{0,15}费|收费");
    /** The catalogue role of 三（六）2, requests dropped because a fee notice was not paid. */
    private static final String FEE_UNPAID = "feeUnpaid";

    /** The longest match of {@link #FEE} ("没有收取" and 12 characters before 费 is 17; "收取", 15 and 费 is 18). */
    private static final int LONGEST_FEE = 18;

    /**
     * Whether {@link #FEE} occurs: every match ends with 费, so the search starts where a match ending at the
     * first 费 could begin, and a text without 费 is not searched.
     */
    static boolean mentionsFees(String text) {
        int fee = text.indexOf('费');
        return fee >= 0 && FEE.matcher(text).region(Math.max(0, fee + 1 - LONGEST_FEE), text.length()).find();
    }

    @Override
    public String ruleId() {
        return "XS-04";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        if (!context.prose().has("S6") || mentionsFees(context.prose().section("S6"))) {
            return List.of();
        }
        List<CellAddress> feeCells = feeCells(context);
        Severity severity;
        String key;
        if (context.report().getTemplateVersion() == TemplateVersion.V2019_TRIAL) {
            severity = Severity.INFO;
            key = "xs04.silent";
        } else if (!feeCells.isEmpty()) {
            severity = Severity.ERROR;
            key = "xs04.notices";
        } else if (context.prose().all().contains("信息处理费")) {
            severity = Severity.INFO;
            key = "xs04.elsewhere";
        } else {
            severity = context.severity(ruleId());
            key = "xs04.silent";
        }
        String count = feeCells.isEmpty() ? "0" : context.cells().value(feeCells.get(0)).printed();
        return List.of(context.diagnostic(ruleId(), severity, feeCells, null, null, context.text(key, count)));
    }

    /** The cells of 三（六）2 that are above 0, 总计 first. */
    private static List<CellAddress> feeCells(RuleContext context) {
        List<CellAddress> cells = new ArrayList<>();
        TableLayout table = context.template().tableWithRole(FEE_UNPAID);
        if (table == null || table.rowsOfRole(FEE_UNPAID).size() != 1) {
            return cells;
        }
        RowDef row = table.rowsOfRole(FEE_UNPAID).get(0);
        for (var column : table.columnsOf(row).reversed()) {
            CellAddress cell = new CellAddress(table.id(), row.getId(), column.getId());
            if (context.cells().number(cell).compareTo(BigDecimal.ZERO) > 0) {
                cells.add(cell);
            }
        }
        return cells;
    }
}
