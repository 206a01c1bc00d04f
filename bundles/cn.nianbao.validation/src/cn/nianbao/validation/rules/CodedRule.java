package cn.nianbao.validation.rules;

import java.util.List;

import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/**
 * A rule that needs code rather than a formula (types, labels, structure). It runs only when the
 * template's catalogue lists its id, and reports under that id.
 */
public interface CodedRule {

    String ruleId();

    List<Diagnostic> check(RuleContext context);
}
