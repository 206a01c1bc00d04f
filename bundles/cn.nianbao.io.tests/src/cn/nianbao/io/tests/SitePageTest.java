package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.testing.ExpectedValues;
import cn.nianbao.testing.TestData;

/**
 * A report saved as the whole page of a government site: a modern portal whose markup names its chrome
 * (top bar, navigation, breadcrumb, side menu, metadata table, stamp line, attachments, share and print
 * links, related links, footer) and an old table-layout portal whose chrome is known only by its text.
 */
class SitePageTest {

    /** Text of the pages around the reports, each of which must stay out of the report. */
    private static final List<String> CHROME = List.of("当前位置", "现在的位置", "首页", "政务动态", "无障碍", "搜索", "索引号",
            "成文日期", "发布日期", "发布时间", "信息来源", "浏览次数", "点击数", "字号", "附件", "分享到", "打印本页", "关闭窗口",
            "相关链接", "2022年政府信息公开工作年度报告", "清江浦区", "主办", "版权所有", "网站标识码", "ICP备", "公网安备", "网站地图",
            "政府信息公开指南", "邮编：223800");

    private static Path page(String name) {
        return TestData.root().resolve("testdata/webpage").resolve(name + ".html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"04-huaian-shizhengfu-2024-site", "05-suqian-shi-2023-oldportal"})
    void everyCellOfTheSitePageIsRead(String name) {
        ImportResult result = Imports.read(page(name));
        List<String> wrong = Imports.wrongCells(result, ExpectedValues.read(page(name).resolveSibling(name + ".expected.tsv")));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n" + Imports.notes(result));
    }

    @ParameterizedTest
    @CsvSource({
        "04-huaian-shizhengfu-2024-site, 淮安市人民政府, 2024",
        "05-suqian-shi-2023-oldportal, 宿迁市, 2023"})
    void theTitleAndTheSixSectionsHoldNoTextOfTheSite(String name, String agency, int year) {
        ImportResult result = Imports.read(page(name));
        assertEquals(agency, result.report().getAgencyName());
        assertEquals(year, result.report().getYear());
        List<String> keys = result.report().getSections().stream().map(TextSection::getKey).toList();
        assertTrue(keys.containsAll(List.of("S1", "S2", "S3", "S4", "S5", "S6")), keys + "\n" + Imports.notes(result));
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

    /**
     * Notepad and some site editors save a page with UTF-8's byte-order mark before {@code <!DOCTYPE}: it is
     * still the page (read as plain text, its markup and the site's text would end up in the report).
     */
    @ParameterizedTest
    @ValueSource(strings = {"04-huaian-shizhengfu-2024-site", "06-suqian-shi-2024-late"})
    void aPageSavedWithAByteOrderMarkIsReadAsThePage(String name) throws Exception {
        byte[] page = Files.readAllBytes(page(name));
        byte[] marked = new byte[page.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(page, 0, marked, 3, page.length);

        ImportResult result = ReportReader.read(marked, name + ".html");

        List<String> wrong = Imports.wrongCells(result, ExpectedValues.read(page(name).resolveSibling(name + ".expected.tsv")));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n" + Imports.notes(result));
        for (TextSection section : result.report().getSections()) {
            assertFalse(section.getBody().contains("<") || section.getBody().contains("版权所有"),
                    section.getKey() + " holds the page's markup or footer: " + section.getBody());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "04-huaian-shizhengfu-2024-site, 全年收取政府信息公开信息处理费 3940 元。",
        "05-suqian-shi-2023-oldportal, 收费标准均符合《政府信息公开信息处理费管理办法》规定。"})
    void theLastSectionEndsWithTheReport(String name, String lastWords) {
        ImportResult result = Imports.read(page(name));
        List<TextSection> sections = result.report().getSections();
        String body = sections.get(sections.size() - 1).getBody().strip();
        assertTrue(body.endsWith(lastWords), body);
    }
}
