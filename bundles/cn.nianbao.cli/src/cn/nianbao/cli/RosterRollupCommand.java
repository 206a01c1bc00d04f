package cn.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.review.ReviewException;
import cn.nianbao.review.repository.RepositoryReports;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.review.rollup.LeftOut;
import cn.nianbao.review.rollup.MemberSet;
import cn.nianbao.review.rollup.RollupMember;
import cn.nianbao.review.rollup.RosterRollup;
import cn.nianbao.store.DataFolder;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.Roster;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/**
 * {@code nianbao rollup --year Y --roster REGION [--set local|region] -o OUT}: the 本级 or 本行政区域 total
 * of a region from its roster (AGG-01, AGG-04). Prints the counted members (✓) and the units left out (–)
 * with why; exit codes as {@code rollup}, and 1 also when a unit of the set is left out.
 */
final class RosterRollupCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    RosterRollupCommand(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
    }

    int run(ReviewOptions options) throws UsageException {
        if (options.year() == null) {
            throw new UsageException("missingArgument", "rollup --roster", "--year Y");
        }
        MemberSet set = "local".equals(options.memberSet()) ? MemberSet.LOCAL : MemberSet.REGION;
        RosterRollup.Result result;
        Path data = DataFolder.resolve(options.data());
        try (ReportRepository repository = Repositories.open(data, null)) {
            Roster roster = repository.roster(options.roster()).orElse(null);
            if (roster == null) {
                err.println(text.get("rollup.noRoster", options.roster()));
                return ExitCode.UNREADABLE;
            }
            List<SourcedReport> reports = new RepositoryReports(repository).ofYear(options.year(), null);
            result = new RosterRollup().build(roster, set, reports);
        } catch (RepositoryException e) {
            err.println(text.get("cannotRead", data, text.pick(e.messageZh(), e.messageEn())));
            return ExitCode.UNREADABLE;
        } catch (ReviewException e) {
            err.println("nianbao: rollup: " + e.message(text.chinese()));
            return ExitCode.UNREADABLE;
        }
        if (result.rollup() != null) {
            for (RollupMember member : result.rollup().members()) {
                out.println("✓ " + member.agency() + "  " + member.source());
            }
        }
        for (LeftOut left : result.leftOut()) {
            out.println("– " + left.unit().name() + "  " + text.get("rollup.leftOut." + left.reason().name(),
                    String.join(" ", left.brokenRules())));
        }
        if (result.rollup() == null) {
            err.println(text.get("rollup.noMember", options.roster()));
            return ExitCode.ERRORS_FOUND;
        }
        long errors = new Validator().check(result.rollup().total()).stream()
                .filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::ruleId).filter(id -> id.startsWith("SUM-"))
                .count();
        out.println(text.get("rollup.rosterSummary", result.rollup().members().size(), result.leftOut().size(), errors));
        try {
            RollupCommand.write(result.rollup().total(), Path.of(options.output()));
        } catch (IOException e) {
            err.println(Failures.cannotWrite(options.output(), e, text));
            return ExitCode.UNREADABLE;
        }
        return errors > 0 || !result.leftOut().isEmpty() ? ExitCode.ERRORS_FOUND : ExitCode.OK;
    }
}
