package cn.nianbao.review.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.support.CellIndex;

/**
 * Compares two reports. Tables follow the later report's format; a cell only the earlier format has (the
 * 2019 format's rows, or the unsplit （六） row) is compared too when either report has a value in it.
 */
public final class Comparer {

    private final ChangeThreshold threshold;

    public Comparer(ChangeThreshold threshold) {
        this.threshold = threshold;
    }

    public Comparison compare(AnnualReport before, AnnualReport after) {
        Template template = FormatCatalogue.template(after);
        Template earlier = FormatCatalogue.template(before);
        CellIndex a = new CellIndex(before);
        CellIndex b = new CellIndex(after);
        List<TableComparison> tables = new ArrayList<>();
        for (TableLayout table : template.tables()) {
            Set<CellAddress> cells = new LinkedHashSet<>(table.cells(false));
            for (CellAddress extra : table.cells(true)) {
                if (a.has(extra) || b.has(extra)) {
                    cells.add(extra);
                }
            }
            TableLayout old = earlier.table(table.id());
            if (old != null && earlier != template) {
                old.cells(true).stream().filter(c -> a.has(c) || b.has(c)).forEach(cells::add);
            }
            List<CellChange> changes = new ArrayList<>(cells.size());
            for (CellAddress cell : cells) {
                changes.add(CellChange.of(cell, number(a, cell), number(b, cell), threshold));
            }
            tables.add(new TableComparison(table.id(), changes));
        }
        TextComparer text = new TextComparer(template);
        return new Comparison(before, after, threshold, tables, CrossYearChecks.applicable(before, after),
                CrossYearChecks.evaluate(template, before, after), text.sections(before, after),
                text.similarityS1(before, after), text.similarityS5(before, after), text.copyThreshold());
    }

    private static BigDecimal number(CellIndex index, CellAddress address) {
        var cell = index.cell(address);
        return cell == null ? null : cell.getValue();
    }
}
