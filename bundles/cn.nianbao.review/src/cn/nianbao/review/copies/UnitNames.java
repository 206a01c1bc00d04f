package cn.nianbao.review.copies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a unit calls itself in its own report, taken from its agency name: the full name and each place
 * of the name (宿迁市, 宿城区, also without its level: 宿迁, 宿城). A report copied from another unit's with only
 * these names changed reads the same once both units' names are replaced by one {@link #MARK}. What follows
 * the places (人民政府, 政府, 科学技术局) is not replaced on its own: such words also stand in running text
 * (政府信息公开), and replacing them in one unit's text and not in another's would hide a copy.
 */
public final class UnitNames {

    /** Stands for any of the unit's own names in a text (a private-use character: no report has it). */
    public static final char MARK = '\uE000';

    /** A place at the start of a name: a few characters and an administrative level, at most three in a row. */
    private static final Pattern PLACE = Pattern.compile(
            "\\G([\\p{IsHan}]{1,8}?)(特别行政区|自治区|自治州|自治县|自治旗|地区|街道|省|市|州|盟|县|区|旗|镇|乡)");
    private static final int MAX_PLACES = 3;
    private static final int MIN_NAME = 2;

    private final List<String> names;

    private UnitNames(List<String> names) {
        this.names = names;
    }

    public static UnitNames of(String agency) {
        String name = agency == null ? "" : agency.strip();
        Set<String> names = new LinkedHashSet<>();
        add(names, name);
        Matcher place = PLACE.matcher(name);
        for (int found = 0; found < MAX_PLACES && place.find(); found++) {
            add(names, place.group());
            add(names, place.group(1));
        }
        List<String> longestFirst = new ArrayList<>(names);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return new UnitNames(longestFirst);
    }

    private static void add(Set<String> names, String name) {
        if (name.length() >= MIN_NAME) {
            names.add(name);
        }
    }

    /** The names, longest first. */
    public List<String> names() {
        return names;
    }

    /** The text with each of the names replaced by one {@link #MARK} (a run of names by one mark). */
    public String neutralise(String text) {
        String result = text;
        for (String name : names) {
            if (result.contains(name)) {
                result = result.replace(name, String.valueOf(MARK));
            }
        }
        String twice = String.valueOf(MARK) + MARK;
        while (result.contains(twice)) {
            result = result.replace(twice, String.valueOf(MARK));
        }
        return result;
    }
}
