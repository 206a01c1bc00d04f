package cn.nianbao.ui.parts;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.ECollections;

import cn.nianbao.model.report.Acceptance;
import cn.nianbao.model.report.AnnualReport;

/**
 * Accepting or revoking a finding as one step of the report's undo history: it makes the report dirty, the
 * live check runs again (so the finding shows as accepted), and Ctrl+Z takes it back.
 */
final class AcceptanceChange extends AbstractCommand {

    private final AnnualReport report;
    private final Consumer<AnnualReport> change;
    private List<Acceptance> before;
    private List<Acceptance> after;

    AcceptanceChange(String label, AnnualReport report, Consumer<AnnualReport> change) {
        super(label);
        this.report = report;
        this.change = change;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        before = List.copyOf(report.getAcceptances());
        change.accept(report);
        after = List.copyOf(report.getAcceptances());
    }

    @Override
    public void undo() {
        ECollections.setEList(report.getAcceptances(), before);
    }

    @Override
    public void redo() {
        ECollections.setEList(report.getAcceptances(), after);
    }
}
