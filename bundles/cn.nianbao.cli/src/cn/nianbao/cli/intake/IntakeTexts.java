package cn.nianbao.cli.intake;

import cn.nianbao.model.text.Texts;
import cn.nianbao.review.intake.Submission;
import cn.nianbao.store.ReportStatus;
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

    /** A report's workflow status in the user's language. */
    String status(ReportStatus status) {
        return get("status." + status.name());
    }

    String submission(Submission submission) {
        return get("submission." + submission.name());
    }
}
