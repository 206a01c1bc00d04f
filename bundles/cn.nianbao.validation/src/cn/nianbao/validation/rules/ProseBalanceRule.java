package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.prose.Figure;
import cn.nianbao.validation.prose.Quantity;
import cn.nianbao.validation.support.RuleContext;

/**
 * XS-02: the figures one sentence states balance as table 三 does: received + carried over = handled +
 * carried forward. "收办 N 件" may already include the carried-over requests, so N = handled + carried
 * forward also balances. When 办结 is not stated, the outcomes listed (予以公开…其他处理, at least four of
 * the six) stand in for it. ERROR when all four figures are stated exactly; WARNING when one had to be
 * derived (outcome sum, or 上年结转 taken from the table). Approximate figures are never balanced.
 */
public final class ProseBalanceRule implements CodedRule {

    private static final int MIN_OUTCOMES = 4;

    @Override
    public String ruleId() {
        return "XS-02";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        Map<Sentence, List<Figure>> bySentence = new LinkedHashMap<>();
        for (Figure figure : context.prose().figures()) {
            if (figure.quantity().isTable3() && figure.exact()) {
                bySentence.computeIfAbsent(new Sentence(figure.section(), figure.sentence()), k -> new ArrayList<>()).add(figure);
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (List<Figure> figures : bySentence.values()) {
            Diagnostic diagnostic = balance(context, figures);
            if (diagnostic != null) {
                diagnostics.add(diagnostic);
            }
        }
        return diagnostics;
    }

    /** A sentence of a section, as a key (not the two joined into a copy of the sentence per figure). */
    private record Sentence(String section, String text) {
    }

    private Diagnostic balance(RuleContext context, List<Figure> figures) {
        List<Long> received = values(figures, Quantity.RECEIVED);
        List<Long> over = values(figures, Quantity.CARRIED_OVER);
        List<Long> done = values(figures, Quantity.DONE);
        List<Long> forward = values(figures, Quantity.CARRIED_FORWARD);
        boolean derived = false;
        if (done.isEmpty()) {
            long outcomes = 0;
            int groups = 0;
            for (Quantity q : new Quantity[] { Quantity.DISCLOSED, Quantity.PARTLY_DISCLOSED, Quantity.DISCLOSED_OR_PARTLY, Quantity.REFUSED,
                    Quantity.UNABLE, Quantity.NOT_PROCESSED, Quantity.OTHER_HANDLING }) {
                List<Long> v = values(figures, q);
                if (!v.isEmpty()) {
                    outcomes += v.get(0);
                    groups++;
                }
            }
            if (groups < MIN_OUTCOMES) {
                return null;
            }
            done = List.of(outcomes);
            derived = true;
        }
        if (received.isEmpty() || forward.isEmpty()) {
            return null;
        }
        List<Long> overOrTable = over;
        if (over.isEmpty()) {
            overOrTable = List.of(ProseFigureRule.carried(context));
            derived = true;
        }
        for (long r : received) {
            for (long d : done) {
                for (long f : forward) {
                    if (r == d + f) {
                        return null;
                    }
                    for (long o : overOrTable) {
                        if (r + o == d + f) {
                            return null;
                        }
                    }
                }
            }
        }
        long r = received.get(0);
        long o = overOrTable.get(0);
        long d = done.get(0);
        long f = forward.get(0);
        Severity severity = derived ? Severity.WARNING : context.severity(ruleId());
        String formula = "新收 + 上年结转 = 办结 + 结转下年: " + r + " + " + o + " ≠ " + d + " + " + f;
        String section = ProseFigureRule.sectionName(figures.get(0).section(), true);
        String sectionEn = ProseFigureRule.sectionName(figures.get(0).section(), false);
        String excerpt = figures.get(0).sentence();
        var text = new cn.nianbao.validation.support.Messages.Text(
                context.messages().zh("xs02", section, String.valueOf(r), String.valueOf(o), String.valueOf(d),
                        String.valueOf(f), excerpt),
                context.messages().en("xs02", sectionEn, String.valueOf(r), String.valueOf(o), String.valueOf(d),
                        String.valueOf(f), excerpt));
        return context.diagnostic(ruleId(), severity, List.of(), String.valueOf(d + f - o), String.valueOf(r), formula, text);
    }

    /** The distinct values stated for the quantity, in order; a loop, not a stream: asked 11 times a sentence. */
    private static List<Long> values(List<Figure> figures, Quantity quantity) {
        List<Long> values = List.of();
        for (Figure figure : figures) {
            if (figure.quantity() == quantity) {
                if (values.isEmpty()) {
                    values = new ArrayList<>(2);
                }
                if (!values.contains(figure.value())) {
                    values.add(figure.value());
                }
            }
        }
        return values;
    }
}
