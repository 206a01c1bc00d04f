package cn.nianbao.validation.tests;

import static cn.nianbao.validation.tests.Corpus.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import cn.nianbao.model.report.Acceptance;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.Acceptances;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/** A reviewer accepts a WARNING or INFO with a reason; it holds until the cells it concerns change. */
class AcceptanceTest {

    private final Validator validator = new Validator();

    @Test
    void anAcceptedFindingStaysAcceptedUntilItsCellsChange() {
        AnnualReport hongze = Imported.report("03");
        Diagnostic xs01 = only(validator.check(hongze), "XS-01").get(0);
        assertFalse(xs01.isAccepted());
        Acceptance acceptance = Acceptances.accept(hongze, xs01, "17 件为区政府办代表区政府受理，表三为全区口径", "张三");
        assertEquals("XS-01", acceptance.getRuleId());
        assertEquals("T3/R01/C7", acceptance.getCells());
        assertEquals(1, hongze.getAcceptances().size());

        AnnualReport reopened = EcoreUtil.copy(hongze); // as stored with the report
        Diagnostic again = only(validator.check(reopened), "XS-01").get(0);
        assertTrue(again.isAccepted());
        assertEquals("17 件为区政府办代表区政府受理，表三为全区口径", again.acceptedReason());
        assertEquals("张三", again.accepted().getAuthor());

        Corpus.set(reopened, "T3", "R01", "C1", "96");
        Corpus.set(reopened, "T3", "R01", "C7", "96");
        Diagnostic changed = only(validator.check(reopened), "XS-01").get(0);
        assertFalse(changed.isAccepted(), "the cell changed: the finding is open again");
        assertNull(changed.acceptedReason());
    }

    @Test
    void otherFindingsAreNotAcceptedWithIt() {
        AnnualReport suqian = Imported.report("06");
        List<Diagnostic> xs03 = only(validator.check(suqian), "XS-03");
        Acceptances.accept(suqian, xs03.get(0), "备案口径", "李四");
        List<Diagnostic> after = only(validator.check(suqian), "XS-03");
        assertTrue(after.get(0).isAccepted());
        assertFalse(after.get(1).isAccepted());
    }

    @Test
    void anErrorCannotBeAcceptedNorAnEmptyReasonGiven() {
        AnnualReport hongze = Imported.report("02");
        Diagnostic sum05 = only(validator.check(hongze), "SUM-05").get(0);
        assertThrows(IllegalArgumentException.class, () -> Acceptances.accept(hongze, sum05, "ok", "王五"));
        Diagnostic lbl = only(validator.check(hongze), "LBL-01").get(0);
        assertThrows(IllegalArgumentException.class, () -> Acceptances.accept(hongze, lbl, " ", "王五"));
        assertTrue(Acceptances.revoke(hongze, lbl) == false);
    }

    @Test
    void aTextFindingIsReopenedWhenItsTextChanges() {
        AnnualReport huaian = Imported.report("04");
        Diagnostic xy04 = only(validator.check(huaian), "XY-04").get(0);
        Acceptances.accept(huaian, xy04, "上年问题已在一（五）中说明", "赵六");
        assertTrue(only(validator.check(huaian), "XY-04").get(0).isAccepted());
        assertTrue(Acceptances.revoke(huaian, xy04));
        assertFalse(only(validator.check(huaian), "XY-04").get(0).isAccepted());
    }
}
