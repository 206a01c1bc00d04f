package cn.nianbao.review.rollup;

import java.util.List;

import cn.nianbao.model.report.AnnualReport;

/**
 * One report in a roll-up, with the identities (ERROR rules of the catalogue, e.g. SUM-05) its own figures
 * break; {@code source} says where it came from (a file name or a repository revision).
 */
public record RollupMember(String agency, String source, AnnualReport report, List<String> brokenRules) {

    public RollupMember {
        brokenRules = List.copyOf(brokenRules);
    }

    public boolean inconsistent() {
        return !brokenRules.isEmpty();
    }
}
