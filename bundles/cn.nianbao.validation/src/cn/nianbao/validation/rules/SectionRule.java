package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.Messages;
import cn.nianbao.validation.support.Messages.Text;
import cn.nianbao.validation.support.RuleContext;

/**
 * STR-01: the six parts the regulation requires (条例第五十条) are all there and in the template's order.
 * The report's text sections are keyed S1..S6 by whoever built it (importer or editor); sub-topics of
 * section 一 (S1.1…) are not parts and are ignored here.
 */
public final class SectionRule implements CodedRule {

    @Override
    public String ruleId() {
        return "STR-01";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        List<SectionDef> required = context.template().sections();
        List<String> requiredKeys = required.stream().map(SectionDef::getKey).toList();
        List<String> present = new ArrayList<>();
        for (TextSection section : context.report().getSections()) {
            if (requiredKeys.contains(section.getKey()) && !present.contains(section.getKey())) {
                present.add(section.getKey());
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<SectionDef> missing = required.stream().filter(s -> !present.contains(s.getKey())).toList();
        if (!missing.isEmpty()) {
            diagnostics.add(missing(context, missing, requiredKeys, present));
        }
        List<String> inTemplateOrder = requiredKeys.stream().filter(present::contains).toList();
        if (!present.equals(inTemplateOrder)) {
            diagnostics.add(disorder(context, required, inTemplateOrder, present));
        }
        return diagnostics;
    }

    private static Diagnostic missing(RuleContext context, List<SectionDef> missing, List<String> required,
            List<String> present) {
        Messages messages = context.messages();
        String zh = String.join("；", missing.stream().map(SectionDef::getHeading).toList());
        String en = String.join("; ", missing.stream().map(s -> s.getHeadingEn() == null ? s.getKey() : s.getHeadingEn()).toList());
        int count = missing.size();
        Text text = new Text(messages.zh("str01.missing", count, zh), messages.en("str01.missing", count, en));
        return context.diagnostic("STR-01", List.of(), String.join(", ", required), String.join(", ", present), text);
    }

    private static Diagnostic disorder(RuleContext context, List<SectionDef> required, List<String> expected,
            List<String> present) {
        Messages messages = context.messages();
        Text text = new Text(messages.zh("str01.order", headings(required, expected, true), headings(required, present, true)),
                messages.en("str01.order", headings(required, expected, false), headings(required, present, false)));
        return context.diagnostic("STR-01", List.of(), String.join(", ", expected), String.join(", ", present), text);
    }

    private static String headings(List<SectionDef> sections, List<String> keys, boolean zh) {
        List<String> headings = new ArrayList<>();
        for (String key : keys) {
            for (SectionDef section : sections) {
                if (section.getKey().equals(key)) {
                    headings.add(zh || section.getHeadingEn() == null ? section.getHeading() : section.getHeadingEn());
                }
            }
        }
        return String.join(zh ? "；" : "; ", headings);
    }
}
