package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/**
 * PLA-04, the part that needs no gazetteer: the body the preamble says compiled the report ("本报告由…编制")
 * or to contact ("请与…联系") lies in the filer's area. A report copied from another unit keeps the other
 * unit's name there (威海 with 宜宾's text, review.md E4). The body is taken to lie in the filer's area when
 * it names one of the places (…省/市/区/县/镇/乡/街道/旗/盟) of the filer's name, so the superior's name
 * before it is fine (淮安市洪泽区人民政府办公室 for 洪泽区人民政府). A filer whose name names no place, or a
 * body that names none, is not judged. Place names of other bodies anywhere in the text (the gazetteer half
 * of PLA-04) are not checked yet.
 */
public final class OtherBodyRule implements CodedRule {

    private static final Pattern BODY = Pattern.compile("(?:由|请与|请联系|联系单位为?)([\\p{IsHan}]{4,30}?)(?:根据|依据|按照|负责|编制|联系)");
    private static final Pattern PLACE = Pattern.compile("[\\p{IsHan}]{1,7}?(?:自治州|自治县|街道|省|市|区|县|镇|乡|旗|盟)");

    @Override
    public String ruleId() {
        return "PLA-04";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        String preamble = context.prose().preamble();
        String agency = context.report().getAgencyName();
        if (preamble.isEmpty() || agency == null || preamble.indexOf('由') < 0 && preamble.indexOf('联') < 0) {
            return List.of();
        }
        List<String> own = places(agency.replaceAll("\\s+", ""));
        if (own.isEmpty()) {
            return List.of();
        }
        Set<String> others = new LinkedHashSet<>();
        Matcher body = BODY.matcher(preamble);
        while (body.find()) {
            String name = body.group(1);
            if (!places(name).isEmpty() && own.stream().noneMatch(name::contains)) {
                others.add(name);
            }
        }
        if (others.isEmpty()) {
            return List.of();
        }
        String names = String.join("、", others);
        return List.of(context.diagnostic(ruleId(), List.of(), agency, names, context.text("pla04", names, agency)));
    }

    private static List<String> places(String name) {
        List<String> places = new ArrayList<>();
        Matcher m = PLACE.matcher(name);
        while (m.find()) {
            places.add(m.group());
        }
        return places;
    }
}
