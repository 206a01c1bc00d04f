package cn.nianbao.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.testing.FutureFormat;

/**
 * The editor on a report of a template version no one shipped (testdata/v2099): its grids have the new
 * row, column and item where the catalogue puts them, and the totals follow an edit of the new cell.
 */
class FutureFormatGridTest {

    private static final CellAddress NEW_CELL = new CellAddress("T3", "R26", "C8");

    @RegisterExtension
    final EditorFixture fixture = new EditorFixture();

    @BeforeAll
    static void registerTheFutureFormat() {
        FutureFormat.register();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theGridsHaveTheNewRowColumnAndItemAndTheTotalsFollow() throws Exception {
        fixture.open(ReportDocuments.open(FutureFormat.report("a-2098.txt")));
        assertNotNull(fixture.printed(NEW_CELL), "表三 shows 9.属于数据安全保护事项 × 行业协会商会");
        assertNotNull(fixture.printed(new CellAddress("T2", "INSPECTION", "DECISIONS")), "表二 shows 行政检查");
        assertEquals(new BigDecimal("2"), value(NEW_CELL));
        fixture.type(NEW_CELL, "4");
        assertEquals(new BigDecimal("4"), value(NEW_CELL));
        assertEquals(new BigDecimal("5"), value(new CellAddress("T3", "R26", "C7")), "the row's 总计: 1 + 4");
        assertEquals(new BigDecimal("5"), value(new CellAddress("T3", "R24", "C8")), "the column's （七）总计: 1 + 4");
    }

    private BigDecimal value(CellAddress address) {
        return ReportData.value(fixture.document.report(), address);
    }
}
