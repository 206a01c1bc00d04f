package cn.nianbao.review.rollup;

import java.math.BigDecimal;

/** What one agency's report adds to one cell of a roll-up. */
public record Contribution(String agency, BigDecimal value) {
}
