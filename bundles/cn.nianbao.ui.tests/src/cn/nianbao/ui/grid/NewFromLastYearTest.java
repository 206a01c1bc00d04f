package cn.nianbao.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.nianbao.io.ReportReader;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.handlers.NewFromPreviousHandler;

/** File ▸ 新建（基于上年报告） on 宿迁市 2023: 2024 with 上年结转 filled, XY-01 holding, last year's base beside 表二. */
class NewFromLastYearTest {

    @RegisterExtension
    final EditorFixture fixture = new EditorFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theNewReportCarriesLastYearOverAndShowsItsDocumentsInForce() throws Exception {
        AnnualReport lastYear = ReportReader.read(TestData.corpus("05-suqian")).report();

        fixture.open(NewFromPreviousHandler.startFrom(lastYear));

        assertEquals(2024, fixture.document.report().getYear());
        assertEquals(new BigDecimal("121"), ReportData.value(fixture.document.report(), new CellAddress("T3", "R02", "C7")));
        assertTrue(fixture.document.diagnostics().stream().noneMatch(d -> "XY-01".equals(d.ruleId())),
                fixture.document.diagnostics().toString());
        CTabFolder pages = (CTabFolder) fixture.shell.getChildren()[0];
        String note = firstLabel(pages.getItem(2).getControl());
        assertTrue(note.contains("11") && note.contains("597") && note.contains("2023"), note);
    }

    private static String firstLabel(Control control) {
        if (control instanceof Label label) {
            return label.getText();
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                String found = firstLabel(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
