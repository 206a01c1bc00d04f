package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.web.PageFetcher;
import cn.nianbao.io.web.WebReports;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.testing.LocalWebSite;

/** Reports fetched by address from a site served on loopback by the test: as a reviewer collects them in January. */
class WebReportsTest {

    private static final LocalWebSite site = LocalWebSite.shared();
    private final WebReports web = new WebReports(new PageFetcher(Duration.ofSeconds(2)));

    @Test
    void aGbkPageWhoseServerSaysUtf8IsReadByItsBytes() throws ImportException {
        List<WebReports.Found> found = web.at(site.address("/xxgk/2024/baoji.html"), link -> { });
        assertEquals(1, found.size());
        AnnualReport report = found.get(0).result().report();
        assertEquals("宝鸡市科学技术局", report.getAgencyName());
        assertEquals(2024, report.getYear());
        // table 三, row 一 (本年新收), total: 1 in the published report
        assertEquals(new BigDecimal("1"), ReportData.cell(report, new CellAddress("T3", "R01", "C7")).getValue());
        assertNotNull(found.get(0).page().retrieved());
    }

    @Test
    void aMovedPageIsFollowedAndNamedByWhereItIsNow() throws ImportException {
        WebReports.Found found = web.at(site.address("/old/baoji.html"), link -> { }).get(0);
        assertTrue(found.address().endsWith("/xxgk/2024/baoji.html"), found.address());
        assertTrue(found.page().requested().toString().endsWith("/old/baoji.html"), found.page().requested().toString());
        assertEquals(2024, found.result().report().getYear());
    }

    @Test
    void aListPageGivesEveryLinkedReportAndNothingElse() throws ImportException {
        List<URI> followed = new ArrayList<>();
        List<WebReports.Found> found = web.at(site.address("/xxgk/ndbg/index.html"), followed::add);
        assertEquals(4, followed.size(), "the four links titled …政府信息公开工作年度报告, not 首页/政务动态/关于我们: " + followed);
        List<String> read = found.stream().filter(WebReports.Found::isRead)
                .map(f -> f.result().report().getAgencyName() + " " + f.result().report().getYear()).toList();
        assertEquals(List.of("宝鸡市科学技术局 2024", "宿迁市 2023", "淮安市人民政府 2024"), read);
        assertTrue(found.get(2).address().endsWith("/files/huaian-2024.docx"), "the announcement's attachment: " + found.get(2).address());
        WebReports.Found gone = found.get(3);
        assertTrue(!gone.isRead() && gone.failure().getMessage().contains("404"), String.valueOf(gone.failure()));
    }

    @Test
    void aListPageIsListedWithItsLinksTitlesBeforeAnythingElseIsFetched() throws ImportException {
        WebReports.Listing listing = web.listing(site.address("/xxgk/ndbg/index.html"));
        assertTrue(!listing.isReport());
        assertEquals(List.of("宝鸡市科学技术局2024年政府信息公开工作年度报告", "宿迁市2023年政府信息公开工作年度报告",
                "淮安市人民政府 2024年 政府信息公开工作 年度报告", "某某局2022年政府信息公开工作年度报告"),
                listing.links().stream().map(l -> l.title()).toList(), "the title attribute where the text is cut short");
        assertTrue(listing.links().get(0).target().toString().endsWith("/xxgk/2024/baoji.html"));
    }

    @Test
    void aMissingPageSaysWhatTheServerAnswered() {
        ImportException e = assertThrows(ImportException.class, () -> web.at(site.address("/xxgk/gone.html"), link -> { }));
        assertTrue(e.getMessage().contains("404") && e.getMessage().contains("not found"), e.getMessage());
        assertTrue(e.messageZh().contains("页面不存在"), e.messageZh());
    }

    @Test
    void aServerTooSlowIsGivenUpOnAtTheTimeLimit() {
        ImportException e = assertThrows(ImportException.class, () -> web.at(site.address("/slow.html"), link -> { }));
        assertTrue(e.getMessage().contains("longer than 2 seconds"), e.getMessage());
    }

    @Test
    void noServerAtTheAddressSaysToCheckTheConnection() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ImportException e = assertThrows(ImportException.class, () -> web.at("http://127.0.0.1:" + port + "/report.html", link -> { }));
        assertTrue(e.getMessage().startsWith("Cannot connect to 127.0.0.1"), e.getMessage());
        assertTrue(e.messageZh().contains("网络连接"), e.messageZh());
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedBeforeAnythingIsFetched() {
        ImportException e = assertThrows(ImportException.class, () -> web.at("ftp://example.org/report.pdf", link -> { }));
        assertTrue(e.getMessage().contains("http://"), e.getMessage());
    }
}
