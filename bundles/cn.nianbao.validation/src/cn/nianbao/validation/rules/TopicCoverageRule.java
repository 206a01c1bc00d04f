package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.prose.ProseText;
import cn.nianbao.validation.support.RuleContext;

/**
 * STR-04: section 一 covers the topics the template lists as its sub-sections (主动公开, 依申请公开,
 * 政府信息管理, 平台建设, 监督保障): a sub-heading or the text of section 一 names each, by the
 * catalogue's keywords. Without a section 一 at all, STR-01 reports.
 */
public final class TopicCoverageRule implements CodedRule {

    @Override
    public String ruleId() {
        return "STR-04";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        SectionDef one = context.template().sections().isEmpty() ? null : context.template().sections().get(0);
        if (one == null || !context.prose().has(one.getKey())) {
            return List.of();
        }
        // the text of section 一 followed by its headings, searched as two strings instead of a copy of both
        String body = context.prose().sectionOneAll();
        StringBuilder headingText = new StringBuilder();
        List<TextSection> sections = context.report().getSections();
        // by index: EMF's checked iterator cost more than the loop's work
        for (int i = 0; i < sections.size(); i++) {
            TextSection section = sections.get(i);
            if (section.getKey() != null && section.getKey().startsWith(one.getKey())) {
                headingText.append(ProseText.normalise(section.getHeading()));
            }
        }
        String headings = headingText.toString();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (SectionDef topic : one.getSubsections()) {
            if (!named(topic, body, headings)) {
                zh.add(topic.getHeading());
                en.add(topic.getHeadingEn() == null ? topic.getHeading() : topic.getHeadingEn());
            }
        }
        if (zh.isEmpty()) {
            return List.of();
        }
        var message = new cn.nianbao.validation.support.Messages.Text(
                context.messages().zh("str04", zh.size(), String.join("、", zh)),
                context.messages().en("str04", en.size(), String.join("; ", en)));
        return List.of(context.diagnostic(ruleId(), List.of(), null, String.join("、", zh), message));
    }

    /** Whether the text or the headings name the topic by one of its keywords. */
    private static boolean named(SectionDef topic, String body, String headings) {
        for (String keyword : topic.getKeywords()) {
            if (body.contains(keyword) || headings.contains(keyword) || across(body, headings, keyword)) {
                return true;
            }
        }
        return false;
    }

    /** The keyword begins at the end of the text and ends in the first heading. */
    private static boolean across(String body, String headings, String keyword) {
        for (int split = 1; split < keyword.length(); split++) {
            if (body.regionMatches(body.length() - split, keyword, 0, split)
                    && headings.regionMatches(0, keyword, split, keyword.length() - split)) {
                return true;
            }
        }
        return false;
    }
}
