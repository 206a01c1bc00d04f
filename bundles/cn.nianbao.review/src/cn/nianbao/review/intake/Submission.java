package cn.nianbao.review.intake;

/** Where a unit stands against its deadline. */
public enum Submission {
    /** No report yet, and the deadline is still ahead (or today). */
    NOT_SUBMITTED,
    /** No report, and the deadline has passed. */
    OVERDUE,
    /** Reported by the deadline. */
    ON_TIME,
    /** Reported after the deadline. */
    LATE;

    public boolean submitted() {
        return this == ON_TIME || this == LATE;
    }

    public boolean late() {
        return this == OVERDUE || this == LATE;
    }
}
