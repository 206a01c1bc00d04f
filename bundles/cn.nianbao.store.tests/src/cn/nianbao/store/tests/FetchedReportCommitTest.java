package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.Revision;

/**
 * A report fetched in the workbench (文件 ▸ 从网址导入) and committed there (提交新版本) has its address and
 * retrieval time recorded as the revision's import source, as {@code repo import} records them; an edit
 * committed later is not an import and has none.
 */
class FetchedReportCommitTest {

    private static final String ADDRESS = "https://www.example.gov.cn/art/2025/1/20/art_1_123.html";

    @TempDir
    Path data;

    @Test
    void theCommitOfAFetchedReportRecordsWhereAndWhenItWasFetched() throws Exception {
        AnnualReport fetched = Reports.of("戊县财政局", 2024, 4, 4);
        fetched.setSourceUrl(ADDRESS);
        fetched.setRetrieved(Date.from(Instant.parse("2026-01-20T08:15:02.123Z")));
        try (ReportRepository repo = ReportRepository.open(data)) {
            long id = repo.commit(fetched, "张三", "从网站取得", ReportStatus.SUBMITTED, null).revision().reportId();
            ReportData.setValue(fetched, Reports.NEW_NATURAL, new BigDecimal("5"));
            ReportData.setValue(fetched, Reports.NEW_TOTAL, new BigDecimal("5"));
            repo.commit(fetched, "张三", "改正", ReportStatus.SUBMITTED, null);

            List<Revision> history = repo.history(id);
            assertEquals(2, history.size());
            assertEquals("art_1_123.html <" + ADDRESS + "> retrieved 2026-01-20T08:15:02.123Z",
                    history.get(0).sourceFile());
            assertNull(history.get(1).sourceFile(), "the same fetch is recorded once");
            assertEquals(ReportStatus.SUBMITTED, repo.report(id).orElseThrow().status(),
                    "a person's commit files a fetched report as a draft first, so it can be submitted");
            assertTrue(repo.verify().ok(), "the import source is in the chain");
        }
    }
}
