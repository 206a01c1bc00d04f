package cn.nianbao.cli.intake;

import cn.nianbao.model.text.Texts;
import cn.nianbao.review.intake.Submission;
import cn.nianbao.store.UnitLevel;

/** The intake command's texts in Chinese or English (messages.properties, messages_zh.properties here). */
final class IntakeTexts {

    private static final Texts TEXTS = Texts.of(IntakeTexts.class);

    private final boolean chinese;

    IntakeTexts(boolean chinese) {
        this.chinese = chinese;
    }

    boolean chinese() {
        return chinese;
    }

    String get(String key, Object... arguments) {
        return TEXTS.get(chinese, key, arguments);
    }

    String level(UnitLevel level) {
        return get("level." + level.name());
    }

    /** The repository status of a report by its code; a code this version does not know is shown as it is. */
    String status(String code, String fallback) {
        String key = "status." + code;
        String text = get(key);
        return text.equals(key) || text.isEmpty() ? fallback : text;
    }

    String submission(Submission submission) {
        return get("submission." + submission.name());
    }
}
