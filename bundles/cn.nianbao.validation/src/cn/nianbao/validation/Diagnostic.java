package cn.nianbao.validation;

import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;

/**
 * One finding of a check: the rule it comes from, how serious it is, the cells it concerns, and what the
 * rule expected against what the report holds. Both languages travel together, so that a reviewer's
 * note, an export and the command line can each pick one without checking again.
 *
 * @param ruleId    the rule id of the format catalogue (format.md §8), e.g. {@code SUM-05}
 * @param severity  from the catalogue's rule definition unless the rule says otherwise
 * @param cells     every cell concerned, left-hand cell first for identities; empty for text-level rules
 * @param expected  the value the rule requires (for an identity: of the left-hand cell), or null
 * @param actual    the value found, or null
 * @param formula   the identity with the values put in (Chinese labels), or null
 * @param messageZh the message in Chinese, naming cells by their official labels
 * @param messageEn the message in English
 */
public record Diagnostic(String ruleId, Severity severity, List<CellAddress> cells, String expected, String actual,
        String formula, String messageZh, String messageEn) {

    public Diagnostic {
        cells = List.copyOf(cells);
    }
}
