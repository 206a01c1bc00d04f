package cn.nianbao.store;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a report stands in the 报送 → 审核 → 退回 → 发布 workflow. The names are ids (ids.md, stored in the
 * repository and in {@code .nianbao} files). {@code FINAL} (已定稿), the sign-off of the time before the
 * workflow, is read as {@link #APPROVED}: repositories and scripts of that time keep working.
 */
public enum ReportStatus {
    DRAFT("起草", "draft"), SUBMITTED("已报送", "submitted"), IN_REVIEW("审核中", "in review"),
    RETURNED("已退回", "returned"), REVISED("已修改", "revised"), APPROVED("同意发布", "approved"),
    PUBLISHED("已发布", "published");

    /** The id of the old sign-off status, still found in repositories and typed in scripts. */
    static final String LEGACY_FINAL = "FINAL";

    private final String labelZh;
    private final String labelEn;

    ReportStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /**
     * The status a word names: an id in any case, its Chinese or English label, or an old word (FINAL,
     * 已定稿, 草稿) of the time before the workflow; empty for anything else.
     */
    public static Optional<ReportStatus> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.strip();
        String id = w.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (id.equals(LEGACY_FINAL) || w.equals("已定稿")) {
            return Optional.of(APPROVED);
        }
        if (w.equals("草稿")) {
            return Optional.of(DRAFT);
        }
        for (ReportStatus status : values()) {
            if (status.name().equals(id) || status.labelZh.equals(w) || status.labelEn.equalsIgnoreCase(w)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The status of a stored id (a repository or a file written before the workflow may say FINAL). */
    public static ReportStatus stored(String id) {
        return LEGACY_FINAL.equals(id) ? APPROVED : valueOf(id);
    }
}
