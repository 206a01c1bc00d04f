package cn.nianbao.validation.support;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.Cell;

/**
 * A cell of the report in a table and column its template knows, with what the rules that go through the
 * tables cell by cell (TYP-01, TYP-02, TYP-04) ask of it, looked up once per check ({@link RuleContext#knownCells}).
 *
 * @param row null when the template's table has no such row
 */
public record KnownCell(TableLayout table, Cell cell, CellAddress address, RowDef row, ColumnDef column, CellValue value) {
}
