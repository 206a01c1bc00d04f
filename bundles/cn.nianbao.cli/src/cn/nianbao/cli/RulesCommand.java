package cn.nianbao.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.google.gson.stream.JsonWriter;

import cn.nianbao.model.report.TemplateVersion;
import cn.nianbao.validation.RuleCatalogue;
import cn.nianbao.validation.RuleInfo;

/**
 * {@code nianbao rules}: every rule of the current format with id, severity, both descriptions, its
 * formula when it is one, and how it is handled (formula, code, design note, checklist).
 */
final class RulesCommand {

    private final PrintStream out;
    private final CliText text;

    RulesCommand(PrintStream out, CliText text) {
        this.out = out;
        this.text = text;
    }

    int run(Options options) {
        var rules = RuleCatalogue.rules(TemplateVersion.V2021);
        if (options.json()) {
            writeJson(rules);
        } else {
            for (RuleInfo rule : rules) {
                String formula = rule.formula() == null ? "" : "  [" + rule.formula() + "]";
                String handling = rule.handling() == null ? "  (" + text.get("notImplemented") + ")"
                        : "formula".equals(rule.handling()) || "code".equals(rule.handling()) ? ""
                        : "  (" + rule.handling() + ")";
                out.println(String.format("%-7s %-7s %s%s%s", rule.id(), rule.severity().getLiteral(),
                        text.pick(rule.descriptionZh(), rule.descriptionEn()), formula, handling));
            }
        }
        return ExitCode.OK;
    }

    private void writeJson(Iterable<RuleInfo> rules) {
        try {
            JsonWriter json = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            json.setIndent("  ");
            json.beginArray();
            for (RuleInfo rule : rules) {
                json.beginObject();
                json.name("id").value(rule.id());
                json.name("severity").value(rule.severity().getLiteral());
                json.name("description_zh").value(rule.descriptionZh());
                json.name("description_en").value(rule.descriptionEn());
                json.name("formula").value(rule.formula());
                json.name("implemented").value(rule.implemented());
                json.name("handling").value(rule.handling());
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
