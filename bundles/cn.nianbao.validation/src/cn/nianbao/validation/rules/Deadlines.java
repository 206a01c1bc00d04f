package cn.nianbao.validation.rules;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;

import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.ReportScope;

/**
 * The statutory deadline of 条例第四十九条 by agency level: 县级以上人民政府部门 publish by 31 January of
 * Y+1, the report of a 县级以上地方人民政府 is published by 31 March. 乡镇/街道 have no statutory date
 * (the local notice decides; 31 January is the common one). Unknown level: 31 March, the later date, so
 * that no ERROR rests on a guess. A stated report scope comes first: the government's report for its area
 * (AREA) is due on 31 March, a body's own report (AGENCY, a government office's say) on 31 January.
 */
final class Deadlines {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Set<AgencyLevel> GOVERNMENTS = Set.of(AgencyLevel.PROVINCIAL_GOV, AgencyLevel.CITY_GOV,
            AgencyLevel.COUNTY_GOV);
    private static final Set<AgencyLevel> DEPARTMENTS = Set.of(AgencyLevel.STATE_COUNCIL_DEPT,
            AgencyLevel.PROVINCIAL_DEPT, AgencyLevel.CITY_DEPT, AgencyLevel.COUNTY_DEPT);

    private Deadlines() {
    }

    static LocalDate statutory(AgencyLevel level, ReportScope scope, int year) {
        if (level != AgencyLevel.TOWNSHIP && scope == ReportScope.AREA) {
            return LocalDate.of(year + 1, 3, 31);
        }
        if (level != AgencyLevel.TOWNSHIP && scope == ReportScope.AGENCY) {
            return LocalDate.of(year + 1, 1, 31);
        }
        if (level != null && (DEPARTMENTS.contains(level) || level == AgencyLevel.TOWNSHIP)) {
            return LocalDate.of(year + 1, 1, 31);
        }
        return LocalDate.of(year + 1, 3, 31);
    }

    /** Whether the deadline rests on a known level, or on a stated scope (a township's never does). */
    static boolean known(AgencyLevel level, ReportScope scope) {
        if (level == AgencyLevel.TOWNSHIP) {
            return false;
        }
        boolean stated = scope == ReportScope.AGENCY || scope == ReportScope.AREA;
        return stated || level != null && (GOVERNMENTS.contains(level) || DEPARTMENTS.contains(level));
    }

    static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(CHINA).toLocalDate();
    }
}
