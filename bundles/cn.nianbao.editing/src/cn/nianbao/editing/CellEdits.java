package cn.nianbao.editing;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Totals;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.ReportPackage;

/**
 * Turns typed or pasted values into one undoable EMF command. Totals that were in step with their parts
 * before the edit (equal to the sum, or blank) follow the new sum; a total typed by hand that disagrees
 * stays as typed, so that the disagreement shows as a broken identity, as in an imported report.
 */
public final class CellEdits {

    private final AnnualReport report;
    private final EditingDomain domain;
    private final Map<CellAddress, BigDecimal> pending = new LinkedHashMap<>();

    public CellEdits(AnnualReport report, EditingDomain domain) {
        this.report = report;
        this.domain = domain;
    }

    /** Adds one cell's new value (null blanks it). */
    public CellEdits set(CellAddress address, BigDecimal value) {
        pending.put(address, value);
        return this;
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }

    /** The command for every value added, with the totals that follow; null when nothing changes. */
    public Command toCommand(String label) {
        Map<CellAddress, BigDecimal> changes = new LinkedHashMap<>(pending);
        addFollowingTotals(changes);
        CompoundCommand command = new CellChange(label, List.copyOf(pending.keySet()));
        Map<String, DataTable> newTables = new LinkedHashMap<>();
        for (Map.Entry<CellAddress, BigDecimal> change : changes.entrySet()) {
            Cell cell = ReportData.cell(report, change.getKey());
            if (cell != null) {
                if (!same(cell.getValue(), change.getValue()) || cell.getText() != null) {
                    command.append(new SetCommand(domain, cell, ReportPackage.Literals.CELL__VALUE, change.getValue()));
                    command.append(new SetCommand(domain, cell, ReportPackage.Literals.CELL__TEXT, null));
                }
            } else if (change.getValue() != null) {
                appendNewCell(command, newTables, change.getKey(), change.getValue());
            }
        }
        return command.isEmpty() ? null : command;
    }

    private void appendNewCell(CompoundCommand command, Map<String, DataTable> newTables, CellAddress address, BigDecimal value) {
        Cell cell = ReportFactory.eINSTANCE.createCell();
        cell.setRow(address.row());
        cell.setColumn(address.column());
        cell.setValue(value);
        DataTable table = ReportData.table(report, address.table());
        if (table != null) {
            command.append(new AddCommand(domain, table, ReportPackage.Literals.DATA_TABLE__CELLS, cell));
            return;
        }
        DataTable created = newTables.get(address.table());
        if (created == null) {
            created = ReportFactory.eINSTANCE.createDataTable();
            created.setTableId(address.table());
            newTables.put(address.table(), created);
            command.append(new AddCommand(domain, report, ReportPackage.Literals.ANNUAL_REPORT__TABLES, created));
        }
        created.getCells().add(cell);
    }

    private void addFollowingTotals(Map<CellAddress, BigDecimal> changes) {
        Deque<CellAddress> work = new ArrayDeque<>(changes.keySet());
        while (!work.isEmpty()) {
            CellAddress changed = work.pop();
            TableLayout table = FormatCatalogue.template(report).table(changed.table());
            if (table == null) {
                continue;
            }
            Totals totals = new Totals(table);
            for (CellAddress total : totals.totalsOver(changed)) {
                if (pending.containsKey(total) || !inStep(totals, total)) {
                    continue;
                }
                BigDecimal sum = sum(totals, total, changes);
                if (!changes.containsKey(total) || !same(changes.get(total), sum)) {
                    changes.put(total, sum);
                    work.push(total);
                }
            }
        }
    }

    /** A total follows its parts while it is blank or equals their current sum. */
    private boolean inStep(Totals totals, CellAddress total) {
        BigDecimal value = ReportData.value(report, total);
        return value == null || value.compareTo(sum(totals, total, Map.of())) == 0;
    }

    private BigDecimal sum(Totals totals, CellAddress total, Map<CellAddress, BigDecimal> changes) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (CellAddress part : totals.componentsOf(total)) {
            BigDecimal value = changes.containsKey(part) ? changes.get(part) : ReportData.value(report, part);
            if (value != null) {
                sum = sum.add(value);
                any = true;
            }
        }
        return any ? sum : null;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
