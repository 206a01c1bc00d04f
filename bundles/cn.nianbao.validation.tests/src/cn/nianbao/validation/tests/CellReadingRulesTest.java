package cn.nianbao.validation.tests;

import static cn.nianbao.validation.tests.Corpus.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/**
 * The type rules read cells through the one cell reader: every placeholder real reports print is a blank
 * warning (TYP-03), never a "not a number" error (TYP-01); and the fee amount's decimals are the
 * catalogue rule's.
 */
class CellReadingRulesTest {

    private final Validator validator = new Validator();

    @ParameterizedTest
    @ValueSource(strings = { "\\", "--", "―", "－", "——", "无" })
    void everyPlaceholderIsABlankWarningAndNoTypeError(String placeholder) {
        AnnualReport report = Corpus.report("04");
        Corpus.setText(report, "T3", "R05", "C1", placeholder);
        List<Diagnostic> all = validator.check(report);
        assertEquals(List.of(), only(all, "TYP-01"), placeholder);
        List<Diagnostic> typ03 = only(all, "TYP-03");
        assertEquals(1, typ03.size(), placeholder);
        assertEquals(List.of(new CellAddress("T3", "R05", "C1")), typ03.get(0).cells());
    }

    @Test
    void fullWidthDigitsAndThousandsSeparatorsAreACount() {
        AnnualReport report = Corpus.report("04");
        Corpus.setText(report, "T3", "R05", "C1", "１,２３４");
        assertEquals(List.of(), only(validator.check(report), "TYP-01"));
    }

    @Test
    void theFeeAmountsDecimalsAreTheCatalogueRules() {
        RuleDef rule = FormatCatalogue.template(Corpus.report("04").getTemplateVersion()).rule("TYP-02");
        int shipped = rule.getMaxDecimals();
        assertEquals(6, shipped);
        AnnualReport report = Corpus.report("04");
        Corpus.set(report, "T2", "FEE", "AMOUNT", "12.3456789");
        try {
            rule.setMaxDecimals(7);
            assertEquals(List.of(), only(validator.check(report), "TYP-02"), "seven decimals where the catalogue allows seven");
        } finally {
            rule.setMaxDecimals(shipped);
        }
        assertEquals(1, only(validator.check(report), "TYP-02").size());
    }
}
