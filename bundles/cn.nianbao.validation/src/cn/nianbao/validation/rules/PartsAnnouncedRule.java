package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.prose.ChineseNumber;
import cn.nianbao.validation.support.RuleContext;

/**
 * STR-01b: what the preamble announces ("本报告由总体情况、…和其他需要报告的事项六部分组成", "分为五项内容") against the
 * sections found. Two real defects (review.md E6): a preamble announcing five parts of a six-part report, and
 * one saying "六部分" while it lists five. A part counts as listed when the list names one of its catalogue
 * keywords. The sections themselves are STR-01's business; this rule reads only the preamble.
 */
public final class PartsAnnouncedRule implements CodedRule {

    private static final Pattern ANNOUNCED = Pattern.compile("(?:由|包括|包含|分为|分成|共)([^。；]{0,160}?)等?([一二三四五六七八九十\\d])个?(?:部分|项内容|方面内容)");

    @Override
    public String ruleId() {
        return "STR-01b";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        String preamble = context.prose().preamble();
        if (!preamble.contains("部分") && !preamble.contains("项内容") && !preamble.contains("方面内容")) {
            return List.of();
        }
        Matcher m = ANNOUNCED.matcher(preamble);
        if (!m.find()) {
            return List.of();
        }
        long announced = ChineseNumber.count(m.group(2));
        List<SectionDef> required = context.template().sections();
        List<String> present = new ArrayList<>();
        for (TextSection section : context.report().getSections()) {
            if (required.stream().anyMatch(s -> s.getKey().equals(section.getKey())) && !present.contains(section.getKey())) {
                present.add(section.getKey());
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        String said = m.group();
        if (announced != present.size()) {
            diagnostics.add(context.diagnostic(ruleId(), List.of(), String.valueOf(present.size()), String.valueOf(announced),
                    context.text("str01b.count", said, String.valueOf(announced), present.size())));
        }
        String list = m.group(1);
        if (list.indexOf('、') >= 0) {
            List<SectionDef> unnamed = required.stream().filter(s -> present.contains(s.getKey()))
                    .filter(s -> s.getKeywords().stream().noneMatch(list::contains)).toList();
            if (!unnamed.isEmpty()) {
                String zh = String.join("；", unnamed.stream().map(SectionDef::getHeading).toList());
                String en = String.join("; ", unnamed.stream().map(s -> s.getHeadingEn() == null ? s.getKey() : s.getHeadingEn()).toList());
                diagnostics.add(context.diagnostic(ruleId(), List.of(), null, said,
                        new cn.nianbao.validation.support.Messages.Text(context.messages().zh("str01b.list", said, zh),
                                context.messages().en("str01b.list", said, en))));
            }
        }
        return diagnostics;
    }
}
