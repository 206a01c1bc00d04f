package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.review.score.ScoringSheet;
import cn.nianbao.review.score.ScoringSheets;
import cn.nianbao.review.score.SheetException;
import cn.nianbao.review.score.SheetItem;

/** The built-in 宿迁 pack as review.md describes it, and packs a county gets wrong, refused by file and line. */
class ScoringSheetTest {

    @TempDir
    Path folder;

    @Test
    void theSuqianDepartmentSheetHasTheItemsOfReviewMd() throws SheetException {
        ScoringSheet sheet = ScoringSheets.find("suqian-dept");
        assertEquals(List.of("SQ-DEP-A-005", "SQ-DEP-B-048", "SQ-DEP-B-049"),
                sheet.items().stream().map(SheetItem::id).toList());
        SheetItem onTime = sheet.items().get(0);
        assertEquals(new BigDecimal("1"), onTime.points().stripTrailingZeros(), "0.5 late + 0.5 repeated");
        assertEquals(new BigDecimal("0.5"), onTime.deductions().get(0).points());
        assertEquals(List.of("TIM-01"), onTime.deductions().get(0).rules());
        assertEquals(List.of("XY-03"), onTime.deductions().get(1).rules());
        assertTrue(!onTime.deductions().get(1).automatic(), "重复率 is judged by a person (auto_deduct:false)");
        SheetItem corrected = sheet.items().get(1);
        assertNull(corrected.cap(), "每出现1例扣2分 has no cap");
        assertEquals(new BigDecimal("2"), corrected.deductions().get(0).points());
        assertTrue(sheet.items().get(2).deductions().isEmpty(), "a 通报 is scored by a person");
        assertTrue(sheet.source().contains("GovOpen-AutoAudit"), sheet.source());
        assertEquals(List.of("suqian-dept"), ScoringSheets.builtIn());
    }

    @Test
    void aMissingCommaIsNamedWithFileAndLine() throws IOException {
        Path pack = write("broken.json", "{\n  \"id\": \"x\"\n  \"name\": {\"zh\": \"甲\", \"en\": \"A\"}\n}\n");
        SheetException e = assertThrows(SheetException.class, () -> ScoringSheets.find(pack.toString()));
        assertTrue(e.message(false).startsWith(pack + ", line 3: not valid JSON"), e.message(false));
        assertTrue(e.message(true).startsWith(pack + "，第 3 行："), e.message(true));
    }

    @Test
    void aMisspelledFieldIsNamedWithItsLine() throws IOException {
        Path pack = write("typo.json", """
                {
                  "id": "x",
                  "name": {"zh": "甲", "en": "A"},
                  "source": "test",
                  "items": [
                    {"id": "I1", "title": {"zh": "甲", "en": "A"}, "points": 1,
                     "deductions": [{"rules": ["SUM-*"], "pionts": 0.5}]}
                  ]
                }
                """);
        SheetException e = assertThrows(SheetException.class, () -> ScoringSheets.read(pack));
        assertEquals(pack + ", line 7: unknown field \"pionts\" (see docs/scoring.md for the fields of a scoring sheet)",
                e.message(false));
    }

    @Test
    void aPackCannotMakeUncertainFindingsDeduct() throws IOException {
        Path pack = write("deduct.json", """
                {"id": "x", "name": {"zh": "甲", "en": "A"}, "source": "test",
                 "uncertain": "deduct",
                 "items": [{"id": "I1", "title": {"zh": "甲", "en": "A"}, "points": 1}]}
                """);
        SheetException e = assertThrows(SheetException.class, () -> ScoringSheets.read(pack));
        assertTrue(e.message(false).startsWith(pack + ", line 2: \"uncertain\": \"deduct\" is not allowed"),
                e.message(false));
    }

    @Test
    void aDeductionWithoutPointsIsRefusedAtItsObject() throws IOException {
        Path pack = write("nopoints.json", """
                {"id": "x", "name": {"zh": "甲", "en": "A"}, "source": "test",
                 "items": [{"id": "I1", "title": {"zh": "甲", "en": "A"}, "points": 1,
                   "deductions": [
                     {"rules": ["TIM-01"]}
                   ]}]}
                """);
        SheetException e = assertThrows(SheetException.class, () -> ScoringSheets.read(pack));
        assertEquals(pack + ", line 4: the field \"points\" is missing", e.message(false));
        assertEquals(pack + "，第 4 行：缺少字段“points”", e.message(true));
    }

    @Test
    void aNameThatIsNeitherFileNorBuiltInSaysWhichAreBuiltIn() {
        SheetException e = assertThrows(SheetException.class, () -> ScoringSheets.find("no-such-sheet"));
        assertEquals("no-such-sheet: no such file and no built-in sheet of that name (built-in: suqian-dept)",
                e.message(false));
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
