package cn.nianbao.store.tests;

import java.math.BigDecimal;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.ReviewComment;

/** Small reports built in code for the repository tests. */
final class Reports {

    static final CellAddress NEW_NATURAL = new CellAddress("T3", "R01", "C1");
    static final CellAddress NEW_TOTAL = new CellAddress("T3", "R01", "C7");

    private Reports() {
    }

    static AnnualReport of(String agency, int year, long natural, long total) {
        AnnualReport report = ReportFactory.eINSTANCE.createAnnualReport();
        report.setAgencyName(agency);
        report.setYear(year);
        ReportData.setValue(report, NEW_NATURAL, BigDecimal.valueOf(natural));
        ReportData.setValue(report, NEW_TOTAL, BigDecimal.valueOf(total));
        return report;
    }

    /** A reviewer's comment on a cell, as the command line or the workbench hands it to the repository. */
    static ReviewComment comment(CellAddress cell, String text) {
        ReviewComment comment = ReportFactory.eINSTANCE.createReviewComment();
        comment.setTableId(cell.table());
        comment.setRow(cell.row());
        comment.setColumn(cell.column());
        comment.setText(text);
        return comment;
    }
}
