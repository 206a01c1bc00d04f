package cn.nianbao.store;

/** One unit of a region's roster (统计范围单位名单): its name, level, the unit above it and a contact. */
public record RosterUnit(String name, UnitLevel level, String parent, String contact) {
}
