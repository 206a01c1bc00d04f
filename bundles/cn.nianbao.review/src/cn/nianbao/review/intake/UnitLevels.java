package cn.nianbao.review.intake;

import java.util.Map;
import java.util.Optional;

import cn.nianbao.store.UnitLevel;

/** The words a roster uses for a unit's level, as 公开办 lists write them, mapped to the four levels. */
final class UnitLevels {

    private static final Map<String, UnitLevel> WORDS = Map.ofEntries(
            Map.entry("本级政府", UnitLevel.GOVERNMENT), Map.entry("政府本级", UnitLevel.GOVERNMENT),
            Map.entry("县级政府本级", UnitLevel.GOVERNMENT), Map.entry("市级政府本级", UnitLevel.GOVERNMENT),
            Map.entry("部门", UnitLevel.DEPARTMENT), Map.entry("县直部门", UnitLevel.DEPARTMENT),
            Map.entry("市直部门", UnitLevel.DEPARTMENT), Map.entry("政府部门", UnitLevel.DEPARTMENT),
            Map.entry("乡镇街道", UnitLevel.TOWNSHIP), Map.entry("乡镇", UnitLevel.TOWNSHIP),
            Map.entry("街道", UnitLevel.TOWNSHIP), Map.entry("乡镇/街道", UnitLevel.TOWNSHIP),
            Map.entry("下级政府", UnitLevel.SUBREGION), Map.entry("县区", UnitLevel.SUBREGION),
            Map.entry("县（市、区）", UnitLevel.SUBREGION), Map.entry("区县", UnitLevel.SUBREGION));

    private UnitLevels() {
    }

    static Optional<UnitLevel> of(String word) {
        String w = AgencyNames.plain(word);
        for (UnitLevel level : UnitLevel.values()) {
            if (level.name().equalsIgnoreCase(w)) {
                return Optional.of(level);
            }
        }
        return Optional.ofNullable(WORDS.get(w));
    }

    /** The words accepted, for a message. */
    static String accepted() {
        return "本级政府、部门、乡镇街道、下级政府";
    }
}
