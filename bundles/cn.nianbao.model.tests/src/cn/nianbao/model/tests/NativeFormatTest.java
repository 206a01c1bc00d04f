package cn.nianbao.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.ReportScope;

/** The native bytes of a report do not depend on where the report lives, and saving never moves it. */
class NativeFormatTest {

    private static AnnualReport report() {
        AnnualReport report = ReportFactory.eINSTANCE.createAnnualReport();
        report.setAgencyName("宝鸡市科学技术局");
        report.setYear(2024);
        ReportData.setValue(report, new CellAddress("T3", "R01", "C1"), new BigDecimal("1"));
        ReportData.setValue(report, new CellAddress("T3", "R02", "C1"), null);
        return report;
    }

    @Test
    void aFreeReportAndOneInAnEditorGiveTheSameBytesAndStayWhereTheyAre() throws Exception {
        AnnualReport free = report();
        AnnualReport open = report();
        Resource editor = new ResourceImpl(URI.createURI("test:/editor"));
        editor.getContents().add(open);

        byte[] freeBytes = NativeFormat.toBytes(free);
        byte[] openBytes = NativeFormat.toBytes(open);

        assertArrayEquals(freeBytes, openBytes);
        assertNull(free.eResource(), "a free report is let go after saving");
        assertSame(editor, open.eResource(), "an open report stays in its editor's resource");
        AnnualReport read = NativeFormat.fromBytes(freeBytes);
        assertEquals(new BigDecimal("1"), ReportData.value(read, new CellAddress("T3", "R01", "C1")));
        assertNull(ReportData.value(read, new CellAddress("T3", "R02", "C1")), "blank stays blank");
    }

    @Test
    void aFileWrittenBeforeTheReportScopeOpensUnstatedAndAStatedScopeIsKept() throws Exception {
        String old = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<report:AnnualReport xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:report=\"http://nianbao.cn/report/1.0\" agencyName=\"宿迁市\" agencyLevel=\"CITY_GOV\" year=\"2023\"/>\n";
        AnnualReport read = NativeFormat.fromBytes(old.getBytes(StandardCharsets.UTF_8));
        assertEquals(ReportScope.UNSTATED, read.getReportScope());
        assertFalse(new String(NativeFormat.toBytes(read), StandardCharsets.UTF_8).contains("reportScope"),
                "an unstated scope is not written, so the file stays as older versions wrote it");

        read.setReportScope(ReportScope.AREA);
        String saved = new String(NativeFormat.toBytes(read), StandardCharsets.UTF_8);
        assertTrue(saved.contains("reportScope=\"AREA\""), saved);
        assertEquals(ReportScope.AREA, NativeFormat.fromBytes(saved.getBytes(StandardCharsets.UTF_8)).getReportScope());
    }
}
