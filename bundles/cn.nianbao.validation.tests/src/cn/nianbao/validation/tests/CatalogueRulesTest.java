package cn.nianbao.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.catalogue.TemplateDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TemplateVersion;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.RuleCatalogue;
import cn.nianbao.validation.RuleInfo;
import cn.nianbao.validation.Validator;

/** Rules are data: a rule that only a catalogue file defines is evaluated without new code. */
class CatalogueRulesTest {

    private static Template testTemplate() throws IOException {
        try (InputStream in = CatalogueRulesTest.class.getResourceAsStream("/test-extra-rules.xmi")) {
            assertNotNull(in, "test-extra-rules.xmi not on the class path");
            TemplateDef definition = FormatCatalogue.load(in, "test-extra-rules.xmi");
            return new Template(TemplateVersion.V2021, definition);
        }
    }

    @Test
    void aRuleDefinedOnlyInATestCatalogueIsEvaluatedForEachColumn() throws IOException {
        Validator validator = new Validator(testTemplate());
        // corpus 03: 复议后起诉 2/0/1/0/3 against 行政复议 1/1/0/0/2
        List<Diagnostic> diagnostics = validator.check(Corpus.report("03"));
        assertEquals(List.of("TEST-01", "TEST-01", "TEST-01"), Corpus.ruleIds(diagnostics));
        assertEquals(List.of("UPHELD", "OTHER", "TOTAL"), diagnostics.stream().map(d -> d.cells().get(0).column()).toList());
        Diagnostic upheld = diagnostics.get(0);
        assertEquals(Severity.WARNING, upheld.severity());
        assertEquals("≤ 1", upheld.expected());
        assertEquals("2", upheld.actual());
        assertEquals("复议后起诉 ≤ 行政复议: 2 > 1（结果维持）", upheld.formula());
        assertEquals("复议后起诉 结果维持 应不大于 1（行政复议 1），实际为 2", upheld.messageZh());
    }

    @Test
    void theTestCatalogueRulesHoldWhereTheValuesFit() throws IOException {
        // corpus 04: 复议后起诉 12/1/1/6/20 against 行政复议 72/64/178/37/351; only the template's rules run
        assertEquals(List.of(), new Validator(testTemplate()).check(Corpus.report("04")));
    }

    @Test
    void aRuleEvaluatedOnceComparesSingleCells() throws IOException {
        AnnualReport report = Corpus.report("04");
        Corpus.set(report, "T4", "REVIEW", "PENDING", "400");
        List<Diagnostic> test02 = Corpus.only(new Validator(testTemplate()).check(report), "TEST-02");
        assertEquals(1, test02.size());
        assertEquals(Severity.INFO, test02.get(0).severity());
        assertEquals(List.of(new CellAddress("T4", "REVIEW", "TOTAL"), new CellAddress("T4", "REVIEW", "PENDING")),
                test02.get(0).cells());
        assertEquals("行政复议 总计 ≥ 行政复议 尚未审结: 351 < 400", test02.get(0).formula());
    }

    @Test
    void everyRuleOfTheNationalTemplateIsListedWithWhetherItIsChecked() {
        List<RuleInfo> rules = RuleCatalogue.rules(TemplateVersion.V2021);
        assertEquals(FormatCatalogue.template(TemplateVersion.V2021).rules().size(), rules.size());
        RuleInfo sum01 = rules.stream().filter(r -> r.id().equals("SUM-01")).findFirst().orElseThrow();
        assertEquals("R01 + R02 = R24 + R25", sum01.formula());
        assertEquals("T3", sum01.table());
        assertTrue(sum01.implemented());
        assertTrue(rules.stream().allMatch(RuleInfo::implemented), "every rule of format.md §8 is checked or handled");
        assertEquals(List.of("XS-08"), rules.stream().filter(r -> "design note".equals(r.handling())).map(RuleInfo::id).toList());
        assertEquals(List.of("TIM-03"), rules.stream().filter(r -> "checklist".equals(r.handling())).map(RuleInfo::id).toList());
        RuleInfo xy01 = rules.stream().filter(r -> r.id().equals("XY-01")).findFirst().orElseThrow();
        assertEquals("R02 = PREV.R25", xy01.formula());
        RuleInfo xs01 = rules.stream().filter(r -> r.id().equals("XS-01")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, xs01.severity());
        assertNotNull(xs01.descriptionZh());
    }

    @Test
    void everyFormulaOfBothNationalTemplatesParsesAndResolves() {
        for (TemplateVersion version : TemplateVersion.values()) {
            Validator validator = new Validator(FormatCatalogue.template(version));
            AnnualReport empty = cn.nianbao.model.report.ReportFactory.eINSTANCE.createAnnualReport();
            empty.setTemplateVersion(version);
            // an empty report: blank is 0, so every identity holds, and nothing throws
            assertTrue(Corpus.startingWith(validator.check(empty), "SUM-").isEmpty(), version.getLiteral());
        }
    }

    @Test
    void aBrokenFormulaIsRefusedWithItsText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cn.nianbao.validation.engine.FormulaParser.parse("R01 + = R02"));
        assertTrue(e.getMessage().contains("R01 + = R02"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> cn.nianbao.validation.engine.FormulaParser.parse("R01 R02"));
        assertThrows(IllegalArgumentException.class, () -> cn.nianbao.validation.engine.FormulaParser.parse("R01 * 2 = R02"));
    }
}
