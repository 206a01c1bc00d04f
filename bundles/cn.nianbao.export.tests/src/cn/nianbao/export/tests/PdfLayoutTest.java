package cn.nianbao.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import cn.nianbao.export.PdfExporter;

/** Page-level promises of the PDF: A4, an embedded Chinese font, page numbers, table headers on every page. */
class PdfLayoutTest {

    @Test
    void a4WithAnEmbeddedFontAndPageNumbers() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export())) {
            int count = pdf.getNumberOfPages();
            List<String> pages = pages(pdf);
            for (int i = 0; i < count; i++) {
                PDPage page = pdf.getPage(i);
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.5);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.5);
                assertTrue(pages.get(i).contains("第" + (i + 1) + "页／共" + count + "页"), "page number on page " + (i + 1));
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                }
            }
        }
    }

    @Test
    void everyPageOfTable3RepeatsItsHeader() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export())) {
            List<String> withRows = new ArrayList<>();
            List<String> pages = pages(pdf);
            for (int i = 0; i < pages.size(); i++) {
                String page = ExporterContractTest.compact(pages.get(i));
                if (page.contains("（七）总计") || page.contains("1.属于国家秘密") || page.contains("二、上年结转政府信息公开申请数量")) {
                    withRows.add("page " + (i + 1));
                    assertTrue(page.contains("申请人情况") && page.contains("法人或其他组织"), "header of 表三 on page " + (i + 1));
                }
            }
            assertTrue(withRows.size() >= 2, "the seed's 表三 spans pages: " + withRows);
        }
    }

    private static byte[] export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(TestReports.seed(), out);
        return out.toByteArray();
    }

    private static List<String> pages(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }
}
