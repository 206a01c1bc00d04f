package cn.nianbao.ui;

import org.eclipse.osgi.util.NLS;

/** The workbench's user-facing strings: messages.properties (English) and messages_zh.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "cn.nianbao.ui.messages";

    public static String App_title;
    public static String Edit_setCell;
    public static String Edit_blank;
    public static String Edit_paste;
    public static String Edit_notANumber;
    public static String Edit_countRule;
    public static String Edit_amountRule;
    public static String Edit_refusedTitle;
    public static String Edit_pasteRefused;
    public static String Edit_text;
    public static String Editor_overview;
    public static String Editor_section1;
    public static String Editor_section5;
    public static String Editor_section6;
    public static String Overview_agency;
    public static String Overview_level;
    public static String Overview_year;
    public static String Overview_format;
    public static String Overview_file;
    public static String Overview_unsaved;
    public static String Overview_checks;
    public static String Checks_severity;
    public static String Checks_rule;
    public static String Checks_message;
    public static String Checks_place;
    public static String Checks_all;
    public static String Checks_none;
    public static String Explorer_open;
    public static String Explorer_folder;
    public static String Explorer_chooseFolder;
    public static String File_openTitle;
    public static String File_saveTitle;
    public static String File_cannotOpen;
    public static String File_cannotSave;
    public static String File_saveChanges;
    public static String File_reportFiles;
    public static String Save_yes;
    public static String Save_no;
    public static String Save_cancel;
    public static String File_allFiles;
    public static String New_title;
    public static String New_message;
    public static String New_agency;
    public static String New_level;
    public static String New_year;
    public static String Export_title;
    public static String Export_done;
    public static String Export_failed;
    public static String Export_format;
    public static String About_title;
    public static String About_text;
    public static String Autosave_title;
    public static String Autosave_restore;
    public static String Autosave_yes;
    public static String Autosave_no;
    public static String Repository_title;
    public static String Repository_failed;
    public static String Repository_entry;
    public static String Explorer_repository;
    public static String Explorer_refresh;
    public static String Import_title;
    public static String Import_summary;
    public static String Import_clean;
    public static String Import_notes;
    public static String Import_kind;
    public static String Import_where;
    public static String Bulk_job;
    public static String Bulk_summary;
    public static String Repository_errors;
    public static String Log_title;
    public static String Log_copy;
    public static String Log_empty;
    public static String Prefs_title;
    public static String Prefs_language;
    public static String Prefs_languageSystem;
    public static String Prefs_restart;

    public static String Edit_textOf;
    public static String Edit_undo;
    public static String Edit_undoNamed;
    public static String Edit_redo;
    public static String Edit_redoNamed;
    public static String Autosave_list;
    public static String Autosave_restoreChecked;
    public static String Autosave_discardAll;
    public static String Autosave_entry;
    public static String Autosave_newReport;
    public static String Save_resourcesTitle;
    public static String Save_resourcesMessage;
    public static String Save_selectAll;
    public static String Save_deselectAll;

    public static String Previous_title;
    public static String Previous_inForce;
    public static String Previous_none;
    public static String Previous_separator;

    public static String Grid_cut;
    public static String Grid_copy;
    public static String Grid_paste;
    public static String Grid_clear;
    public static String Grid_pasteCellRefused;
    public static String Log_seeLog;
    public static String File_notFound;
    public static String File_noPermission;
    public static String File_unreadable;
    public static String Level_OTHER;
    public static String Level_STATE_COUNCIL_DEPT;
    public static String Level_PROVINCIAL_GOV;
    public static String Level_PROVINCIAL_DEPT;
    public static String Level_CITY_GOV;
    public static String Level_CITY_DEPT;
    public static String Level_COUNTY_GOV;
    public static String Level_COUNTY_DEPT;
    public static String Level_TOWNSHIP;
    public static String Severity_ERROR;
    public static String Severity_WARNING;
    public static String Severity_INFO;
    public static String Status_DRAFT;
    public static String Status_FINAL;
    public static String Status_PUBLISHED;
    public static String Checks_ids;
    public static String Checks_moreCells;
    public static String Note_ABSENT;
    public static String Note_AMBIGUOUS;
    public static String Note_UNREADABLE;
    public static String Note_DEVIATION;
    public static String Import_line;
    public static String Export_docx;
    public static String Export_pdf;
    public static String Export_xlsx;
    public static String Export_html;
    public static String Export_html_fragment;
    public static String Export_csv;
    public static String Export_json;
    public static String Export_errorsTitle;
    public static String Export_errors;
    public static String Export_errorsMore;
    public static String Export_errorsQuestion;
    public static String Export_anyway;
    public static String Export_goToError;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
