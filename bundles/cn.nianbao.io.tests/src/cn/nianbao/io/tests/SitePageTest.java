package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.io.ImportResult;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.testing.ExpectedValues;
import cn.nianbao.testing.TestData;

/**
 * A report saved as the whole page of a government site: top bar, navigation, breadcrumb, side menu,
 * metadata table, stamp line, attachments, share and print links, related links and footer around it.
 */
class SitePageTest {

    private static final Path PAGE = TestData.root().resolve("testdata/webpage/04-huaian-shizhengfu-2024-site.html");
    /** Text of the page around the report, each of which must stay out of the report. */
    private static final List<String> CHROME = List.of("当前位置", "首页", "政务动态", "无障碍", "搜索", "索引号", "成文日期",
            "发布日期", "浏览次数", "字号", "附件", "分享到", "打印本页", "关闭窗口", "相关链接", "2023年政府信息公开工作年度报告",
            "清江浦区", "主办单位", "版权所有", "网站标识码", "ICP备", "公网安备", "网站地图", "政府信息公开指南");

    @Test
    void everyCellOfTheSitePageIsRead() {
        ImportResult result = Imports.read(PAGE);
        List<String> wrong = Imports.wrongCells(result, ExpectedValues.read(PAGE.resolveSibling("04-huaian-shizhengfu-2024-site.expected.tsv")));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n" + Imports.notes(result));
    }

    @Test
    void theTitleAndTheSixSectionsHoldNoTextOfTheSite() {
        ImportResult result = Imports.read(PAGE);
        assertEquals("淮安市人民政府", result.report().getAgencyName());
        assertEquals(2024, result.report().getYear());
        // the page's six sections and the one sub-heading （一）主动公开情况 of section 一, nothing more
        assertEquals(List.of("S1", "S1.1", "S2", "S3", "S4", "S5", "S6"),
                result.report().getSections().stream().map(TextSection::getKey).toList(), Imports.notes(result));
        for (String chrome : CHROME) {
            assertFalse(String.valueOf(result.report().getTitle()).contains(chrome), "title: " + result.report().getTitle());
            assertFalse(String.valueOf(result.report().getPreamble()).contains(chrome),
                    chrome + " in the preamble: " + result.report().getPreamble());
            for (TextSection section : result.report().getSections()) {
                assertFalse(section.getHeading().contains(chrome) || String.valueOf(section.getBody()).contains(chrome),
                        chrome + " in " + section.getKey() + ": " + section.getBody());
            }
        }
    }

    @Test
    void theLastSectionEndsWithTheReport() {
        ImportResult result = Imports.read(PAGE);
        TextSection last = result.report().getSections().get(result.report().getSections().size() - 1);
        assertEquals("2024 年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 3940 元。", last.getBody().strip());
    }
}
