package cn.nianbao.validation.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.prose.Figure;
import cn.nianbao.validation.prose.ProseView;
import cn.nianbao.validation.prose.Quantity;
import cn.nianbao.validation.support.RuleContext;

/**
 * XS-10: a share the prose states ("无法提供49件，占50%") follows from its count. The base is one of the
 * totals a reader would divide by: those the same section states (received, handled) and those of 表三
 * (received, received + carried over, handled). The share is right when, for one of them, N / base rounds
 * to P at the decimals P is written with (長春 2024: 42 of 98 = 42.86 %). A run of shares whose counts
 * add up to a base is one breakdown: its shares add up to 100 %, give or take the rounding of each.
 */
public final class PercentageRule implements CodedRule {

    private static final Pattern SHARE = Pattern.compile("(\\d+)件[，,]?(?:占比为|占比|占|比例为)(\\d+(?:\\.\\d+)?)[%％]");
    /** The longest share: 12 digits of count, 件，占比为, 8 characters of percentage. */
    private static final int SHARE_SPAN = 32;
    /** Shares at most this many characters apart belong to one breakdown. */
    private static final int RUN_GAP = 30;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private record Share(long count, BigDecimal percent, int start, int end, String written) {
    }

    @Override
    public String ruleId() {
        return "XS-10";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        ProseView prose = context.prose();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String key : ProseView.REQUEST_PROSE) {
            String text = prose.withSubTopics(key);
            if (text.indexOf('%') < 0 && text.indexOf('％') < 0) {
                continue;
            }
            check(context, key, text, diagnostics);
        }
        return diagnostics;
    }

    private void check(RuleContext context, String key, String text, List<Diagnostic> out) {
        Set<Long> bases = null;
        List<Share> run = new ArrayList<>();
        Matcher m = SHARE.matcher(text);
        for (int percent = nextPercent(text, 0); percent >= 0; percent = nextPercent(text, percent + 1)) {
            // a share ends at its '%': look for one in the few characters before it only
            m.region(Math.max(0, percent - SHARE_SPAN), percent + 1);
            if (!endsAt(m, percent + 1)) {
                continue;
            }
            if (bases == null) {
                bases = bases(context, key);
            }
            Share share = new Share(Long.parseLong(m.group(1)), new BigDecimal(m.group(2)), m.start(), m.end(), m.group());
            if (!run.isEmpty() && share.start() - run.get(run.size() - 1).end() > RUN_GAP) {
                checkSum(context, key, run, bases, out);
                run.clear();
            }
            run.add(share);
            if (!bases.isEmpty() && bases.stream().noneMatch(base -> follows(share, base))) {
                out.add(context.diagnostic(ruleId(), context.severity(ruleId()), List.of(), bases.toString(), share.percent().toPlainString(),
                        share.count() + " / " + bases + " ≠ " + share.percent().toPlainString() + "%",
                        context.text("xs10", ProseFigureRule.sectionName(key, true), share.written(), nearest(share, bases),
                                ProseFigureRule.sectionName(key, false))));
            }
        }
        if (bases != null) {
            checkSum(context, key, run, bases, out);
        }
    }

    private static boolean endsAt(Matcher m, int end) {
        while (m.find()) {
            if (m.end() == end) {
                return true;
            }
        }
        return false;
    }

    private static int nextPercent(String text, int from) {
        int ascii = text.indexOf('%', from);
        int wide = text.indexOf('％', from);
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    /** The totals a share of this section may be of, stated in the section or held by 表三. */
    private static Set<Long> bases(RuleContext context, String key) {
        Set<Long> bases = new LinkedHashSet<>();
        for (Figure figure : context.prose().figures()) {
            boolean here = figure.section().equals(key) || figure.section().startsWith(key + ".");
            if (here && figure.exact() && (figure.quantity() == Quantity.RECEIVED || figure.quantity() == Quantity.DONE)) {
                bases.add(figure.value());
            }
        }
        long received = ProseFigureRule.sum(context, context.template().cellsOfRole("received", null));
        long carried = ProseFigureRule.carried(context);
        long done = ProseFigureRule.sum(context, context.template().cellsOfRole("done", null));
        for (long total : new long[] { done, received, received + carried }) {
            if (total > 0) {
                bases.add(total);
            }
        }
        bases.remove(0L);
        return bases;
    }

    private static boolean follows(Share share, long base) {
        return percent(share.count(), base, share.percent().scale()).compareTo(share.percent()) == 0;
    }

    private static BigDecimal percent(long count, long base, int decimals) {
        return BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(base), decimals, RoundingMode.HALF_UP);
    }

    /** "44.66% = 1362/3050": what the count gives over the base closest to the stated share, for the message. */
    private static String nearest(Share share, Set<Long> bases) {
        int decimals = Math.max(2, share.percent().scale());
        long best = bases.iterator().next();
        for (long base : bases) {
            BigDecimal gap = percent(share.count(), base, decimals).subtract(share.percent()).abs();
            if (gap.compareTo(percent(share.count(), best, decimals).subtract(share.percent()).abs()) < 0) {
                best = base;
            }
        }
        return percent(share.count(), best, decimals).toPlainString() + "% = " + share.count() + "/" + best;
    }

    private void checkSum(RuleContext context, String key, List<Share> run, Set<Long> bases, List<Diagnostic> out) {
        if (run.size() < 2) {
            return;
        }
        long counts = run.stream().mapToLong(Share::count).sum();
        if (!bases.contains(counts)) {
            return;
        }
        BigDecimal sum = run.stream().map(Share::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal slack = BigDecimal.valueOf(Math.max(0.05, 0.005 * run.size()));
        if (sum.subtract(HUNDRED).abs().compareTo(slack) > 0) {
            out.add(context.diagnostic(ruleId(), context.severity(ruleId()), List.of(), "100", sum.toPlainString(), "Σ = " + sum.toPlainString() + "% ≠ 100%",
                    context.text("xs10.sum", ProseFigureRule.sectionName(key, true), run.size(), String.valueOf(counts),
                            sum.toPlainString(), ProseFigureRule.sectionName(key, false))));
        }
    }
}
