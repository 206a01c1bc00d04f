package cn.nianbao.review.ui.intake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.review.ReviewException;
import cn.nianbao.review.intake.IntakeBuilder;
import cn.nianbao.review.intake.IntakeList;
import cn.nianbao.review.intake.IntakeSource;
import cn.nianbao.review.intake.RosterFile;
import cn.nianbao.review.repository.RepositoryReports;
import cn.nianbao.review.rollup.MemberSet;
import cn.nianbao.review.rollup.RosterRollup;
import cn.nianbao.review.ui.ReviewParts;
import cn.nianbao.review.ui.rollup.RollupPart;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.Roster;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.ui.parts.EditorOpener;
import cn.nianbao.ui.parts.FileDialogs;
import jakarta.inject.Named;

/**
 * Review ▸ Intake: asks for the report year (and, when the repository has no roster yet, for the roster
 * file and its region), then opens the 报送情况 view of the region over the repository, as of today.
 */
public final class IntakeHandler {

    public static final String PART = "cn.nianbao.review.partdescriptor.intake";

    @Execute
    public void execute(@Named("activeShell") Shell shell, ReviewParts parts, EditorOpener opener,
            RepositoryAccess access) {
        try {
            InputDialog yearDialog = new InputDialog(shell, IntakeMessages.Intake_title, IntakeMessages.Intake_year,
                    String.valueOf(Year.now().getValue() - 1), text -> text.strip().matches("\\d{4}") ? null
                            : IntakeMessages.Intake_year);
            if (yearDialog.open() != Window.OK) {
                return;
            }
            int year = Integer.parseInt(yearDialog.getValue().strip());
            ReportRepository repository = access.get();
            Roster roster = roster(shell, repository);
            if (roster == null) {
                return;
            }
            IntakeList list = new IntakeBuilder().build(roster, year, LocalDate.now(),
                    new IntakeSource(repository, ZoneId.systemDefault()).reportsOf(year, roster));
            Consumer<MemberSet> rollup = set -> rollUp(shell, parts, opener, repository, roster, set, year);
            parts.open(PART, Map.of(IntakePart.LIST, list, IntakePart.ROLLUP, rollup),
                    IntakeMessages.Intake_title + " " + roster.region() + " " + year);
        } catch (ReviewException e) {
            Failures.show(shell, IntakeHandler.class, IntakeMessages.Intake_title, e.message(!UiLanguage.english()), e);
        } catch (Exception e) {
            Failures.show(shell, IntakeHandler.class, IntakeMessages.Intake_title, FileDialogs.reason(e), e);
        }
    }

    /** The region's roster: the only one, one chosen by name, or one imported now; null when cancelled. */
    private static Roster roster(Shell shell, ReportRepository repository) throws Exception {
        List<String> regions = repository.rosterRegions();
        if (regions.size() == 1) {
            return repository.roster(regions.get(0)).orElseThrow();
        }
        if (!regions.isEmpty()) {
            InputDialog which = new InputDialog(shell, IntakeMessages.Intake_title,
                    NLS.bind(IntakeMessages.Intake_whichRegion, String.join("、", regions)), regions.get(0),
                    text -> regions.contains(text.strip()) ? null : String.join("、", regions));
            return which.open() == Window.OK ? repository.roster(which.getValue().strip()).orElseThrow() : null;
        }
        MessageDialog.openInformation(shell, IntakeMessages.Intake_title, IntakeMessages.Intake_noRoster);
        FileDialog files = new FileDialog(shell, SWT.OPEN);
        files.setText(IntakeMessages.Intake_chooseRoster);
        files.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" });
        String file = files.open();
        if (file == null) {
            return null;
        }
        InputDialog region = new InputDialog(shell, IntakeMessages.Intake_title, IntakeMessages.Intake_region, "",
                text -> text.isBlank() ? IntakeMessages.Intake_region : null);
        if (region.open() != Window.OK) {
            return null;
        }
        Roster roster = RosterFile.read(Path.of(file), region.getValue().strip(), null, null);
        repository.saveRoster(roster);
        return roster;
    }

    private static void rollUp(Shell shell, ReviewParts parts, EditorOpener opener, ReportRepository repository,
            Roster roster, MemberSet set, int year) {
        try {
            RosterRollup.Result result = new RosterRollup().build(roster, set,
                    new RepositoryReports(repository).ofYear(year, null));
            if (result.rollup() == null) {
                MessageDialog.openInformation(shell, IntakeMessages.Intake_title, NLS.bind(IntakeMessages.Intake_leftOut,
                        String.join("、", result.leftOut().stream().map(IntakeMessages::leftOut).toList())));
                return;
            }
            opener.show(new ReportDocument(result.rollup().total(), null, true));
            parts.open(ReviewParts.ROLLUP, Map.of(RollupPart.RESULT, result.rollup(), RollupPart.LEFT_OUT,
                    result.leftOut()), roster.region() + " " + year);
        } catch (ReviewException e) {
            Failures.show(shell, IntakeHandler.class, IntakeMessages.Intake_title, e.message(!UiLanguage.english()), e);
        } catch (Exception e) {
            Failures.show(shell, IntakeHandler.class, IntakeMessages.Intake_title, FileDialogs.reason(e), e);
        }
    }
}
