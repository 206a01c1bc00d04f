package cn.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.export.notice.NoticeExporter;
import cn.nianbao.model.AtomicFiles;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.ReviewText;
import cn.nianbao.review.repository.RepositoryReports;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.review.score.NoticeBuilder;
import cn.nianbao.review.score.ScoreBatch;
import cn.nianbao.review.score.ScoreCsv;
import cn.nianbao.review.score.ScoreJson;
import cn.nianbao.review.score.ScoreLine;
import cn.nianbao.review.score.ScoringSheet;
import cn.nianbao.review.score.ScoringSheets;
import cn.nianbao.review.score.SheetException;
import cn.nianbao.review.score.UnitScore;
import cn.nianbao.store.DataFolder;
import cn.nianbao.store.ReportFiles;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;

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

    int run(ScoreOptions options) {
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
        List<UnitScore> scores = options.files().isEmpty() ? fromRepository(options, sheet)
                : fromFiles(options.files(), sheet, unreadable);
        if (scores == null) {
            return ExitCode.UNREADABLE;
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

    /** The reports of the files and folders, each checked with the same agency's report of the year before among them. */
    private List<UnitScore> fromFiles(List<String> arguments, ScoringSheet sheet, boolean[] unreadable) {
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
        return ScoreBatch.score(sheet, read, ScoreBatch.among(read));
    }

    /** A folder's report files, its subfolders' too (as repo import and copies take them); a file as given. */
    private static List<String> expand(String argument) {
        Path path = Path.of(argument);
        if (!Files.isDirectory(path)) {
            return List.of(argument);
        }
        try {
            return ReportFiles.under(path).stream().map(Path::toString).toList();
        } catch (IOException e) {
            return List.of(argument); // the reader then says why it cannot be read
        }
    }

    private List<UnitScore> fromRepository(ScoreOptions options, ScoringSheet sheet) {
        Path data = DataFolder.resolve(options.data());
        try (ReportRepository repository = Repositories.open(data, options.repository())) {
            return ScoreBatch.ofYear(sheet, new RepositoryReports(repository), options.year(), options.region());
        } catch (RepositoryException e) {
            err.println(text.get("cannotRead", options.repository() != null ? options.repository() : data,
                    e.getMessage()));
            return null;
        }
    }
}
