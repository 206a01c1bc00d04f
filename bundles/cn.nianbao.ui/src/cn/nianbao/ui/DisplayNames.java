package cn.nianbao.ui;

import java.util.List;
import java.util.stream.Collectors;

import cn.nianbao.io.ImportNote;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportScope;
import cn.nianbao.review.CellNames;
import cn.nianbao.store.ReportStatus;

/**
 * What the user reads in place of the model's enumeration literals and the catalogue's cell ids: the
 * level, status and severity in the UI language, and a cell as its table prints it
 * ("表三 一、本年新收政府信息公开申请数量 / 自然人"). The ids stay for tooltips and reviewers' columns.
 */
public final class DisplayNames {

    private DisplayNames() {
    }

    public static String level(AgencyLevel level) {
        return switch (level) {
            case STATE_COUNCIL_DEPT -> Messages.Level_STATE_COUNCIL_DEPT;
            case PROVINCIAL_GOV -> Messages.Level_PROVINCIAL_GOV;
            case PROVINCIAL_DEPT -> Messages.Level_PROVINCIAL_DEPT;
            case CITY_GOV -> Messages.Level_CITY_GOV;
            case CITY_DEPT -> Messages.Level_CITY_DEPT;
            case COUNTY_GOV -> Messages.Level_COUNTY_GOV;
            case COUNTY_DEPT -> Messages.Level_COUNTY_DEPT;
            case TOWNSHIP -> Messages.Level_TOWNSHIP;
            case OTHER -> Messages.Level_OTHER;
        };
    }

    public static String scope(ReportScope scope) {
        return switch (scope) {
            case UNSTATED -> Messages.Scope_UNSTATED;
            case AGENCY -> Messages.Scope_AGENCY;
            case AREA -> Messages.Scope_AREA;
        };
    }

    public static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> Messages.Severity_ERROR;
            case WARNING -> Messages.Severity_WARNING;
            case INFO -> Messages.Severity_INFO;
        };
    }

    public static String status(ReportStatus status) {
        return switch (status) {
            case DRAFT -> Messages.Status_DRAFT;
            case SUBMITTED -> Messages.Status_SUBMITTED;
            case IN_REVIEW -> Messages.Status_IN_REVIEW;
            case RETURNED -> Messages.Status_RETURNED;
            case REVISED -> Messages.Status_REVISED;
            case APPROVED -> Messages.Status_APPROVED;
            case PUBLISHED -> Messages.Status_PUBLISHED;
        };
    }

    public static String noteKind(ImportNote.Kind kind) {
        return switch (kind) {
            case ABSENT -> Messages.Note_ABSENT;
            case AMBIGUOUS -> Messages.Note_AMBIGUOUS;
            case UNREADABLE -> Messages.Note_UNREADABLE;
            case DEVIATION -> Messages.Note_DEVIATION;
        };
    }

    /** 表三 / Table 3, from the catalogue. */
    public static String table(AnnualReport report, String tableId) {
        return new CellNames(report).tableName(tableId, !UiLanguage.english());
    }

    /** The cells by their printed names, one a line when there are several. */
    public static String cells(AnnualReport report, List<CellAddress> cells) {
        CellNames names = new CellNames(report);
        boolean chinese = !UiLanguage.english();
        return cells.stream().map(cell -> names.name(cell, chinese)).collect(Collectors.joining("\n"));
    }

    /** The ids of the cells, for a reviewer's tooltip. */
    public static String cellIds(List<CellAddress> cells) {
        return cells.stream().map(CellAddress::toString).collect(Collectors.joining(" "));
    }
}
