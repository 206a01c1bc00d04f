package cn.nianbao.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.engine.Evaluation;
import cn.nianbao.validation.engine.IdentityDiagnostics;
import cn.nianbao.validation.engine.IdentityRule;
import cn.nianbao.validation.prose.LastProse;
import cn.nianbao.validation.rules.CodedRule;
import cn.nianbao.validation.rules.CrossYear;
import cn.nianbao.validation.support.Messages;
import cn.nianbao.validation.support.Names;
import cn.nianbao.validation.support.RuleContext;

/**
 * Checks a report against its template: first every rule of the catalogue that has a formula, through
 * the one identity engine (cross-year formulas with PREV. terms only when last year's report is given),
 * then the rules that need code. Only rules the template lists are run, so a template (a provincial one,
 * say) decides its own rule set. Findings a reviewer accepted, and whose cells have not changed since,
 * carry the acceptance. The result is sorted ERROR, WARNING, INFO, then by rule id, and is the same for
 * the same report every time. A Validator may be shared between threads.
 */
public final class Validator {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.severity().getValue())
            .thenComparing(Diagnostic::ruleId);

    private final Template fixedTemplate;
    private final Messages messages = new Messages();
    private final LastProse lastProse = new LastProse();
    private final Map<RuleDef, IdentityRule> identities = new ConcurrentHashMap<>();

    /** Checks each report against the national template of its declared version. */
    public Validator() {
        this(null);
    }

    /** Checks every report against this template, e.g. one loaded with {@link FormatCatalogue#load}. */
    public Validator(Template template) {
        this.fixedTemplate = template;
    }

    public List<Diagnostic> check(AnnualReport report) {
        return check(report, CheckOptions.NONE);
    }

    /** Checks the report, and the year-to-year rules against last year's report of the same agency. */
    public List<Diagnostic> check(AnnualReport report, AnnualReport previous) {
        return check(report, CheckOptions.withPrevious(previous));
    }

    public List<Diagnostic> check(AnnualReport report, CheckOptions options) {
        Template template = fixedTemplate != null ? fixedTemplate : FormatCatalogue.template(report);
        Plan plan = plan(template);
        RuleContext context = new RuleContext(report, template, plan.names(), messages, options, lastProse::of);
        List<Diagnostic> diagnostics = new ArrayList<>();
        boolean crossYear = CrossYear.usable(context);
        IdentityDiagnostics explain = null;
        for (IdentityRule identity : plan.identities()) {
            RuleDef rule = identity.rule();
            IdentityRule.Outcome outcome = identity.check(context, crossYear ? context.previousCells() : null);
            List<Evaluation> failures = outcome.failures();
            if (failures.isEmpty() && outcome.missing().isEmpty()) {
                continue;
            }
            boolean downgrade = identity.isCrossYear() && CrossYear.scopeChanged(context);
            if (explain == null) {
                explain = new IdentityDiagnostics(context);
            }
            if (!outcome.missing().isEmpty()) {
                diagnostics.add(explain.missing(rule, rule.getTable(), outcome.missing(), template));
            }
            for (Evaluation failure : failures) {
                Diagnostic diagnostic = explain.of(failure);
                diagnostics.add(downgrade && diagnostic.severity() == Severity.ERROR
                        ? diagnostic.withSeverity(Severity.WARNING) : diagnostic);
            }
        }
        for (CodedRule rule : plan.codedRules()) {
            diagnostics.addAll(rule.check(context));
        }
        diagnostics.addAll(CrossYear.yearMismatch(context));
        diagnostics.sort(ORDER);
        return List.copyOf(Acceptances.mark(report, context.cells(), diagnostics));
    }

    /**
     * What depends on the template only, worked out on its first check: the rules with a formula it lists
     * (in its order), the coded rules it lists (in CodedRules order) and the names of its rows and columns.
     */
    private record Plan(List<IdentityRule> identities, List<CodedRule> codedRules, Names names) {
    }

    private final Map<Template, Plan> plans = new ConcurrentHashMap<>();

    private Plan plan(Template template) {
        Plan plan = plans.get(template);
        if (plan == null) {
            java.util.Set<String> listed = new java.util.HashSet<>();
            List<IdentityRule> formulas = new ArrayList<>();
            for (RuleDef rule : template.rules()) {
                listed.add(rule.getId());
                if (isIdentity(rule)) {
                    formulas.add(identities.computeIfAbsent(rule, r -> new IdentityRule(template, r)));
                }
            }
            List<CodedRule> coded = CodedRules.all().stream().filter(r -> listed.contains(r.ruleId())).toList();
            plan = new Plan(List.copyOf(formulas), coded, new Names(template));
            plans.putIfAbsent(template, plan);
        }
        return plan;
    }

    /** The version the report declares; one that declares none is read as the format of its year. */
    static boolean isIdentity(RuleDef rule) {
        return rule.getFormula() != null && !rule.getFormula().isBlank();
    }
}
