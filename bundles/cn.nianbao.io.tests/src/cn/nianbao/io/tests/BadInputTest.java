package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportImporter;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.testing.TestData;

/** Files a user may open by mistake or that arrive damaged: a clear reason, or a report with notes. */
class BadInputTest {

    @Test
    void aMissingFileIsRefusedWithAReasonInBothLanguages() {
        ImportException e = assertThrows(ImportException.class, () -> ReportReader.read(Path.of("/no/such/report.txt")));
        assertTrue(e.messageZh().contains("不存在"), e.messageZh());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertEquals(e.getMessage(), e.messageEn());
    }

    @Test
    void anEmptyFileAndAFolderAreRefused() throws Exception {
        ImportException empty = assertThrows(ImportException.class, () -> ReportReader.read(TextFiles.write(new byte[0], "empty.txt")));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        Path folder = Files.createTempDirectory("nianbao-folder");
        ImportException dir = assertThrows(ImportException.class, () -> ReportReader.read(folder));
        assertTrue(dir.messageZh().contains("文件夹"), dir.messageZh());
        Files.delete(folder);
    }

    @Test
    void binaryJunkIsRefused() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[100] = 0;
        ImportException e = assertThrows(ImportException.class, () -> ReportReader.read(TextFiles.write(junk, "junk.txt")));
        assertTrue(e.getMessage().contains("not text"), e.getMessage());
    }

    @Test
    void textThatIsNoAnnualReportIsRefused() {
        Path file = TextFiles.write("Minutes of the meeting\nNothing to report here.\n第一条 会议纪要\n", StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> ReportReader.read(file));
        assertTrue(e.getMessage().contains("not an annual report"), e.getMessage());
        assertTrue(e.messageZh().contains("不是政府信息公开工作年度报告"), e.messageZh());
    }

    @Test
    void aReportCutInTheMiddleOfTableThreeReportsTheMissingRowsAsAbsent() throws Exception {
        byte[] seed = Files.readAllBytes(TestData.seed());
        String text = new String(seed, StandardCharsets.UTF_8);
        int cut = text.substring(0, text.indexOf("4. 保护第三方合法权益") + 4).getBytes(StandardCharsets.UTF_8).length + 1;
        byte[] truncated = java.util.Arrays.copyOf(seed, cut);
        ImportResult result = Imports.read(TextFiles.write(truncated, "truncated.txt"));
        List<String> absentRows = result.importReport().notes(ImportNote.Kind.ABSENT).stream()
                .filter(n -> "T3".equals(n.tableId())).map(ImportNote::elementId).toList();
        assertEquals(List.of("R08", "R09", "R10", "R11", "R12", "R13", "R14", "R15", "R16", "R17", "R18", "R19", "R20",
                "R21", "R22", "R23", "R24", "R25"), absentRows);
        List<String> absentElsewhere = result.importReport().notes(ImportNote.Kind.ABSENT).stream()
                .filter(n -> !"T3".equals(n.tableId())).map(n -> n.tableId() + "/" + n.elementId()).toList();
        assertEquals(List.of("null/S4", "null/S5", "null/S6", "T4/null"), absentElsewhere);
        assertEquals(new BigDecimal("1"), ReportData.value(result.report(), new CellAddress("T3", "R01", "C1")));
        assertEquals(new BigDecimal("1"), ReportData.value(result.report(), new CellAddress("T3", "R03", "C7")));
        assertEquals("宝鸡市科学技术局", result.report().getAgencyName());
        assertTrue(result.importReport().hasProblems());
    }

    @Test
    void lettersAndWordsInNumberCellsKeepTheirTextWithoutAValue() throws Exception {
        String seed = Files.readString(TestData.seed());
        String changed = seed.replace("一、本年新收政府信息公开申请数量\t\t1\t", "一、本年新收政府信息公开申请数量\t\tx\t")
                .replace("规章\t0\t0\t0", "规章\t无\t0\t0");
        assertTrue(!changed.equals(seed));
        ImportResult result = TextFiles.importText(changed);
        Cell letters = ReportData.cell(result.report(), new CellAddress("T3", "R01", "C1"));
        assertNull(letters.getValue());
        assertEquals("x", letters.getText());
        assertEquals(new BigDecimal("1"), ReportData.value(result.report(), new CellAddress("T3", "R01", "C7")));
        Cell word = ReportData.cell(result.report(), new CellAddress("T2", "REG", "ISSUED"));
        assertNull(word.getValue());
        assertEquals("无", word.getText());
    }

    @Test
    void aGbkCopyOfTheSeedReadsTheSameAsTheUtf8One() throws Exception {
        String seed = Files.readString(TestData.seed());
        ImportResult utf8 = Imports.read(TestData.seed());
        ImportResult gbk = Imports.read(TextFiles.write(seed, Charset.forName("GBK")));
        assertEquals(utf8.report().getAgencyName(), gbk.report().getAgencyName());
        assertEquals(utf8.report().getTitle(), gbk.report().getTitle());
        assertEquals(ReportData.sectionText(utf8.report(), "S5"), ReportData.sectionText(gbk.report(), "S5"));
        int cells = 0;
        for (DataTable table : utf8.report().getTables()) {
            for (Cell cell : table.getCells()) {
                Cell other = ReportData.cell(gbk.report(), new CellAddress(table.getTableId(), cell.getRow(), cell.getColumn()));
                assertNotNull(other, cell.getRow() + "/" + cell.getColumn());
                assertEquals(cell.getValue(), other.getValue());
                assertEquals(cell.getText(), other.getText());
                cells++;
            }
        }
        assertEquals(200, cells);
        assertEquals(utf8.report().getSourceLabels().size(), gbk.report().getSourceLabels().size());
    }

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheTitle() throws Exception {
        byte[] seed = Files.readAllBytes(TestData.seed());
        byte[] withBom = new byte[seed.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(seed, 0, withBom, 3, seed.length);
        ImportResult result = Imports.read(TextFiles.write(withBom, "bom.txt"));
        assertEquals("宝鸡市科学技术局", result.report().getAgencyName());
    }

    @Test
    void aUtf8FileThatPrintsTheReplacementCharacterItselfIsReadAsPrintedWithoutADamageNote() throws Exception {
        String seed = Files.readString(TestData.seed());
        String marked = seed.replace("虽取得了一定成绩", "虽取得了一定成绩\uFFFD");
        assertTrue(!marked.equals(seed));
        ImportResult result = TextFiles.importText(marked);
        assertTrue(ReportData.sectionText(result.report(), "S5").contains("一定成绩\uFFFD，"), ReportData.sectionText(result.report(), "S5"));
        assertEquals(List.of(), damageNotes(result));
        // read as UTF-8 to its last character (the seed ends in 。 without a line break)
        assertTrue(ReportData.sectionText(result.report(), "S6").endsWith("信息处理费等情况。"), ReportData.sectionText(result.report(), "S6"));
        assertEquals("宝鸡市科学技术局", result.report().getAgencyName());
    }

    @Test
    void aUtf8FileWithADamagedByteIsReadWithANoteAndTheRestIntact() throws Exception {
        byte[] damaged = seedWithADamagedByte();
        ImportResult result = Imports.read(TextFiles.write(damaged, "damaged.txt"));
        String s5 = ReportData.sectionText(result.report(), "S5");
        assertTrue(s5.contains("一\uFFFD") && s5.contains("成绩，"), s5);
        assertEquals(1, damageNotes(result).size(), result.importReport().toString());
        assertEquals("宝鸡市科学技术局", result.report().getAgencyName());
        assertEquals(new BigDecimal("1"), ReportData.value(result.report(), new CellAddress("T3", "R01", "C7")));
    }

    @Test
    void theTextImporterCalledDirectlyReadsADamagedFileAsTheReaderDoes() throws Exception {
        // ReportReader hands the text decoded by the content test to the read; a caller of the importer's own
        // read (the ReportImporter interface) gets the file decoded there, with the same note
        byte[] damaged = seedWithADamagedByte();
        ReportImporter importer = ReportReader.importers().stream().filter(i -> i.name().equals("text")).findFirst().orElseThrow();
        assertTrue(importer.canRead(damaged, "damaged.txt"));
        ImportResult result = importer.read(damaged, "damaged.txt");
        assertTrue(ReportData.sectionText(result.report(), "S5").contains("一\uFFFD"), ReportData.sectionText(result.report(), "S5"));
        assertEquals(1, damageNotes(result).size(), result.importReport().toString());
        assertEquals("宝鸡市科学技术局", result.report().getAgencyName());
        assertEquals(new BigDecimal("1"), ReportData.value(result.report(), new CellAddress("T3", "R01", "C7")));
    }

    private static List<ImportNote> damageNotes(ImportResult result) {
        return result.importReport().notes(ImportNote.Kind.UNREADABLE).stream().filter(n -> n.messageEn().contains("not valid UTF-8")).toList();
    }

    /** The seed with the first byte of 定 in 一定成绩 (three bytes in UTF-8) one that no UTF-8 character starts with. */
    private static byte[] seedWithADamagedByte() throws Exception {
        byte[] seed = Files.readAllBytes(TestData.seed());
        String text = new String(seed, StandardCharsets.UTF_8);
        int at = text.substring(0, text.indexOf("一定成绩") + 1).getBytes(StandardCharsets.UTF_8).length;
        byte[] damaged = seed.clone();
        damaged[at] = (byte) 0xFF;
        return damaged;
    }
}
