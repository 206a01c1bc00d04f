package cn.nianbao.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.testing.EmfXmi;

/**
 * The native bytes are EMF's plain XMI save of the report, byte for byte: the repository finds a duplicate by
 * their SHA-256 against revisions stored by earlier versions, so a faster save must not change one byte.
 */
class NativeBytesTest {

    @Test
    void randomReportsGiveEmfsBytes() throws Exception {
        int compared = 0;
        for (long seed = 0; seed < 300; seed++) {
            AnnualReport report = RandomReports.report(seed, false);
            assertArrayEquals(EmfXmi.plainBytes(report), NativeFormat.toBytes(report), "report of seed " + seed);
            compared++;
        }
        assertEquals(300, compared);
    }

    @Test
    void aReportXmlCannotHoldIsRefusedAsEmfRefusesIt() throws Exception {
        int refused = 0;
        int saved = 0;
        for (long seed = 1000; seed < 1100; seed++) {
            AnnualReport report = RandomReports.report(seed, true);
            String emfRefusal = null;
            byte[] emf = null;
            try {
                emf = EmfXmi.plainBytes(report);
            } catch (RuntimeException e) {
                emfRefusal = e.getMessage();
            }
            if (emfRefusal == null) {
                assertArrayEquals(emf, NativeFormat.toBytes(report), "report of seed " + seed);
                saved++;
            } else {
                RuntimeException ours = assertThrows(RuntimeException.class, () -> NativeFormat.toBytes(report),
                        "report of seed " + seed);
                assertEquals(emfRefusal, ours.getMessage());
                refused++;
            }
        }
        assertTrue(refused >= 10 && saved >= 10, "both cases drawn: refused " + refused + ", saved " + saved);
    }

    @Test
    void everyCharacterThatNeedsEscapingIsEscapedAsXmlReadersExpect() throws Exception {
        AnnualReport report = ReportFactory.eINSTANCE.createAnnualReport();
        report.setAgencyName("A&B<C>D\"E'F\nG\tH\rI\ud840\udc00J");

        String saved = new String(NativeFormat.toBytes(report), StandardCharsets.UTF_8);

        assertTrue(saved.contains("agencyName=\"A&amp;B&lt;C>D&quot;E'F&#xA;G&#x9;H&#xD;I\ud840\udc00J\""), saved);
        assertEquals(report.getAgencyName(), NativeFormat.fromBytes(saved.getBytes(StandardCharsets.UTF_8)).getAgencyName());
    }

    @Test
    void aControlCharacterIsRefused() {
        AnnualReport report = ReportFactory.eINSTANCE.createAnnualReport();
        report.setAgencyName("宿迁市\u0001");

        RuntimeException refused = assertThrows(RuntimeException.class, () -> NativeFormat.toBytes(report));
        assertTrue(refused.getMessage().contains("0x1"), refused.getMessage());
    }
}
