package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.validation.support.RuleContext;

/**
 * The catalogue's {@code phrases} of a rule, found in normalised text. A phrase is plain words; "…" in it
 * stands for any words within one sentence ("现将…报来" finds "现将我局2024年年度报告报来"), and "|" separates
 * alternatives ("责任追究|问责": either will do).
 */
final class Phrases {

    static final String GAP = "…";
    /** The alternatives of each phrase that has some, split once. */
    private static final java.util.Map<String, String[]> ALTERNATIVES = new java.util.concurrent.ConcurrentHashMap<>();

    /** How a phrase is named to the reader: its first alternative, without the gaps. */
    static String shown(String phrase) {
        int bar = phrase.indexOf('|');
        return (bar < 0 ? phrase : phrase.substring(0, bar)).replace(GAP, "");
    }

    private Phrases() {
    }

    /** The rule's phrases in the report's template, empty when the template gives none. */
    static List<String> of(RuleContext context, String ruleId) {
        RuleDef rule = context.template().rule(ruleId);
        return rule == null ? List.of() : rule.getPhrases();
    }

    /** The phrases that occur in the text, in the catalogue's order. */
    static List<String> found(List<String> phrases, String text) {
        List<String> found = new ArrayList<>();
        for (String phrase : phrases) {
            if (occurs(phrase, text)) {
                found.add(phrase);
            }
        }
        return found;
    }

    static boolean occurs(String phrase, String text) {
        if (phrase.indexOf('|') >= 0) {
            for (String alternative : ALTERNATIVES.computeIfAbsent(phrase, p -> p.split("\\|"))) {
                if (occurs(alternative, text)) {
                    return true;
                }
            }
            return false;
        }
        int gap = phrase.indexOf(GAP);
        if (gap < 0) {
            return text.contains(phrase);
        }
        String first = phrase.substring(0, gap);
        String rest = phrase.substring(gap + GAP.length());
        for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
            int from = at + first.length();
            int end = sentenceEnd(text, from);
            if (occurs(rest, text.substring(from, end))) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == '！' || c == '？') {
                return i;
            }
        }
        return text.length();
    }
}
