package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TemplateVersion;
import cn.nianbao.review.compare.CellChange;
import cn.nianbao.review.compare.ChangeThreshold;
import cn.nianbao.review.compare.Comparison;
import cn.nianbao.review.compare.CrossYearCheck;
import cn.nianbao.review.compare.ParagraphPair;
import cn.nianbao.review.compare.SectionComparison;
import cn.nianbao.review.compare.Span;
import cn.nianbao.review.compare.TableComparison;
import cn.nianbao.review.output.CompareJson;

/**
 * The JSON of {@code nianbao compare --format json} is an exchange format (docs/cli.md): names, order and
 * number forms are pinned here by a document written out by hand from a comparison built by hand.
 */
class CompareJsonTest {

    @Test
    void theDocumentHasTheDocumentedShape() {
        CellChange received = new CellChange(new CellAddress("T3", "R01", "C7"), new BigDecimal("20"),
                new BigDecimal("30.50"), true);
        CellChange same = new CellChange(new CellAddress("T3", "R02", "C7"), BigDecimal.ONE, BigDecimal.ONE, false);
        CellChange filled = new CellChange(new CellAddress("T3", "R03", "C1"), null, BigDecimal.ZERO, false);
        CrossYearCheck carried = new CrossYearCheck("XY-01", Severity.ERROR, "T3", "C7",
                List.of(new CellAddress("T3", "R02", "C7")), new BigDecimal("8"), new BigDecimal("9"), false,
                "R02 = PREV.R25");
        ParagraphPair changed = new ParagraphPair(ParagraphPair.Kind.CHANGED, "全年 \"主动\" 公开", "全年主动公开\n信息",
                List.of(new Span(3, 7)), List.of(new Span(2, 4), new Span(6, 8)));
        ParagraphPair kept = new ParagraphPair(ParagraphPair.Kind.SAME, "同", "同", List.of(), List.of());
        ParagraphPair added = new ParagraphPair(ParagraphPair.Kind.ADDED, null, "新增\t一段", List.of(), List.of());
        SectionComparison overview = new SectionComparison("S1", "一、总体情况", "1. Overview", 0.91234, true,
                List.of(changed, kept, added));
        SectionComparison blank = new SectionComparison("S5", "五、存在的主要问题及改进情况", "5. Problems", Double.NaN,
                false, List.of());
        TableComparison table3 = new TableComparison("T3", List.of(received, same, filled));
        Comparison comparison = new Comparison(report(2020, TemplateVersion.V2019_TRIAL),
                report(2024, TemplateVersion.V2021), new ChangeThreshold(50, 5), List.of(table3), true,
                List.of(carried), List.of(overview, blank), 0.5, Double.NaN, 0.9);

        String expected = "{\"before\":{\"agency\":\"宿迁市\\\\局\",\"year\":2020,\"format\":\"2019\"},"
                + "\"after\":{\"agency\":\"宿迁市\\\\局\",\"year\":2024,\"format\":\"2021\"},"
                + "\"threshold\":{\"percent\":50.00,\"minimumDelta\":5},"
                + "\"cells\":["
                + "{\"table\":\"T3\",\"row\":\"R01\",\"column\":\"C7\",\"before\":20,\"after\":30.5,\"delta\":10.5,"
                + "\"percent\":52.50,\"large\":true},"
                + "{\"table\":\"T3\",\"row\":\"R03\",\"column\":\"C1\",\"before\":null,\"after\":0,\"delta\":0,"
                + "\"percent\":null,\"large\":false}],"
                + "\"crossYear\":[{\"rule\":\"XY-01\",\"severity\":\"ERROR\",\"table\":\"T3\",\"where\":\"C7\","
                + "\"left\":8,\"right\":9,\"holds\":false,\"formula\":\"R02 = PREV.R25\"}],"
                + "\"similarity\":{\"S1\":0.5000,\"S5\":null,\"threshold\":0.9000},"
                + "\"sections\":["
                + "{\"key\":\"S1\",\"heading\":\"一、总体情况\",\"similarity\":0.9123,\"copied\":true,\"paragraphs\":["
                + "{\"kind\":\"CHANGED\",\"before\":\"全年 \\\"主动\\\" 公开\",\"after\":\"全年主动公开\\n信息\","
                + "\"beforeChanges\":[[3,7]],\"afterChanges\":[[2,4],[6,8]]},"
                + "{\"kind\":\"ADDED\",\"before\":null,\"after\":\"新增\\t一段\",\"beforeChanges\":[],\"afterChanges\":[]}]},"
                + "{\"key\":\"S5\",\"heading\":\"五、存在的主要问题及改进情况\",\"similarity\":null,\"copied\":false,"
                + "\"paragraphs\":[]}]}";
        assertEquals(expected, CompareJson.write(comparison));
    }

    private static AnnualReport report(int year, TemplateVersion version) {
        AnnualReport report = ReportFactory.eINSTANCE.createAnnualReport();
        // a backslash, which JSON must escape
        report.setAgencyName("宿迁市\\局");
        report.setYear(year);
        report.setTemplateVersion(version);
        return report;
    }
}
