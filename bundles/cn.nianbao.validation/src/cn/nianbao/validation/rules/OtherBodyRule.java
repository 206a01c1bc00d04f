package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.prose.ProseView;
import cn.nianbao.validation.support.RuleContext;

/**
 * PLA-04, the part that needs no gazetteer: the body the preamble says compiled the report ("本报告由…编制")
 * or to contact ("请与…联系") lies in the filer's area. A report copied from another unit keeps the other
 * unit's name there (威海 with 宜宾's text, review.md E4). The body is taken to lie in the filer's area when
 * it names one of the places (…省/市/区/县/镇/乡/街道/旗/盟) of the filer's name, so the superior's name
 * before it is fine (淮安市洪泽区人民政府办公室 for 洪泽区人民政府). A filer whose name names no place, or a
 * body that names none, is not judged. The other half: the areas the text names, looked up in the
 * {@link Gazetteer}, are the filer's, above it or within it; a filer the gazetteer does not know is not
 * judged.
 */
public final class OtherBodyRule implements CodedRule {

    private static final Pattern BODY = Pattern.compile("(?:由|请与|请联系|联系单位为?)([\\p{IsHan}]{4,30}?)(?:根据|依据|按照|负责|编制|联系)");
    private static final int CONTEXT = 12;
    /**
     * A county of one character and its suffix (范县, 息县, 理县, 高县) is searched in the filer's name only: in
     * prose those two characters are mostly the end of one word and the start of the next (示范县, 信息县级,
     * 管理县域, 提高县级).
     */
    private static final int MIN_NAME_IN_TEXT = 3;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** The last characters of every suffix of {@link #SUFFIXES}: a name without any of them names no place. */
    private static final String SUFFIX_ENDS = "州县道省市区镇乡旗盟";
    /**
     * A place is [\\p{IsHan}]{1,7}? and one of these suffixes, tried in this order (what the regex
     * "[\\p{IsHan}]{1,7}?(?:自治州|自治县|街道|省|市|区|县|镇|乡|旗|盟)" matches, read by hand: see {@link #placeFrom}).
     */
    /** The first characters of {@link #SUFFIXES}. */
    private static final String SUFFIX_STARTS = "自街省市区县镇乡旗盟";
    private static final List<String> SUFFIXES = List.of("自治州", "自治县", "街道", "省", "市", "区", "县", "镇", "乡", "旗", "盟");

    @Override
    public String ruleId() {
        return "PLA-04";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        String agency = context.report().getAgencyName();
        if (agency == null) {
            return List.of();
        }
        String compact = WHITESPACE.matcher(agency).replaceAll("");
        Diagnostic body = otherBody(context, agency, compact);
        // the places of a body already reported are not reported again
        Diagnostic places = otherPlaces(context, agency, compact, body == null ? "" : body.actual());
        if (body == null) {
            return places == null ? List.of() : List.of(places);
        }
        return places == null ? List.of(body) : List.of(body, places);
    }

    private Diagnostic otherBody(RuleContext context, String agency, String compact) {
        String preamble = context.prose().preamble();
        if (preamble.isEmpty() || preamble.indexOf('由') < 0 && preamble.indexOf('联') < 0) {
            return null;
        }
        List<String> own = places(compact);
        if (own.isEmpty()) {
            return null;
        }
        Set<String> others = new LinkedHashSet<>();
        Matcher body = BODY.matcher(preamble);
        for (int from = 0; nextBody(body, preamble, from); from = body.end()) {
            String name = body.group(1);
            if (!places(name).isEmpty() && own.stream().noneMatch(name::contains)) {
                others.add(name);
            }
        }
        if (others.isEmpty()) {
            return null;
        }
        String names = String.join("、", others);
        return context.diagnostic(ruleId(), List.of(), agency, names, context.text("pla04", names, agency));
    }

    /**
     * Areas the text names (preamble and sections, by the gazetteer) that are neither the filer's own, nor one
     * it belongs to, nor one within it: 宿迁市's report may name 江苏省 and 宿城区, not 淮安市.
     */
    private Diagnostic otherPlaces(RuleContext context, String agency, String compact, String reported) {
        Gazetteer places = Gazetteer.places();
        Gazetteer.Area own = ownArea(places, compact);
        if (own == null) {
            return null;
        }
        List<String> others = new ArrayList<>();
        for (String name : context.prose().derived(OtherBodyRule.class, view -> namesIn(places, view))) {
            if (!reported.contains(name) && places.named(name).stream().noneMatch(area -> area.within(own) || own.within(area))) {
                others.add(name);
            }
        }
        if (others.isEmpty()) {
            return null;
        }
        String text = textOf(context.prose());
        int at = text.indexOf(others.get(0));
        String excerpt = text.substring(Math.max(0, at - CONTEXT), Math.min(text.length(), at + others.get(0).length() + CONTEXT));
        String names = String.join("、", others);
        return context.diagnostic(ruleId(), List.of(), own.name(), names, context.text("pla04.places", names, agency, excerpt));
    }

    /**
     * The names of {@link #textOf}, read from the preamble and the sections apart instead of from a copy of
     * both: no name holds the 。 that joins them, so the names and their order are the same.
     */
    private static Set<String> namesIn(Gazetteer places, ProseView view) {
        Set<String> names = new LinkedHashSet<>(places.namesIn(view.preamble(), MIN_NAME_IN_TEXT));
        names.addAll(places.namesIn(view.all(), MIN_NAME_IN_TEXT));
        return names;
    }

    private static String textOf(ProseView prose) {
        return prose.preamble() + "。" + prose.all();
    }

    /**
     * The filer's area: the last area its name names ("淮安市洪泽区人民政府": 洪泽区), told apart by the one
     * named before it where the name stands for several; null when the gazetteer does not know it or cannot
     * tell which it is.
     */
    private static Gazetteer.Area ownArea(Gazetteer places, String agency) {
        Gazetteer.Area own = null;
        for (String name : places.namesIn(agency)) {
            Gazetteer.Area above = own;
            List<Gazetteer.Area> fitting = places.named(name).stream()
                    .filter(area -> above == null || area.within(above)).toList();
            if (fitting.size() != 1) {
                return null;
            }
            own = fitting.get(0);
        }
        return own;
    }

    /**
     * The first match of {@link #BODY} from {@code from}, as {@code find()} gives it, tried only where a match
     * can begin (由, 请, 联).
     */
    private static boolean nextBody(Matcher body, String preamble, int from) {
        for (int at = from; at < preamble.length(); at++) {
            char c = preamble.charAt(at);
            if (c == '由' || c == '请' || c == '联') {
                body.region(at, preamble.length());
                if (body.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The places the name names, one after the other, as the regex of {@link #SUFFIXES} finds them. */
    static List<String> places(String name) {
        List<String> places = new ArrayList<>();
        if (!endsAPlace(name)) {
            return places;
        }
        for (int from = 0; from < name.length();) {
            int end = placeFrom(name, from);
            if (end < 0) {
                from++;
            } else {
                places.add(name.substring(from, end));
                from = end;
            }
        }
        return places;
    }

    /**
     * The end of the place that the regex of {@link #SUFFIXES} matches at {@code start}: the fewest Han characters (one to
     * seven) followed by the first suffix that fits; -1 when none.
     */
    private static int placeFrom(String name, int start) {
        int at = start;
        for (int han = 1; han <= 7 && at < name.length(); han++) {
            int c = name.codePointAt(at);
            if (!isHan(c)) {
                return -1;
            }
            at += Character.charCount(c);
            if (at >= name.length() || SUFFIX_STARTS.indexOf(name.charAt(at)) < 0) {
                continue;
            }
            for (String suffix : SUFFIXES) {
                if (name.startsWith(suffix, at)) {
                    return at + suffix.length();
                }
            }
        }
        return -1;
    }

    private static boolean isHan(int c) {
        // the common ideographs without the script table's search; \p{IsHan} for the rest
        return (c >= '\u4e00' && c <= '\u9fef') || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean endsAPlace(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (SUFFIX_ENDS.indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
