package cn.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.web.FileNames;
import cn.nianbao.io.web.PageFetcher;
import cn.nianbao.io.web.WebReports;
import cn.nianbao.model.AtomicFiles;
import cn.nianbao.model.report.AnnualReport;

/**
 * {@code nianbao fetch URL... [-o DIR]}: downloads the report at each address, or every report a list page
 * (a site's 年报 column) links to, keeps each one that reads as a report in DIR under the name of its
 * address, and beside it NAME.source with the address it came from and when it was retrieved. Prints
 * one line per address followed and per report kept; a document that cannot be fetched or is no report
 * gets one line on stderr and exit code 2.
 */
final class FetchCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    FetchCommand(PrintStream out, PrintStream err, CliText text) {
        this.out = out;
        this.err = err;
        this.text = text;
    }

    int run(Options options) throws UsageException {
        if (options.files().isEmpty()) {
            throw new UsageException("missingArgument", "fetch", "URL");
        }
        Path dir = Path.of(options.output() == null ? "." : options.output());
        WebReports web = new WebReports(new PageFetcher());
        boolean failed = false;
        for (String address : options.files()) {
            try {
                for (WebReports.Found found : web.at(address, link -> out.println(text.get("fetch.following", link)))) {
                    failed |= !keep(found, dir);
                }
            } catch (ImportException e) {
                err.println(text.get("cannotRead", address, text.pick(e.messageZh(), e.messageEn())));
                failed = true;
            }
        }
        return failed ? ExitCode.UNREADABLE : ExitCode.OK;
    }

    private boolean keep(WebReports.Found found, Path dir) {
        if (!found.isRead()) {
            err.println(text.get("cannotRead", found.address(), text.pick(found.failure().messageZh(), found.failure().messageEn())));
            return false;
        }
        Path file = unused(dir, FileNames.of(found.page()));
        String source = "url\t" + found.page().source() + "\nrequested\t" + found.page().requested() + "\nretrieved\t"
                + found.page().retrieved() + "\n";
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(file, found.page().forImport());
            AtomicFiles.write(sourceOf(file), source.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println(Failures.cannotWrite(file, e, text));
            return false;
        }
        AnnualReport report = found.result().report();
        out.println(text.get("fetch.saved", file, found.address(), report.getAgencyName() == null ? "?" : report.getAgencyName(),
                Integer.toString(report.getYear())));
        return true;
    }

    /** Where a fetched report's address and retrieval time are kept: beside it. */
    static Path sourceOf(Path report) {
        return report.resolveSibling(report.getFileName() + ".source");
    }

    /** The name, or the name with -2, -3 … before its extension when a file of that name is there. */
    private static Path unused(Path dir, String name) {
        Path file = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n);
        }
        return file;
    }
}
