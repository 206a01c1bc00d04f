package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.ReportData;

/** Files from outside are hostile until proven otherwise: each attack ends in a clear refusal or a plain report. */
class HostileFileTest {

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    @Test
    void aPdfWithoutTextLayerIsRefusedAsNeedingOcr() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.addPage(new PDPage());
            document.save(out);
        }
        ImportException e = assertThrows(ImportException.class, () -> ReportReader.read(TextFiles.write(out.toByteArray(), "scan.pdf")));
        assertTrue(e.getMessage().contains("no text layer") && e.getMessage().contains("OCR is not supported"), e.getMessage());
        assertTrue(e.messageZh().contains("没有文字层"), e.messageZh());
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws IOException {
        byte[] plain = Files.readAllBytes(Forms.dir().resolve("000-baoji-kejiju-2024.pdf"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
        }
        ImportException e = assertThrows(ImportException.class, () -> ReportReader.read(TextFiles.write(out.toByteArray(), "locked.pdf")));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void aDocxWithAnExternalEntityIsRefusedAndLeaksNothing() throws IOException {
        Path secret = Files.createTempFile("nianbao-secret", ".txt");
        Files.writeString(secret, "SECRET-CONTENT");
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>宝鸡市科学技术局2024年政府信息公开工作年度报告 &x;</w:t></w:r></w:p></w:body></w:document>";
        byte[] docx = zip(document.getBytes(StandardCharsets.UTF_8));
        try {
            ImportResult result = ReportReader.read(TextFiles.write(docx, "xxe.docx"));
            assertFalse(String.valueOf(result.report().getTitle()).contains("SECRET"), "the entity was resolved");
        } catch (ImportException e) {
            assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void aZipBombDocxIsRefused() throws IOException {
        byte[] filler = new byte[30 * 1024 * 1024];
        java.util.Arrays.fill(filler, (byte) ' ');
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        document.write(head.getBytes(StandardCharsets.UTF_8));
        document.write(filler);
        document.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        byte[] docx = zip(document.toByteArray());
        assertTrue(docx.length < 1024 * 1024, "the bomb should be small: " + docx.length);
        ImportException e = assertThrows(ImportException.class, () -> ReportReader.read(TextFiles.write(docx, "bomb.docx")));
        assertTrue(e.getMessage().contains("unsafe"), e.getMessage());
    }

    @Test
    void deeplyNestedHtmlAndHugeSpansEndInAReportOrAClearReason() {
        StringBuilder html = new StringBuilder("<html><body><p>宝鸡市科学技术局2024年政府信息公开工作年度报告</p>");
        html.append("<div>".repeat(200_000)).append("一、总体情况").append("</div>".repeat(200_000));
        html.append("<table><tr><td rowspan=\"99999999\" colspan=\"65534\">三、收到和处理政府信息公开申请情况</td></tr></table></body></html>");
        Path file = TextFiles.write(html.toString().getBytes(StandardCharsets.UTF_8), "deep.html");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(40), () -> {
            try {
                ReportReader.read(file);
            } catch (ImportException e) {
                assertFalse(e.messageZh().isBlank());
            }
        });
    }

    @Test
    void aGbkPageInsideLayoutTablesIsReadFromItsTitle() {
        ImportResult result = Imports.read(Forms.dir().resolve("000-baoji-kejiju-2024.html"));
        assertEquals("宝鸡市科学技术局", result.report().getAgencyName());
        assertTrue(ReportData.sectionText(result.report(), "S6").contains("信息处理费"));
        assertTrue(result.importReport().notes().stream().allMatch(n -> n.kind() == ImportNote.Kind.DEVIATION), Imports.notes(result));
    }

    @Test
    void theImporterIsChosenByContentNotByName() throws IOException {
        byte[] pdf = Files.readAllBytes(Forms.dir().resolve("05-suqian-shi-2023.pdf"));
        byte[] docx = Files.readAllBytes(Forms.dir().resolve("05-suqian-shi-2023.docx"));
        byte[] html = Files.readAllBytes(Forms.dir().resolve("05-suqian-shi-2023.html"));
        for (byte[] content : new byte[][] {pdf, docx, html}) {
            ImportResult result = Imports.read(TextFiles.write(content, "report.txt"));
            assertEquals(2023, result.report().getYear());
        }
    }

    private static byte[] zip(byte[] document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            put(zip, "word/document.xml", document);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
