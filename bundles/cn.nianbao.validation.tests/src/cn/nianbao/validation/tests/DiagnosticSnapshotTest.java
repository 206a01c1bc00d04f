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
 * reviewed by hand; it is not regenerated from the code under test.
 */
class DiagnosticSnapshotTest {

    @Test
    void diagnosticsAreThoseOfTheEarlierImplementation() throws IOException {
        String expected;
        try (InputStream in = DiagnosticSnapshotTest.class.getResourceAsStream(DiagnosticSnapshot.RESOURCE)) {
            assertNotNull(in, DiagnosticSnapshot.RESOURCE + " not on the class path");
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, DiagnosticSnapshot.render(new Validator()));
    }

    @Test
    void aSharedValidatorGivesTheSameAsAFreshOne() {
        Validator shared = new Validator();
        DiagnosticSnapshot.render(shared);
        assertEquals(DiagnosticSnapshot.render(new Validator()), DiagnosticSnapshot.render(shared));
    }
}
