package cn.nianbao.review.rollup;

import java.util.Set;

import cn.nianbao.store.UnitLevel;

/**
 * The two totals a government reports (review.md §5, AGG-01): 本级 is its departments (the 政府办公室
 * reporting as one of them); 本行政区域 adds its townships and streets and the area reports of its counties
 * and districts. The government's own area report is the aggregate itself, never a member.
 */
public enum MemberSet {
    LOCAL(Set.of(UnitLevel.DEPARTMENT)),
    REGION(Set.of(UnitLevel.DEPARTMENT, UnitLevel.TOWNSHIP, UnitLevel.SUBREGION));

    private final Set<UnitLevel> levels;

    MemberSet(Set<UnitLevel> levels) {
        this.levels = levels;
    }

    public boolean includes(UnitLevel level) {
        return levels.contains(level);
    }
}
