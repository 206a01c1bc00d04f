package cn.nianbao.io.text;

import java.util.regex.Pattern;

import cn.nianbao.model.report.AgencyLevel;

/**
 * Guesses the administrative level of an agency from its name: the last unit named (省, 市, 区/县, 乡/镇/
 * 街道) sets the level, and whatever follows it (局, 委, 办…) makes it a department of that level.
 * A guess: the editor lets the user correct it.
 */
final class AgencyLevels {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String[] TOWNSHIP = {"街道", "镇", "乡"};
    private static final String[] COUNTY = {"区", "县", "旗"};

    private AgencyLevels() {
    }

    static AgencyLevel guess(String name) {
        String n = SPACES.matcher(name).replaceAll("");
        int township = lastOf(n, TOWNSHIP);
        int county = lastOf(n, COUNTY);
        int city = lastOf(n, "市", "州", "盟");
        int province = Math.max(lastOf(n, "省"), lastOf(n, "自治区"));
        if (township >= 0 && township > Math.max(county, city) && isTownship(n, township)) {
            return AgencyLevel.TOWNSHIP;
        }
        if (province > Math.max(county, city)) {
            return isGovernment(n, province) ? AgencyLevel.PROVINCIAL_GOV : AgencyLevel.PROVINCIAL_DEPT;
        }
        if (county >= 0 && county > city) {
            return isGovernment(n, county) ? AgencyLevel.COUNTY_GOV : AgencyLevel.COUNTY_DEPT;
        }
        if (city >= 0) {
            return isGovernment(n, city) ? AgencyLevel.CITY_GOV : AgencyLevel.CITY_DEPT;
        }
        if (n.startsWith("国务院") || n.startsWith("国家") || n.startsWith("中国") || n.endsWith("部")) {
            return AgencyLevel.STATE_COUNCIL_DEPT;
        }
        return AgencyLevel.OTHER;
    }

    /** Nothing after the unit, or only its government: "宿迁市", "淮安市人民政府". */
    private static boolean isGovernment(String name, int unitEnd) {
        String rest = name.substring(unitEnd + 1);
        return rest.isEmpty() || rest.equals("人民政府") || rest.equals("政府");
    }

    /** 乡 and 镇 also occur inside department names (住房和城乡建设局), so the unit must end the name. */
    private static boolean isTownship(String name, int unitEnd) {
        String rest = name.substring(unitEnd + 1);
        return rest.isEmpty() || rest.startsWith("人民政府") || rest.startsWith("政府") || rest.startsWith("办事处")
                || rest.startsWith("党政");
    }

    /** The index of the last character of the last occurrence of any unit, or -1. */
    private static int lastOf(String name, String... units) {
        int last = -1;
        for (String unit : units) {
            int i = name.lastIndexOf(unit);
            if (i >= 0) {
                last = Math.max(last, i + unit.length() - 1);
            }
        }
        return last;
    }
}
