package cn.nianbao.cli.intake;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import cn.nianbao.cli.ExitCode;
import cn.nianbao.cli.Repositories;
import cn.nianbao.model.AtomicFiles;
import cn.nianbao.review.ReviewException;
import cn.nianbao.review.intake.IntakeBuilder;
import cn.nianbao.review.intake.IntakeEntry;
import cn.nianbao.review.intake.IntakeList;
import cn.nianbao.review.intake.IntakeSource;
import cn.nianbao.review.intake.RosterFile;
import cn.nianbao.store.DataFolder;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.Roster;

/**
 * {@code nianbao intake --year Y ...}: the intake list (报送情况) of a region over the repository, after
 * importing the region's roster when {@code --roster FILE} is given (the roster replaces the region's
 * previous one only when the whole file is good). Exit 0 when every unit reported on time once and without
 * ERROR, 1 when a unit is overdue, late, duplicated or has an ERROR, 2 when the command line, the roster or
 * the repository cannot be used.
 */
public final class IntakeCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean chineseByDefault;

    public IntakeCommand(PrintStream out, PrintStream err, boolean chineseByDefault) {
        this.out = out;
        this.err = err;
        this.chineseByDefault = chineseByDefault;
    }

    public int run(List<String> args) {
        IntakeOptions options;
        try {
            options = IntakeOptions.parse(args);
        } catch (IntakeOptions.Wrong e) {
            IntakeTexts text = new IntakeTexts(chineseByDefault);
            err.println(text.get(e.key, e.argument));
            return ExitCode.UNREADABLE;
        }
        IntakeTexts text = new IntakeTexts(options.language() == null ? chineseByDefault : "zh".equals(options.language()));
        Path data = DataFolder.resolve(options.data());
        try (ReportRepository repository = Repositories.open(data, options.repository())) {
            String region = importRoster(options, repository, text);
            if (region == null) {
                region = onlyRegion(options, repository, text);
            }
            if (region == null) {
                return ExitCode.UNREADABLE;
            }
            Roster roster = repository.roster(region).orElse(null);
            if (roster == null) {
                err.println(text.get("intake.noRoster", region));
                return ExitCode.UNREADABLE;
            }
            IntakeList list = new IntakeBuilder().build(roster, options.year(), options.today(),
                    new IntakeSource(repository, ZoneId.systemDefault()).reportsOf(options.year(), roster));
            write(new IntakeOutput(text).format(list, options.format()), options.output(), text);
            return needsAttention(list) ? ExitCode.ERRORS_FOUND : ExitCode.OK;
        } catch (ReviewException e) {
            err.println(e.message(text.chinese()));
        } catch (RepositoryException e) {
            err.println(text.get("intake.repository", text.chinese() ? e.messageZh() : e.messageEn()));
        } catch (IOException e) {
            err.println(text.get("intake.cannotWrite", options.output(), e.getMessage()));
        }
        return ExitCode.UNREADABLE;
    }

    /** The region whose roster was imported, or null when no roster file was given. */
    private String importRoster(IntakeOptions options, ReportRepository repository, IntakeTexts text)
            throws RepositoryException {
        if (options.roster() == null) {
            return null;
        }
        if (options.region() == null) {
            throw ReviewException.of(text.get("intake.rosterNeedsRegion"), new IntakeTexts(false).get("intake.rosterNeedsRegion"));
        }
        Roster roster = RosterFile.read(Path.of(options.roster()), options.region(), options.unitDue(),
                options.governmentDue());
        repository.saveRoster(roster);
        err.println(text.get("intake.rosterSaved", roster.units().size(), roster.region(),
                roster.unitDue().toString().substring(2), roster.governmentDue().toString().substring(2)));
        return roster.region();
    }

    private String onlyRegion(IntakeOptions options, ReportRepository repository, IntakeTexts text)
            throws RepositoryException {
        if (options.region() != null) {
            return options.region();
        }
        List<String> regions = repository.rosterRegions();
        if (regions.size() == 1) {
            return regions.get(0);
        }
        err.println(regions.isEmpty() ? text.get("intake.noRosters")
                : text.get("intake.whichRegion", String.join("、", regions)));
        return null;
    }

    private static boolean needsAttention(IntakeList list) {
        for (IntakeEntry e : list.entries()) {
            if (e.submission().late() || e.duplicated() || e.errors() > 0) {
                return true;
            }
        }
        return false;
    }

    private void write(String content, String output, IntakeTexts text) throws IOException {
        if (output == null) {
            out.print(content);
            out.flush();
        } else {
            AtomicFiles.write(Path.of(output), content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
