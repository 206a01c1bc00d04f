package cn.nianbao.review.ui;

import org.eclipse.osgi.util.NLS;

/** The review workbench's strings: messages.properties (English) and messages_zh.properties. */
public final class ReviewMessages extends NLS {

    private static final String BUNDLE_NAME = "cn.nianbao.review.ui.messages";

    public static String Compare_cell;
    public static String Compare_chooseFirst;
    public static String Compare_choosePrevious;
    public static String Compare_chooseSecond;
    public static String Compare_copied;
    public static String Compare_crossYear;
    public static String Compare_expected;
    public static String Compare_fails;
    public static String Compare_formula;
    public static String Compare_holds;
    public static String Compare_leftReport;
    public static String Compare_noCrossYear;
    public static String Compare_partLabel;
    public static String Compare_result;
    public static String Compare_rightReport;
    public static String Compare_rule;
    public static String Compare_sectionSimilarity;
    public static String Compare_similarity;
    public static String Compare_summaryPage;
    public static String Compare_tableLine;
    public static String Compare_tableSummary;
    public static String Compare_textPage;
    public static String Compare_thisYear;
    public static String Compare_title;
    public static String Compare_tooShort;
    public static String Compare_repositoryUnreadable;
    public static String Compare_folderUnreadable;
    public static String Rollup_agency;
    public static String Rollup_broken;
    public static String Rollup_cell;
    public static String Rollup_chooseFiles;
    public static String Rollup_question;
    public static String Rollup_share;
    public static String Rollup_state;
    public static String Rollup_summary;
    public static String Rollup_title;
    public static String Rollup_total;
    public static String Rollup_value;
    public static String Rollup_yearRegion;
    public static String Settings_minimum;
    public static String Settings_percent;
    public static String Settings_title;
    public static String Source_cancel;
    public static String Source_files;
    public static String Source_repository;
    public static String Trends_agency;
    public static String Trends_chooseFiles;
    public static String Trends_exportCsv;
    public static String Trends_exportPng;
    public static String Trends_exportSvg;
    public static String Trends_heading;
    public static String Trends_none;
    public static String Trends_partLabel;
    public static String Trends_question;
    public static String Trends_title;
    // compare round 7 (issue 14)
    public static String Compare_hideZeroRows;
    public static String Compare_openReport;
    public static String Compare_similarityExplained;

    // repository: history, commit, context menu (issue 14)
    public static String Compare_revisionsLabel;
    public static String Compare_noRevision;
    // revision compare (issue 14, revcompare)
    public static String Compare_leftRevision;
    public static String Compare_rightRevision;
    public static String Compare_revisionsNoCrossYear;
    public static String Compare_revisionsTableSummary;

    // the 评分 view (issue 18)
    public static String Score_chooseFiles;
    public static String Score_deducted;
    public static String Score_detailRemedy;
    public static String Score_evidence;
    public static String Score_excel;
    public static String Score_export;
    public static String Score_exportButton;
    public static String Score_fileName;
    public static String Score_forPerson;
    public static String Score_item;
    public static String Score_maximum;
    public static String Score_points;
    public static String Score_question;
    public static String Score_remedy;
    public static String Score_rule;
    public static String Score_score;
    public static String Score_summary;
    public static String Score_title;
    public static String Score_treatment;
    public static String Score_unit;
    public static String Score_word;
    public static String Score_year;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ReviewMessages.class);
    }

    private ReviewMessages() {
    }
}
