package cn.nianbao.review.ui.intake;

import org.eclipse.osgi.util.NLS;

/** The 报送情况 view's strings: messages.properties (English) and messages_zh.properties here. */
public final class IntakeMessages extends NLS {

    private static final String BUNDLE_NAME = "cn.nianbao.review.ui.intake.messages";

    public static String Intake_title;
    public static String Intake_year;
    public static String Intake_noRoster;
    public static String Intake_chooseRoster;
    public static String Intake_region;
    public static String Intake_whichRegion;
    public static String Intake_summary;
    public static String Intake_unmatched;
    public static String Intake_mark;
    public static String Intake_unit;
    public static String Intake_level;
    public static String Intake_due;
    public static String Intake_daysLeft;
    public static String Intake_submission;
    public static String Intake_submitted;
    public static String Intake_status;
    public static String Intake_errors;
    public static String Intake_warnings;
    public static String Intake_returnRounds;
    public static String Intake_note;
    public static String Intake_duplicated;
    public static String Intake_rollupLocal;
    public static String Intake_rollupRegion;
    public static String Intake_leftOut;
    public static String Level_GOVERNMENT;
    public static String Level_DEPARTMENT;
    public static String Level_TOWNSHIP;
    public static String Level_SUBREGION;
    public static String Submission_NOT_SUBMITTED;
    public static String Submission_OVERDUE;
    public static String Submission_ON_TIME;
    public static String Submission_LATE;
    public static String LeftOut_NO_REPORT;
    public static String LeftOut_DUPLICATED;
    public static String LeftOut_INCONSISTENT;

    static {
        NLS.initializeMessages(BUNDLE_NAME, IntakeMessages.class);
    }

    private IntakeMessages() {
    }

    static String level(cn.nianbao.store.UnitLevel level) {
        return switch (level) {
            case GOVERNMENT -> Level_GOVERNMENT;
            case DEPARTMENT -> Level_DEPARTMENT;
            case TOWNSHIP -> Level_TOWNSHIP;
            case SUBREGION -> Level_SUBREGION;
        };
    }

    static String submission(cn.nianbao.review.intake.Submission submission) {
        return switch (submission) {
            case NOT_SUBMITTED -> Submission_NOT_SUBMITTED;
            case OVERDUE -> Submission_OVERDUE;
            case ON_TIME -> Submission_ON_TIME;
            case LATE -> Submission_LATE;
        };
    }

    /** A unit left out of a roster roll-up, for the roll-up view: "name (why)". */
    public static String leftOut(cn.nianbao.review.rollup.LeftOut left) {
        String why = switch (left.reason()) {
            case NO_REPORT -> LeftOut_NO_REPORT;
            case DUPLICATED -> LeftOut_DUPLICATED;
            case INCONSISTENT -> NLS.bind(LeftOut_INCONSISTENT, String.join(" ", left.brokenRules()));
        };
        return left.unit().name() + "（" + why + "）";
    }
}
