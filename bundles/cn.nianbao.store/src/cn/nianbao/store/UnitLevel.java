package cn.nianbao.store;

import java.time.MonthDay;

/**
 * The kind of a unit on a region's roster, which decides its deadline and the member set it counts in:
 * the government's own report of the whole region (本级政府, the aggregate itself, due 3-31), its
 * departments (部门, including the 政府办公室 reporting as a department), townships and streets (乡镇街道)
 * and, for a city, its counties and districts (下级政府), whose own area reports are members of the region.
 */
public enum UnitLevel {
    GOVERNMENT("本级政府", MonthDay.of(3, 31)),
    DEPARTMENT("部门", MonthDay.of(1, 31)),
    TOWNSHIP("乡镇街道", MonthDay.of(1, 31)),
    SUBREGION("下级政府", MonthDay.of(3, 31));

    private final String labelZh;
    private final MonthDay statutoryDue;

    UnitLevel(String labelZh, MonthDay statutoryDue) {
        this.labelZh = labelZh;
        this.statutoryDue = statutoryDue;
    }

    public String labelZh() {
        return labelZh;
    }

    /** The national deadline in the year after the report year (format.md); a roster may set its own. */
    public MonthDay statutoryDue() {
        return statutoryDue;
    }
}
