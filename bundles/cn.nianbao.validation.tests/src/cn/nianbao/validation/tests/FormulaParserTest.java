package cn.nianbao.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.validation.engine.Formula;
import cn.nianbao.validation.engine.FormulaParser;
import cn.nianbao.validation.engine.Relation;
import cn.nianbao.validation.engine.Term;

/** The identity syntax of the catalogue. */
class FormulaParserTest {

    @Test
    void readsSumsOfIdsOnBothSides() {
        Formula f = FormulaParser.parse("R01 + R02 = R24 + R25");
        assertEquals(List.of(new Term(false, "R01", null), new Term(false, "R02", null)), f.left());
        assertEquals(Relation.EQ, f.relation());
        assertEquals(List.of(new Term(false, "R24", null), new Term(false, "R25", null)), f.right());
        assertFalse(f.hasSingleLeftCell());
    }

    @Test
    void readsRangesInequalitiesAndDifferences() {
        Formula range = FormulaParser.parse("C7 = C1..C6");
        assertEquals(List.of(new Term(false, "C1", "C6")), range.right());
        assertTrue(range.hasSingleLeftCell());
        assertEquals(Relation.LE, FormulaParser.parse("R24 <= R01 + R02").relation());
        assertEquals(Relation.GE, FormulaParser.parse("R24≥R01").relation());
        Formula difference = FormulaParser.parse("IN_FORCE = -REPEALED + ISSUED - R21_23");
        assertEquals(List.of(new Term(true, "REPEALED", null), new Term(false, "ISSUED", null), new Term(true, "R21_23", null)),
                difference.right());
        assertEquals(List.of(new Term(false, "REVIEW/TOTAL", null)), FormulaParser.parse("REVIEW/TOTAL >= REVIEW/PENDING").left());
    }

    @Test
    void relationsCompareByValueNotByScale() {
        assertTrue(Relation.EQ.holds(new BigDecimal("5"), new BigDecimal("5.00")));
        assertTrue(Relation.LE.holds(new BigDecimal("4"), new BigDecimal("5")));
        assertFalse(Relation.GE.holds(new BigDecimal("4"), new BigDecimal("5")));
        assertEquals("≤ 21", Relation.LE.bound(new BigDecimal("21")));
    }

    @org.junit.jupiter.api.Test
    void previousYearTerms() {
        Formula f = FormulaParser.parse("IN_FORCE = PREV.IN_FORCE + ISSUED - REPEALED");
        assertEquals(List.of(new Term(false, "IN_FORCE", null, true), new Term(false, "ISSUED", null),
                new Term(true, "REPEALED", null)), f.right());
    }
}
