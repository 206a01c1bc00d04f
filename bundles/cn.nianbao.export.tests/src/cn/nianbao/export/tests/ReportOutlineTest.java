package cn.nianbao.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.export.layout.Part;
import cn.nianbao.export.layout.ReportOutline;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;

/** The order of a document's parts, and no table printed twice when an importer left its text in the body. */
class ReportOutlineTest {

    @Test
    void sectionsUnderOfficialHeadingsWithEachTableAfterItsText() {
        List<Part> parts = ReportOutline.of(TestReports.seed(), null);
        assertTrue(parts.get(0) instanceof Part.Title);
        List<String> headings = parts.stream().filter(p -> p instanceof Part.Heading h && h.level() == 1)
                .map(p -> ((Part.Heading) p).text()).toList();
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"), headings);
        int s3 = indexOf(parts, "三、收到和处理政府信息公开申请情况");
        assertTrue(parts.get(s3 + 2) instanceof Part.Table t && t.table().id().equals("T3"));
    }

    @Test
    void tableTextLeftInTheSectionBodyIsNotPrintedAgain() {
        AnnualReport report = TestReports.seed();
        ReportData.section(report, "S3").setBody("(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t总计\n"
                + "自然人\t法人或其他组织\n二、上年结转政府信息公开申请数量\n(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)\n"
                + "2. 其他法律行政法规禁止公开\n0\t0\t0\n本年度依申请公开工作平稳有序。");
        List<Part> parts = ReportOutline.of(report, null);
        int s3 = indexOf(parts, "三、收到和处理政府信息公开申请情况");
        assertEquals(new Part.Paragraph("本年度依申请公开工作平稳有序。"), parts.get(s3 + 1));
        assertTrue(parts.get(s3 + 2) instanceof Part.Table);
    }

    private static int indexOf(List<Part> parts, String heading) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Part.Heading h && h.text().equals(heading)) {
                return i;
            }
        }
        throw new AssertionError("no heading " + heading);
    }
}
