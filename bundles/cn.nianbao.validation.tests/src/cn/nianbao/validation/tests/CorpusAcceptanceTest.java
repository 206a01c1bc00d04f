package cn.nianbao.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/** The acceptance criteria of the whole rule set on the shared corpus, through the real importer. */
class CorpusAcceptanceTest {

    private final Validator validator = new Validator();

    @Test
    void hongze2023HasTheTwoTable4Errors() {
        assertEquals(List.of("SUM-05", "SUM-07"), Corpus.ruleIds(Imported.errors(validator.check(Imported.report("02")))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "03", "04", "05", "06", Corpus.SEED })
    void noErrorOnACorrectReport(String prefix) {
        List<Diagnostic> errors = Imported.errors(validator.check(Imported.report(prefix)));
        assertEquals(List.of(), errors, () -> errors.stream().map(Diagnostic::messageZh).toList().toString());
    }

    @Test
    void noErrorYearAgainstYear() {
        assertEquals(List.of(), Imported.errors(validator.check(Imported.report("03"), Imported.report("02"))));
        assertEquals(List.of(), Imported.errors(validator.check(Imported.report("06"), Imported.report("05"))));
    }
}
