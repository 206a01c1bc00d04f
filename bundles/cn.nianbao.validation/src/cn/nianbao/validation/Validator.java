package cn.nianbao.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TemplateVersion;
import cn.nianbao.validation.engine.Evaluation;
import cn.nianbao.validation.engine.IdentityDiagnostics;
import cn.nianbao.validation.engine.IdentityRule;
import cn.nianbao.validation.rules.CodedRule;
import cn.nianbao.validation.support.Messages;
import cn.nianbao.validation.support.RuleContext;

/**
 * Checks a report against its template: first every rule of the catalogue that has a formula, through
 * the one identity engine, then the rules that need code. Only rules the template lists are run, so a
 * template (a provincial one, say) decides its own rule set. The result is sorted ERROR, WARNING, INFO,
 * then by rule id, and is the same for the same report every time.
 */
public final class Validator {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.severity().getValue())
            .thenComparing(Diagnostic::ruleId);

    private final Template fixedTemplate;
    private final Messages messages = new Messages();

    /** Checks each report against the national template of its declared version. */
    public Validator() {
        this(null);
    }

    /** Checks every report against this template, e.g. one loaded with {@link FormatCatalogue#load}. */
    public Validator(Template template) {
        this.fixedTemplate = template;
    }

    public List<Diagnostic> check(AnnualReport report) {
        Template template = fixedTemplate != null ? fixedTemplate : FormatCatalogue.template(declaredVersion(report));
        RuleContext context = new RuleContext(report, template, messages);
        List<Diagnostic> diagnostics = new ArrayList<>();
        IdentityDiagnostics identities = new IdentityDiagnostics(context);
        for (RuleDef rule : template.rules()) {
            if (isIdentity(rule)) {
                for (Evaluation failure : new IdentityRule(template, rule).failures(report)) {
                    diagnostics.add(identities.of(failure));
                }
            }
        }
        for (CodedRule rule : CodedRules.all()) {
            if (template.rule(rule.ruleId()) != null) {
                diagnostics.addAll(rule.check(context));
            }
        }
        diagnostics.sort(ORDER);
        return List.copyOf(diagnostics);
    }

    /** The version the report declares; one that declares none is read as the format of its year. */
    private static TemplateVersion declaredVersion(AnnualReport report) {
        TemplateVersion version = report.getTemplateVersion();
        return version != null ? version : FormatCatalogue.versionForYear(report.getYear());
    }

    static boolean isIdentity(RuleDef rule) {
        return rule.getFormula() != null && !rule.getFormula().isBlank();
    }
}
