package cn.nianbao.review.rollup;

import java.util.List;

import cn.nianbao.store.RosterUnit;

/**
 * A unit of the member set that a roster roll-up does not count, and why: it has no report of the year, two
 * reports (which one counts is for a person to say), or its own figures break SUM identities (AGG-04; the
 * rules in {@code brokenRules}).
 */
public record LeftOut(RosterUnit unit, Reason reason, List<String> brokenRules) {

    public enum Reason {
        NO_REPORT, DUPLICATED, INCONSISTENT
    }

    public LeftOut {
        brokenRules = List.copyOf(brokenRules);
    }
}
