package cn.nianbao.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.nianbao.validation.Validator;

/**
 * Regression guard of the performance rework: the full diagnostic lists (every field, in order) of the
 * seed, every corpus report and their mutations ({@link DiagnosticSnapshot}) are exactly those the
 * validator gave before it was optimised. The snapshot was written by that earlier implementation and
 * reviewed by hand; it is not regenerated from the code under test. How a change to it is reviewed:
 * {@code resources/README.md}; {@code -Dnianbao.snapshot.out=FILE} writes what the validator gives now.
 */
class DiagnosticSnapshotTest {

    @Test
    void diagnosticsAreThoseOfTheEarlierImplementation() throws IOException {
        String expected;
        try (InputStream in = DiagnosticSnapshotTest.class.getResourceAsStream(DiagnosticSnapshot.RESOURCE)) {
            assertNotNull(in, DiagnosticSnapshot.RESOURCE + " not on the class path");
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String actual = DiagnosticSnapshot.render(new Validator());
        String out = System.getProperty("nianbao.snapshot.out");
        if (out != null && !out.isBlank()) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(out), actual, StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual);
    }

    @Test
    void aSharedValidatorGivesTheSameAsAFreshOne() {
        Validator shared = new Validator();
        DiagnosticSnapshot.render(shared);
        assertEquals(DiagnosticSnapshot.render(new Validator()), DiagnosticSnapshot.render(shared));
    }
}
