package cn.nianbao.export;

import java.util.List;

import cn.nianbao.export.layout.OpenDiagnostic;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/**
 * The findings of {@link Validator} that no reviewer has accepted. An acceptance matches a finding when it
 * names the same rule and the same cells (ids joined by spaces, as {@link CellAddress#toString()} prints
 * them); its fingerprint is the validation bundle's business and is not re-checked here.
 */
final class OpenDiagnostics {

    private OpenDiagnostics() {
    }

    static List<OpenDiagnostic> of(AnnualReport report) {
        return new Validator().check(report).stream()
                .filter(d -> !accepted(report, d))
                .map(OpenDiagnostics::open)
                .toList();
    }

    static List<OpenDiagnostic> ifWanted(AnnualReport report, ExportOptions options) {
        return options.includeDiagnostics() ? of(report) : null;
    }

    private static boolean accepted(AnnualReport report, Diagnostic diagnostic) {
        String cells = String.join(" ", diagnostic.cells().stream().map(CellAddress::toString).toList());
        return report.getAcceptances().stream()
                .anyMatch(a -> diagnostic.ruleId().equals(a.getRuleId()) && cells.equals(a.getCells() == null ? "" : a.getCells()));
    }

    private static OpenDiagnostic open(Diagnostic d) {
        return new OpenDiagnostic(d.ruleId(), d.severity().getLiteral(), d.cells(), d.expected(), d.actual(), d.formula(),
                d.messageZh(), d.messageEn());
    }
}
