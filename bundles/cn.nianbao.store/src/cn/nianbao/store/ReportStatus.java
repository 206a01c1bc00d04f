package cn.nianbao.store;

/** Where a report stands: 草稿 (being written), 已定稿 (final, signed off), 已发布 (published). */
public enum ReportStatus {
    DRAFT("草稿"), FINAL("已定稿"), PUBLISHED("已发布");

    private final String labelZh;

    ReportStatus(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
