package cn.nianbao.review.score.remedy;

import cn.nianbao.model.text.Texts;

/**
 * The standard 整改建议 sentence per rule id that a 通报 prints beside each finding (review.md F7), from
 * messages.properties / messages_zh.properties beside this class: data, one sentence per rule of
 * {@code nianbao rules}, worded after the notices review.md quotes where they give wording.
 */
public final class Remedies {

    private static final Texts TEXTS = Texts.of(Remedies.class);

    private Remedies() {
    }

    /** The sentence for the rule, or null for an id the files do not know (a local catalogue extension). */
    public static String of(String ruleId, boolean chinese) {
        if (ruleId == null) {
            return null;
        }
        String sentence = TEXTS.get(chinese, ruleId);
        return sentence.equals(ruleId) ? null : sentence;
    }
}
