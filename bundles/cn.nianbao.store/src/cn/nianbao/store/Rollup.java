package cn.nianbao.store;

import java.math.BigDecimal;
import java.util.Map;

import cn.nianbao.model.CellAddress;

/**
 * The cell-wise sums over the current revisions of every report of one year. {@code counts} says how many
 * reports had a value in the cell: blank cells are not counted as zero.
 */
public record Rollup(int year, int reports, Map<CellAddress, BigDecimal> sums, Map<CellAddress, Integer> counts) {
}
