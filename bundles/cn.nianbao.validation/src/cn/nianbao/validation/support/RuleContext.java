package cn.nianbao.validation.support;

import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.Messages.Text;

/** What every rule needs while checking one report: the report, its template, names and messages. */
public final class RuleContext {

    private final AnnualReport report;
    private final Template template;
    private final Names names;
    private final Messages messages;

    public RuleContext(AnnualReport report, Template template, Messages messages) {
        this.report = report;
        this.template = template;
        this.names = new Names(template);
        this.messages = messages;
    }

    public AnnualReport report() {
        return report;
    }

    public Template template() {
        return template;
    }

    public Names names() {
        return names;
    }

    public Messages messages() {
        return messages;
    }

    /** The severity the catalogue gives the rule; rules missing from the catalogue are not run at all. */
    public Severity severity(String ruleId) {
        RuleDef rule = template.rule(ruleId);
        return rule == null ? Severity.ERROR : rule.getSeverity();
    }

    public Diagnostic diagnostic(String ruleId, List<CellAddress> cells, String expected, String actual, Text message) {
        return diagnostic(ruleId, severity(ruleId), cells, expected, actual, message);
    }

    public Diagnostic diagnostic(String ruleId, Severity severity, List<CellAddress> cells, String expected,
            String actual, Text message) {
        return new Diagnostic(ruleId, severity, cells, expected, actual, null, message.zh(), message.en());
    }
}
