package cn.nianbao.io.text;

import java.util.regex.Pattern;

import cn.nianbao.model.report.ReportScope;

/**
 * Whose work a report covers, where its title says so. "宿迁市2023年政府信息公开工作年度报告" names only the
 * area: the government's report for the whole area (AREA). "宿迁市人民政府办公室2024年…" names the
 * government's office: that body's own report, a department's (AGENCY). A government's name
 * ("淮安市人民政府"), a department's or a township's leaves the scope unstated: the agency level decides,
 * as it always has.
 */
final class ReportScopes {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String[] AREA_UNITS = {"省", "自治区", "市", "州", "盟", "区", "县", "旗"};
    private static final String[] GOVERNMENT_OFFICES = {"人民政府办公室", "人民政府办公厅", "政府办公室", "政府办公厅"};

    private ReportScopes() {
    }

    static ReportScope infer(String agency) {
        String name = SPACES.matcher(agency).replaceAll("");
        for (String office : GOVERNMENT_OFFICES) {
            if (name.endsWith(office) && name.length() > office.length()) {
                return ReportScope.AGENCY;
            }
        }
        for (String unit : AREA_UNITS) {
            if (name.endsWith(unit) && name.length() > unit.length()) {
                return ReportScope.AREA;
            }
        }
        return ReportScope.UNSTATED;
    }
}
