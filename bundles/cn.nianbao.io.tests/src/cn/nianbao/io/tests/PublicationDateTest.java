package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import cn.nianbao.io.ImportResult;
import cn.nianbao.testing.TestData;

/**
 * The publication date is read from the publisher's stamp only: a page's meta tag or 发布日期/发布时间 line;
 * never from a date in the report's prose, nor from the dates a file keeps of its own making.
 */
class PublicationDateTest {

    private static LocalDate published(String file) {
        ImportResult result = Imports.read(TestData.root().resolve(file));
        return result.report().getPublishDate() == null ? null
                : result.report().getPublishDate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
    }

    @Test
    void theCmsMetaTagGivesTheDayAndNotTheDocumentDateInTheMetadataTable() {
        // the page also says 成文日期：2025-01-15 (the day it was written) and lists related reports with their dates
        assertEquals(LocalDate.of(2025, 1, 20), published("testdata/webpage/04-huaian-shizhengfu-2024-site.html"));
    }

    @Test
    void theVisibleStampLineWithAChineseDateGivesTheDay() {
        assertEquals(LocalDate.of(2025, 4, 15), published("testdata/webpage/06-suqian-shi-2024-late.html"));
    }

    @Test
    void anOldPortalsStampAmongItsSourceAndHitsGivesTheDay() {
        // 信息来源：宿迁市人民政府办公室　　发布时间：2024年1月20日　　点击数：862
        assertEquals(LocalDate.of(2024, 1, 20), published("testdata/webpage/05-suqian-shi-2023-oldportal.html"));
    }

    @Test
    void aPageWithoutStampHasNoDateThoughItsProseHasMany() {
        // the prose names 2024 年 1 月 1 日 and other days; none of them is the publication
        assertNull(published("testdata/webpage/04-huaian-shizhengfu-2024-nostamp.html"));
    }

    @Test
    void aPdfsCreationDateIsNotItsPublication() {
        // the file says CreationDate D:20261128032021Z: when this copy was made, long after the report went out;
        // taken as the publication it would make TIM-01 call a timely report late
        assertNull(published("testdata/forms/04-huaian-shizhengfu-2024.pdf"));
    }

    @Test
    void aPlainTextCopyHasNoDate() {
        assertNull(published("testdata/corpus/04-huaian-shizhengfu-2024.txt"));
    }
}
