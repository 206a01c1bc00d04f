package cn.nianbao.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/** The whole run: order, determinism, both languages. */
class ValidatorTest {

    private final Validator validator = new Validator();

    @Test
    void diagnosticsComeErrorsFirstThenByRuleId() {
        AnnualReport hongze = Corpus.report("02");
        List<Diagnostic> all = validator.check(hongze);
        // no text sections (STR-01), two broken totals (SUM-05, SUM-07), the unsplit （六） (STR-03 warning),
        // one corrected reconsideration (KPI-01 info), no publication date (TIM-01 info)
        assertEquals(List.of("STR-01", "SUM-05", "SUM-07", "STR-03", "KPI-01", "TIM-01"), Corpus.ruleIds(all));
        for (int i = 1; i < all.size(); i++) {
            Diagnostic before = all.get(i - 1);
            Diagnostic after = all.get(i);
            int bySeverity = Integer.compare(before.severity().getValue(), after.severity().getValue());
            assertFalse(bySeverity > 0 || bySeverity == 0 && before.ruleId().compareTo(after.ruleId()) > 0);
        }
    }

    @Test
    void theSameReportGivesTheSameDiagnostics() {
        AnnualReport seed = Corpus.report(Corpus.SEED);
        assertEquals(validator.check(seed), validator.check(seed));
        assertEquals(validator.check(seed), new Validator().check(Corpus.report(Corpus.SEED)));
    }

    @Test
    void everyDiagnosticCarriesBothLanguages() {
        for (String prefix : List.of("02", "03", "04", "05", "06", Corpus.SEED)) {
            for (Diagnostic d : validator.check(Corpus.report(prefix))) {
                assertFalse(d.messageZh().isBlank(), d.toString());
                assertFalse(d.messageEn().isBlank(), d.toString());
                assertFalse(d.messageEn().matches(".*[\\u4e00-\\u9fff]{4,}.*") && !d.ruleId().equals("LBL-01"),
                        "English message with Chinese text: " + d.messageEn());
            }
        }
    }
}
