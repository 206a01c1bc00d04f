package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.review.CellNames;

/** Cells and year-to-year formulas read with the table's own labels, not the catalogue's ids. */
class CellNamesTest {

    private final CellNames names = new CellNames(Corpus.read("06"));

    @Test
    void aCellIsNamedAsTheTablePrintsIt() {
        assertEquals("表三 一、本年新收政府信息公开申请数量 / 自然人", names.name(new CellAddress("T3", "R01", "C1"), true));
    }

    @Test
    void aFormulaNamesItsRowsAndLastYear() {
        assertEquals("二、上年结转政府信息公开申请数量 = 上年 四、结转下年度继续办理", names.formula("T3", "R02 = PREV.R25", true));
        assertEquals("现行有效件数 = 上年 现行有效件数 + 本年制发件数 - 本年废止件数",
                names.formula("T2", "IN_FORCE = PREV.IN_FORCE + ISSUED - REPEALED", true));
        assertEquals("2. Requests carried over from last year = 4. Carried over to next year of last year",
                names.formula("T3", "R02 = PREV.R25", false));
    }
}
