package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportScope;
import cn.nianbao.testing.TestData;

/**
 * The report scope read from the title: a bare area name is the government's report for its area, a
 * government office's name that office's own report, any other name leaves it unstated.
 */
class ReportScopeImportTest {

    @Test
    void aTitleNamingOnlyTheAreaIsTheAreasReport() {
        AnnualReport suqian = Imports.read(TestData.corpus("05")).report(); // 宿迁市2023年政府信息公开工作年度报告
        assertEquals("宿迁市", suqian.getAgencyName());
        assertEquals(ReportScope.AREA, suqian.getReportScope());
    }

    @Test
    void aGovernmentsOrADepartmentsNameLeavesTheScopeUnstated() {
        assertEquals(ReportScope.UNSTATED, Imports.read(TestData.corpus("04")).report().getReportScope()); // 淮安市人民政府
        assertEquals(ReportScope.UNSTATED, Imports.read(TestData.corpus("03")).report().getReportScope()); // 淮安市洪泽区人民政府
        assertEquals(ReportScope.UNSTATED, Imports.read(TestData.seed()).report().getReportScope()); // 宝鸡市科学技术局
    }

    @Test
    void theGovernmentOfficesTitleIsItsOwnReport() throws IOException {
        // the other of 宿迁's two reports: "宿迁市人民政府办公室2024年政府信息公开工作年度报告"
        String text = Files.readString(TestData.corpus("06"), StandardCharsets.UTF_8)
                .replaceFirst("宿迁市2024年", "宿迁市人民政府办公室2024年");
        AnnualReport office = Imports.read(TextFiles.write(text, StandardCharsets.UTF_8)).report();
        assertEquals("宿迁市人民政府办公室", office.getAgencyName());
        assertEquals(AgencyLevel.CITY_DEPT, office.getAgencyLevel());
        assertEquals(ReportScope.AGENCY, office.getReportScope());
    }
}
