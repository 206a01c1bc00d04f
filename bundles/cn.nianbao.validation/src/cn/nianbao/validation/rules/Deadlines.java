package cn.nianbao.validation.rules;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;

import cn.nianbao.model.report.AgencyLevel;

/**
 * The statutory deadline of 条例第四十九条 by agency level: 县级以上人民政府部门 publish by 31 January of
 * Y+1, the report of a 县级以上地方人民政府 is published by 31 March. 乡镇/街道 have no statutory date
 * (the local notice decides; 31 January is the common one). Unknown level: 31 March, the later date, so
 * that no ERROR rests on a guess.
 */
final class Deadlines {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Set<AgencyLevel> GOVERNMENTS = Set.of(AgencyLevel.PROVINCIAL_GOV, AgencyLevel.CITY_GOV,
            AgencyLevel.COUNTY_GOV);
    private static final Set<AgencyLevel> DEPARTMENTS = Set.of(AgencyLevel.STATE_COUNCIL_DEPT,
            AgencyLevel.PROVINCIAL_DEPT, AgencyLevel.CITY_DEPT, AgencyLevel.COUNTY_DEPT);

    private Deadlines() {
    }

    static LocalDate statutory(AgencyLevel level, int year) {
        if (level != null && (DEPARTMENTS.contains(level) || level == AgencyLevel.TOWNSHIP)) {
            return LocalDate.of(year + 1, 1, 31);
        }
        return LocalDate.of(year + 1, 3, 31);
    }

    static boolean known(AgencyLevel level) {
        return level != null && (GOVERNMENTS.contains(level) || DEPARTMENTS.contains(level));
    }

    static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(CHINA).toLocalDate();
    }
}
