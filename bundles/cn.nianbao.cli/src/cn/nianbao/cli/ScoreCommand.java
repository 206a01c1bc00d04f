package cn.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.nianbao.export.notice.NoticeExporter;
import cn.nianbao.model.AtomicFiles;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.ReviewText;
import cn.nianbao.review.repository.RepositoryReports;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.review.score.NoticeBuilder;
import cn.nianbao.review.score.ScoreCsv;
import cn.nianbao.review.score.ScoreJson;
import cn.nianbao.review.score.ScoreLine;
import cn.nianbao.review.score.Scorer;
import cn.nianbao.review.score.ScoringSheet;
import cn.nianbao.review.score.ScoringSheets;
import cn.nianbao.review.score.SheetException;
import cn.nianbao.review.score.UnitScore;
import cn.nianbao.store.BulkImport;
import cn.nianbao.store.DataFolder;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.validation.Validator;

/**
 * {@code nianbao score [--sheet PACK|NAME] FILE|DIR... [--format text|csv|json] [-o 通报.docx|.xlsx]} or over the
 * repository ({@code --year Y [--region CODE] [--data DIR|--repository …]}): each report checked (with the same
 * agency's report of the year before when there is one, for XY-03) and scored on the sheet. Exit 0: every
 * report read, none lost points; 1: a unit lost points; 2: a report or the sheet could not be read.
 */
final class ScoreCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    ScoreCommand(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
    }

    int run(ScoreOptions options) throws UsageException {
        NoticeExporter notice = options.output() == null ? null
                : NoticeExporter.forFile(options.output()).orElse(null);
        ScoringSheet sheet;
        try {
            sheet = ScoringSheets.find(options.sheet() == null ? ScoringSheets.DEFAULT : options.sheet());
        } catch (SheetException e) {
            err.println(text.get("score.badSheet", e.message(text.chinese())));
            return ExitCode.UNREADABLE;
        }
        boolean[] unreadable = { false };
        List<Scored> reports = options.files().isEmpty() ? fromRepository(options)
                : fromFiles(options.files(), unreadable);
        if (reports == null) {
            return ExitCode.UNREADABLE;
        }
        Validator validator = new Validator();
        Scorer scorer = new Scorer(sheet);
        List<UnitScore> scores = new ArrayList<>();
        for (Scored r : reports) {
            scores.add(scorer.score(r.source(), r.report(), r.previous() == null ? validator.check(r.report())
                    : validator.check(r.report(), r.previous())));
        }
        try {
            if (notice != null) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                notice.write(NoticeBuilder.build(sheet, scores, text.chinese()), content);
                AtomicFiles.write(Path.of(options.output()), content.toByteArray());
                printText(sheet, scores);
            } else {
                String written = switch (options.format()) {
                    case "csv" -> ScoreCsv.write(scores);
                    case "json" -> ScoreJson.write(scores) + "\n";
                    default -> null;
                };
                if (written == null) {
                    printText(sheet, scores);
                } else if (options.output() == null) {
                    out.print(written);
                } else {
                    AtomicFiles.write(Path.of(options.output()), written.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            err.println(Failures.cannotWrite(options.output(), e, text));
            return ExitCode.UNREADABLE;
        }
        if (unreadable[0]) {
            return ExitCode.UNREADABLE;
        }
        return scores.stream().anyMatch(s -> s.deducted().signum() > 0) ? ExitCode.ERRORS_FOUND : ExitCode.OK;
    }

    private void printText(ScoringSheet sheet, List<UnitScore> scores) {
        boolean zh = text.chinese();
        int forPerson = 0;
        for (UnitScore score : scores) {
            out.println(text.get("score.unit", score.agency(), score.year(), score.source(), plain(score.score()),
                    plain(score.maximum())));
            for (ScoreLine line : score.deductions()) {
                out.println(text.get("score.deduction", plain(line.points()), line.itemId(), line.ruleId(),
                        line.evidence(zh), ReviewText.get(zh, line.reason().key())));
            }
            for (ScoreLine line : score.forPerson()) {
                out.println(line.ruleId() == null ? text.get("score.manual", line.itemId(), line.item(zh))
                        : text.get("score.person", plain(line.points()), line.itemId(), line.ruleId(), line.evidence(zh),
                                ReviewText.get(zh, line.reason().key())));
            }
            forPerson += score.forPerson().size();
        }
        out.println(text.get("score.summary", scores.size(), sheet.name(zh),
                scores.stream().filter(s -> s.deducted().signum() > 0).count(), forPerson));
    }

    private static String plain(java.math.BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    /** The reports of the files and folders, each with the same agency's report of the year before among them. */
    private List<Scored> fromFiles(List<String> arguments, boolean[] unreadable) {
        List<SourcedReport> read = new ArrayList<>();
        for (String argument : arguments) {
            for (String file : expand(argument)) {
                AnnualReport report = ReviewInput.read(file, err, text);
                if (report == null) {
                    unreadable[0] = true;
                } else {
                    read.add(new SourcedReport(file, report));
                }
            }
        }
        Map<String, AnnualReport> byAgencyYear = new HashMap<>();
        read.forEach(r -> byAgencyYear.putIfAbsent(key(r.report().getAgencyName(), r.report().getYear()), r.report()));
        List<Scored> scored = new ArrayList<>();
        for (SourcedReport r : read) {
            scored.add(new Scored(r.source(), r.report(),
                    byAgencyYear.get(key(r.report().getAgencyName(), r.report().getYear() - 1))));
        }
        return scored;
    }

    private List<String> expand(String argument) {
        Path path = Path.of(argument);
        if (!Files.isDirectory(path)) {
            return List.of(argument);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile).filter(BulkImport::reportLike).sorted().map(Path::toString)
                    .toList();
        } catch (IOException e) {
            return List.of(argument); // the reader then says why it cannot be read
        }
    }

    private List<Scored> fromRepository(ScoreOptions options) {
        Path data = DataFolder.resolve(options.data());
        try (ReportRepository repository = Repositories.open(data, options.repository())) {
            RepositoryReports reports = new RepositoryReports(repository);
            List<Scored> scored = new ArrayList<>();
            for (SourcedReport r : reports.ofYear(options.year(), options.region())) {
                SourcedReport previous = reports.previousYear(r.report().getAgencyName(), options.year());
                scored.add(new Scored(r.source(), r.report(), previous == null ? null : previous.report()));
            }
            return scored;
        } catch (RepositoryException e) {
            err.println(text.get("cannotRead", options.repository() != null ? options.repository() : data,
                    e.getMessage()));
            return null;
        }
    }

    private static String key(String agency, int year) {
        return agency + "\u0000" + year;
    }

    private record Scored(String source, AnnualReport report, AnnualReport previous) {
    }
}
