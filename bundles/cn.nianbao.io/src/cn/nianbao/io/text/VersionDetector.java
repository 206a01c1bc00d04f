package cn.nianbao.io.text;

import java.util.List;

import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.report.TemplateVersion;

/**
 * Tells the 2019 试行 format from the 2021 one by the layout: the column headers of table 二 differ
 * completely; failing that, only the 2021 table 三 splits （六） into 逾期不补正 / 缴纳费用 / 其他. The year
 * decides only when the tables say nothing (a 2022 report printed on the 2019 layout is a finding for the
 * validation, not a reason to misread it).
 */
final class VersionDetector {

    private static final List<String> T2_2019 = List.of("本年新制作", "本年新公开", "对外公开总数", "上一年项目数量", "政府集中采购",
            "采购项目数量", "其他对外管理服务事项");
    private static final List<String> T2_2021 = List.of("本年制发件数", "本年废止", "现行有效", "本年收费金额", "本年处理决定数量");
    private static final List<String> T3_2021 = List.of("逾期不补正", "缴纳费用", "逾期不缴费", "逾期未按收费通知");

    private VersionDetector() {
    }

    /** The version, or null when the layout does not tell and the year must decide. */
    static TemplateVersion fromLayout(String table2, String table3) {
        String t2 = LabelLocator.compact(table2);
        long old = T2_2019.stream().filter(t2::contains).count();
        long current = T2_2021.stream().filter(t2::contains).count();
        if (old > current) {
            return TemplateVersion.V2019_TRIAL;
        }
        if (current > old) {
            return TemplateVersion.V2021;
        }
        String t3 = LabelLocator.compact(table3);
        return T3_2021.stream().anyMatch(t3::contains) ? TemplateVersion.V2021 : null;
    }

    static TemplateVersion fromYear(int year) {
        return FormatCatalogue.versionForYear(year);
    }
}
