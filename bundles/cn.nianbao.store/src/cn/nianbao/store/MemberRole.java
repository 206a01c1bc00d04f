package cn.nianbao.store;

import java.util.Locale;
import java.util.Optional;

/**
 * What a member of a team repository may do in the workflow: an officer (经办人) drafts, submits and revises
 * the unit's report; a reviewer (审核人) of the 公开办 also takes it into review, returns, approves and
 * publishes it. The ids {@code officer} and {@code reviewer} are part of the command line.
 */
public enum MemberRole {
    OFFICER("officer", "经办人"), REVIEWER("reviewer", "审核人");

    private final String id;
    private final String labelZh;

    MemberRole(String id, String labelZh) {
        this.id = id;
        this.labelZh = labelZh;
    }

    public String id() {
        return id;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return id;
    }

    /** The role of an id or a Chinese label, as a user types it. */
    public static Optional<MemberRole> parse(String text) {
        String word = text == null ? "" : text.strip();
        for (MemberRole role : values()) {
            if (role.id.equals(word.toLowerCase(Locale.ROOT)) || role.labelZh.equals(word)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
