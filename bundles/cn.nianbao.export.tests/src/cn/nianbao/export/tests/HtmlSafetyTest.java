package cn.nianbao.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import cn.nianbao.export.ExportOptions;
import cn.nianbao.export.HtmlExporter;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;

/** Report text is untrusted: whatever it holds, the HTML has no script, no event handler, and shows it verbatim. */
class HtmlSafetyTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";
    static final String ENTITY = "&amp; 与 &lt; 原样显示";
    static final String QUOTES = "单引号' 双引号\" <b>粗体</b>";

    static AnnualReport hostileReport(String... payloads) {
        AnnualReport report = TestReports.seed();
        report.setTitle(payloads[0] + "年报");
        report.setAgencyName(payloads[0]);
        report.setPreamble(String.join("\n", payloads));
        report.getSections().forEach(s -> s.setBody(s.getBody() + "\n" + String.join("\n", payloads)));
        TestReports.add(report, "S1.6", "（六）" + payloads[payloads.length - 1], "正文");
        ReportData.setText(report, new CellAddress("T3", "R01", "C1"), payloads[0]);
        return report;
    }

    @Test
    void fullPageAndFragmentHaveNoScriptNoHandlerAndShowTheTextVerbatim() throws IOException {
        List<String> payloads = List.of(SCRIPT, ATTRIBUTE, ENTITY, QUOTES);
        AnnualReport report = hostileReport(payloads.toArray(String[]::new));
        for (ExportOptions options : List.of(ExportOptions.DEFAULTS, ExportOptions.DEFAULTS.withFragmentOnly(true))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new HtmlExporter().write(report, out, options);
            HtmlView view = HtmlView.read(out.toByteArray());
            assertTrue(view.document().select("script, img, iframe, object, embed, svg, link, base").isEmpty(),
                    "no active or external element");
            for (Element element : view.document().getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertTrue(!attribute.getKey().toLowerCase().startsWith("on"), "event handler " + attribute);
                    assertTrue(!attribute.getValue().toLowerCase().contains("javascript:"), "script URL " + attribute);
                }
            }
            List<String> paragraphs = view.document().select("p").eachText();
            for (String payload : payloads) {
                assertTrue(paragraphs.contains(payload), "verbatim: " + payload);
            }
            assertEquals(SCRIPT, view.document().select("td[data-cell=T3/R01/C1]").text(), "a cell's printed text, verbatim");
            assertTrue(view.document().select("h3").eachText().contains("（六）" + QUOTES));
        }
    }

    @Test
    void pageForbidsScriptsThroughItsContentSecurityPolicy() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlExporter().write(TestReports.seed(), out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""));
        assertTrue(!html.contains("http://") && !html.contains("https://"), "no external resource");
    }
}
