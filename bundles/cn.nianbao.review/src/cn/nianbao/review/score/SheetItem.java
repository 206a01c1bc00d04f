package cn.nianbao.review.score;

import java.math.BigDecimal;
import java.util.List;

/**
 * One item of a scoring sheet (e.g. SQ-DEP-A-005): what it is worth, the most its deductions may take
 * (null: no cap, as for the 宿迁 per-case items that deduct from the whole score), and what deducts.
 * An item without deductions is one only a person can score (a 通报 by the 省政府办公厅 is not in a report).
 */
public record SheetItem(String id, String titleZh, String titleEn, BigDecimal points, BigDecimal cap,
        List<SheetDeduction> deductions) {

    public SheetItem {
        deductions = List.copyOf(deductions);
    }

    public String title(boolean chinese) {
        return chinese ? titleZh : titleEn;
    }
}
