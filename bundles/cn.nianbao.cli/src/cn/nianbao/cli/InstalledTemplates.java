package cn.nianbao.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import cn.nianbao.model.format.TemplateFolder;
import cn.nianbao.store.DataFolder;

/**
 * Registers the templates installed in the data folder ({@code templates/} under NIANBAO_DATA or the user's
 * data folder) before a command reads any report, so that a local variant or a newer national format is read,
 * checked and exported by its own catalogue. A file that cannot be used is named on standard error, one line
 * each; the command goes on with the others and its exit code does not change.
 */
final class InstalledTemplates {

    private InstalledTemplates() {
    }

    static void register(PrintStream err, CliText text) {
        Path folder = DataFolder.resolve(null).resolve(TemplateFolder.NAME);
        for (TemplateFolder.Problem problem : TemplateFolder.registerAll(folder)) {
            err.println(text.get("templateSkipped", problem.text(text.chinese())));
        }
    }
}
