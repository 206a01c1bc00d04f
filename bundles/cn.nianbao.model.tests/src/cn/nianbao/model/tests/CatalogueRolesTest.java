package cn.nianbao.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.catalogue.TemplateDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.format.Totals;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TemplateVersion;

/** What code reads from the catalogue instead of naming ids: roles, totals, and templates by key. */
class CatalogueRolesTest {

    private final Template v2021 = FormatCatalogue.template(TemplateVersion.V2021);
    private final Template v2019 = FormatCatalogue.template(TemplateVersion.V2019_TRIAL);

    @Test
    void aGroupRoleCoversItsRowsAndTheUnsplitRowPrintedInsteadOfThem() {
        TableLayout t3 = v2021.table("T3");
        assertEquals(List.of("R05", "R06", "R07", "R08", "R09", "R10", "R11", "R12"), ids(t3.rowsOfRole("refused")));
        assertEquals(List.of("R21", "R22", "R23", "R21_23"), ids(t3.rowsOfRole("otherHandling")));
        assertEquals(List.of("R22"), ids(t3.rowsOfRole("feeUnpaid")), "the unsplit row is not row 2 alone");
        assertEquals(List.of("R21_23"), ids(v2019.table("T3").rowsOfRole("otherHandling")));
        assertNull(v2019.tableWithRole("feeUnpaid"), "the 2019 format has no fee row");
    }

    @Test
    void aRoleInTheTotalColumnOrInARoleColumn() {
        assertEquals(List.of(new CellAddress("T3", "R02", "C7")), v2021.cellsOfRole("carriedOver", null));
        assertEquals(List.of(new CellAddress("T4", "SUIT_DIRECT", "PENDING"), new CellAddress("T4", "SUIT_AFTER_REVIEW", "PENDING")),
                v2021.cellsOfRole("suits", "pending"));
    }

    @Test
    void aTotalSumsTheOtherLeavesOfItsGroup() {
        Totals totals = new Totals(v2021.table("T3"));
        List<CellAddress> total = totals.componentsOf(new CellAddress("T3", "R01", "C7"));
        assertEquals(List.of("C1", "C2", "C3", "C4", "C5", "C6"), total.stream().map(CellAddress::column).toList());
        List<CellAddress> outcomes = totals.componentsOf(new CellAddress("T3", "R24", "C1"));
        assertEquals(22, outcomes.size(), "R03 … R23 and the unsplit R21_23");
        assertEquals(List.of(new CellAddress("T3", "R05", "C7"), new CellAddress("T3", "R24", "C1")),
                totals.totalsOver(new CellAddress("T3", "R05", "C1")));
        Totals t4 = new Totals(v2021.table("T4"));
        assertEquals(List.of("UPHELD", "CORRECTED", "OTHER", "PENDING"),
                t4.componentsOf(new CellAddress("T4", "REVIEW", "TOTAL")).stream().map(CellAddress::column).toList());
    }

    @Test
    void aRegisteredTemplateIsFoundByItsKeyByTheReportAndForItsYears() throws IOException {
        TemplateDef definition = copyOf2021();
        definition.setVersion("local-2090");
        definition.setFirstYear(2090);
        definition.setLastYear(2091);
        Template local = FormatCatalogue.register(definition);
        assertSame(local, FormatCatalogue.template("local-2090"));
        assertSame(local, FormatCatalogue.template(TemplateVersion.V2021, 2091));
        assertSame(v2021, FormatCatalogue.template(TemplateVersion.V2021, 2092), "after its last year");
        assertSame(v2019, FormatCatalogue.template(TemplateVersion.V2019_TRIAL, 2090), "another layout");
        AnnualReport report = ReportFactory.eINSTANCE.createAnnualReport();
        local.applyTo(report);
        assertEquals("local-2090", report.getTemplateKey());
        assertEquals(TemplateVersion.V2021, report.getTemplateVersion());
        assertSame(local, FormatCatalogue.template(report));
        report.setTemplateKey("unknown");
        assertSame(v2021, FormatCatalogue.template(report), "an unknown key falls back on the national layout");
        TemplateDef national = copyOf2021();
        assertThrows(IllegalArgumentException.class, () -> FormatCatalogue.register(national));
    }

    private static TemplateDef copyOf2021() throws IOException {
        try (InputStream in = FormatCatalogue.class.getResourceAsStream("/catalogue/v2021.xmi")) {
            return FormatCatalogue.load(in, "copy of 2021");
        }
    }

    private static List<String> ids(List<RowDef> rows) {
        return rows.stream().map(RowDef::getId).toList();
    }
}
