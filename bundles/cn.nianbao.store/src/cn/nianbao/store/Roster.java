package cn.nianbao.store;

import java.time.MonthDay;
import java.util.List;

/**
 * A region's roster with its local deadlines: the units whose reports the region's 公开办 collects, and the
 * dates (in the year after the report year) by which departments and townships ({@code unitDue}) and the
 * government's own area report ({@code governmentDue}) are due. A region's dates may be earlier than the
 * national ones (e.g. 怀化: counties collect by 2-20).
 */
public record Roster(String region, List<RosterUnit> units, MonthDay unitDue, MonthDay governmentDue) {

    public Roster {
        units = List.copyOf(units);
    }

    /** The deadline of a unit of this level, in the year after {@code reportYear}. */
    public java.time.LocalDate due(UnitLevel level, int reportYear) {
        MonthDay day = level == UnitLevel.GOVERNMENT || level == UnitLevel.SUBREGION ? governmentDue : unitDue;
        return day.atYear(reportYear + 1);
    }
}
