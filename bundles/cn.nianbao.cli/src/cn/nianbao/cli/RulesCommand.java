package cn.nianbao.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.google.gson.stream.JsonWriter;

import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.report.TemplateVersion;

/** {@code nianbao rules}: every rule of the current format with id, severity and both descriptions. */
final class RulesCommand {

    private final PrintStream out;
    private final CliText text;

    RulesCommand(PrintStream out, CliText text) {
        this.out = out;
        this.text = text;
    }

    int run(Options options) {
        var rules = FormatCatalogue.template(TemplateVersion.V2021).rules();
        if (options.json()) {
            writeJson(rules);
        } else {
            for (RuleDef rule : rules) {
                String formula = rule.getFormula() == null ? "" : "  [" + rule.getFormula() + "]";
                out.println(String.format("%-7s %-7s %s%s", rule.getId(), rule.getSeverity().getLiteral(),
                        text.pick(rule.getDescriptionZh(), rule.getDescriptionEn()), formula));
            }
        }
        return ExitCode.OK;
    }

    private void writeJson(Iterable<RuleDef> rules) {
        try {
            JsonWriter json = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            json.setIndent("  ");
            json.beginArray();
            for (RuleDef rule : rules) {
                json.beginObject();
                json.name("id").value(rule.getId());
                json.name("severity").value(rule.getSeverity().getLiteral());
                json.name("description_zh").value(rule.getDescriptionZh());
                json.name("description_en").value(rule.getDescriptionEn());
                json.name("formula").value(rule.getFormula());
                json.endObject();
            }
            json.endArray();
            json.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
