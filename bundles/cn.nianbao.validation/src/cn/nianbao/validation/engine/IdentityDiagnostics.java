package cn.nianbao.validation.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Iteration;
import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.format.Template;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.CellValue;
import cn.nianbao.validation.support.Messages;
import cn.nianbao.validation.support.Messages.Text;
import cn.nianbao.validation.support.Names;
import cn.nianbao.validation.support.RowList;
import cn.nianbao.validation.support.RuleContext;

/**
 * Turns a failed evaluation into a diagnostic a filer can act on: the formula with the values put in
 * ("一 + 二 = 三（七）+ 四: 21 + 0 ≠ 20 + 0（自然人）"), and a sentence naming the cells by their
 * official labels. A single left-hand cell gets the value it should have; otherwise both sides are shown.
 */
public final class IdentityDiagnostics {

    private final Names names;
    private final Messages messages;

    public IdentityDiagnostics(RuleContext context) {
        this.names = context.names();
        this.messages = context.messages();
    }

    public Diagnostic of(Evaluation e) {
        String expected = e.formula().relation().bound(e.rightSum());
        String actual = e.leftSum().toPlainString();
        // an evaluation holds the values it was made of: its words may wait until they are read
        return Diagnostic.worded(e.rule().getId(), e.rule().getSeverity(), e.cells(), expected, actual,
                () -> words(e, actual));
    }

    private Diagnostic.Words words(Evaluation e, String actual) {
        Relation relation = e.formula().relation();
        BigDecimal rightSum = e.rightSum();
        String formulaZh = formula(e, true);
        String formulaEn = formula(e, false);
        String zh;
        String en;
        if (e.formula().hasSingleLeftCell()) {
            TermValue left = e.left().get(0);
            CellAddress cell = left.cells().get(0);
            String key = "identity.cell." + relation.name();
            zh = messages.zh(key, names.cellZh(cell), rightSum.toPlainString(), terms(e, e.right(), true),
                    actual(left, true));
            en = messages.en(key, names.cellEn(cell), rightSum.toPlainString(), terms(e, e.right(), false),
                    actual(left, false));
        } else {
            String key = "identity.sides." + relation.name();
            zh = messages.zh(key, where(e, true), terms(e, e.left(), true), actual, terms(e, e.right(), true),
                    rightSum.toPlainString());
            en = messages.en(key, where(e, false), terms(e, e.left(), false), actual, terms(e, e.right(), false),
                    rightSum.toPlainString());
        }
        en = messages.en("identity.withFormula", en, formulaEn);
        return new Diagnostic.Words(formulaZh, zh, en);
    }

    /**
     * One INFO for a rule whose evaluations were not made because cells of them are missing from the report:
     * which rows, and the identity that could not be checked.
     */
    public Diagnostic missing(RuleDef rule, String tableId, List<CellAddress> cells, Template template) {
        Text rows = new RowList(tableId, cells).describe(template, names, messages);
        Formula formula = FormulaParser.parse(rule.getFormula());
        String definitionZh = definition(formula, tableId, rule.getIteration(), true);
        String definitionEn = definition(formula, tableId, rule.getIteration(), false);
        String zh = messages.zh("identity.missing", names.tableZh(tableId), rows.zh(), definitionZh);
        String en = messages.en("identity.missing", names.tableEn(tableId), rows.en(), definitionEn);
        return new Diagnostic(rule.getId(), Severity.INFO, cells, null, null, definitionZh, zh, en);
    }

    private String definition(Formula formula, String tableId, Iteration iteration, boolean zh) {
        return names(formula.left(), tableId, iteration, zh) + " " + formula.relation().symbol() + " "
                + names(formula.right(), tableId, iteration, zh);
    }

    private String names(List<Term> terms, String tableId, Iteration iteration, boolean zh) {
        return join(terms, t -> t, t -> name(tableId, iteration, t, zh, zh ? names::shortZh : names::shortEn));
    }

    /** "一 + 二 = 三（七）+ 四: 21 + 0 ≠ 20 + 0（自然人）". */
    private String formula(Evaluation e, boolean zh) {
        Relation relation = e.formula().relation();
        String definition = join(e.left(), t -> shortName(e, t.term(), zh)) + " " + relation.symbol() + " "
                + join(e.right(), t -> shortName(e, t.term(), zh));
        String values = join(e.left(), t -> t.sum().toPlainString()) + " " + relation.brokenSymbol() + " "
                + join(e.right(), t -> t.sum().toPlainString());
        String where = e.where() == null ? "" : zh ? "（" + whereName(e, true) + "）" : " (" + whereName(e, false) + ")";
        return definition + ": " + values + where;
    }

    /** The terms with their values, by full label: "结果维持 10 + 结果纠正 1 + …". */
    private String terms(Evaluation e, List<TermValue> side, boolean zh) {
        return join(side, t -> fullName(e, t.term(), zh) + " " + t.sum().toPlainString());
    }

    /** The left cell as found; blank and text are said to count as 0, which is how the sum used them. */
    private String actual(TermValue left, boolean zh) {
        CellValue value = left.values().get(0);
        if (value.isNumber()) {
            return value.number().toPlainString();
        }
        String printed;
        if (value.printed().isEmpty()) {
            printed = zh ? messages.zh("cell.blank") : messages.en("cell.blank");
        } else {
            printed = "“" + value.printed() + "”";
        }
        return zh ? messages.zh("identity.notANumber", printed) : messages.en("identity.notANumber", printed);
    }

    private String where(Evaluation e, boolean zh) {
        return e.where() == null ? "" : whereName(e, zh);
    }

    private String whereName(Evaluation e, boolean zh) {
        return zh ? names.fullZh(e.table(), e.where()) : names.fullEn(e.table(), e.where());
    }

    private String shortName(Evaluation e, Term term, boolean zh) {
        return name(e, term, zh, zh ? names::shortZh : names::shortEn);
    }

    private String fullName(Evaluation e, Term term, boolean zh) {
        return name(e, term, zh, zh ? names::fullZh : names::fullEn);
    }

    private String name(Evaluation e, Term term, boolean zh, BiFunction<String, String, String> naming) {
        return name(e.table(), e.iteration(), term, zh, naming);
    }

    private String name(String table, Iteration iteration, Term term, boolean zh, BiFunction<String, String, String> naming) {
        String name = nodeName(table, iteration, term.first(), zh, naming);
        if (term.isRange()) {
            name = name + "…" + nodeName(table, iteration, term.last(), zh, naming);
        }
        return term.previous() ? (zh ? messages.zh("identity.previous", name) : messages.en("identity.previous", name)) : name;
    }

    private String nodeName(String table, Iteration iteration, String id, boolean zh, BiFunction<String, String, String> naming) {
        if (iteration == Iteration.ONCE || iteration == null) {
            String[] parts = id.split("/", 2);
            CellAddress cell = new CellAddress(table, parts[0], parts.length > 1 ? parts[1] : "");
            return zh ? names.cellZh(cell) : names.cellEn(cell);
        }
        return naming.apply(table, id);
    }

    private static String join(List<TermValue> terms, Function<TermValue, String> text) {
        return join(terms, TermValue::term, text);
    }

    /** Joins with " + " / " - ", without the space after a full-width bracket: "三（七）+ 四". */
    private static <T> String join(List<T> terms, Function<T, Term> termOf, Function<T, String> text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            T term = terms.get(i);
            boolean negative = termOf.apply(term).negative();
            if (i == 0) {
                out.append(negative ? "-" : "");
            } else {
                boolean tight = out.charAt(out.length() - 1) == '）';
                out.append(tight ? "" : " ").append(negative ? "- " : "+ ");
            }
            out.append(text.apply(term));
        }
        return out.toString();
    }
}
