package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.CellAddress;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.prose.Figure;
import cn.nianbao.validation.prose.Quantity;
import cn.nianbao.validation.support.RuleContext;

/**
 * XS-07: the same quantity stated twice in the prose, with the same words and no scope of its own, has
 * one value ("予以公开 120 件" in 一（二） and "予以公开 112 件" later). Figures of different scope or
 * different wording (受理 vs 收办) may count different things and are not compared.
 */
public final class ProseConsistencyRule implements CodedRule {

    @Override
    public String ruleId() {
        return "XS-07";
    }

    /** The figures that must agree: one quantity, the same cells, the same first two characters. */
    private record Group(Quantity quantity, List<CellAddress> cells, String word) {
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        Map<Group, List<Figure>> groups = new LinkedHashMap<>();
        for (Figure figure : context.prose().figures()) {
            if (figure.exact() && figure.scope() == null) {
                String word = figure.excerpt().length() >= 2 ? figure.excerpt().substring(0, 2) : figure.excerpt();
                groups.computeIfAbsent(new Group(figure.quantity(), figure.cells(), word), k -> new ArrayList<>())
                        .add(figure);
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (List<Figure> figures : groups.values()) {
            Figure first = figures.get(0);
            for (Figure other : figures) {
                if (other.value() != first.value()) {
                    String a = String.valueOf(first.value());
                    String b = String.valueOf(other.value());
                    diagnostics.add(context.diagnostic(ruleId(), context.severity(ruleId()), first.cells(), a, b,
                            context.text("xs07", first.excerpt(), other.excerpt())));
                    break;
                }
            }
        }
        return diagnostics;
    }
}
