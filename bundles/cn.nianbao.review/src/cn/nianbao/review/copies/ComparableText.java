package cn.nianbao.review.copies;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.validation.prose.ProseText;
import cn.nianbao.validation.rules.CopiedTextRule;

/**
 * A report's prose as the copy search compares it: each top-level section with its sub-topics (一 with
 * （一）…（五）), except the sections of the template that hold a table (their text is the format's own
 * captions, the same in every report); normalised as XY-03 reads text, without the XY-03 boilerplate sentences, the unit's own
 * names replaced by {@link UnitNames#MARK}, every run of digits by '#' (a copy with new figures is still a copy),
 * and without punctuation or symbols. Sections shorter than {@link CopiedTextRule#MIN_LENGTH} characters after
 * the boilerplate is gone are left out, as XY-03 leaves them out.
 */
final class ComparableText {

    private ComparableText() {
    }

    /** Section key → comparable text, in the report's order. */
    static Map<String, String> of(AnnualReport report, Template template) {
        Map<String, StringBuilder> bodies = new LinkedHashMap<>();
        for (TextSection section : report.getSections()) {
            if (section.getKey() != null && section.getBody() != null) {
                bodies.computeIfAbsent(topLevel(section.getKey()), k -> new StringBuilder()).append(section.getBody())
                        .append('\n');
            }
        }
        UnitNames names = UnitNames.of(report.getAgencyName());
        Map<String, String> texts = new LinkedHashMap<>();
        bodies.forEach((key, body) -> {
            if (template.tableOfSection(key) != null) {
                return;
            }
            String own = CopiedTextRule.withoutBoilerplate(template, ProseText.normalise(body.toString()));
            if (own.length() >= CopiedTextRule.MIN_LENGTH) {
                String plain = plain(names.neutralise(own));
                if (plain.length() >= Shingles.SIZE) {
                    texts.put(key, plain);
                }
            }
        });
        return texts;
    }

    /** A sub-topic's key belongs to its section: the part before the first '.'. */
    static String topLevel(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** Digit runs (with a decimal part) as one '#', punctuation and symbols dropped. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                i = skipNumber(text, i);
                out.append('#');
                continue;
            }
            if (!punctuationOrSymbol(c)) {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    private static int skipNumber(String text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        if (i + 1 < text.length() && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
            i++;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean punctuationOrSymbol(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
