package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/**
 * XS-06: section 五 says something: at least 30 characters, not just "无", and it names at least one
 * problem (问题, 不足, 差距, 有待, 仍需…) and at least one measure (下一步, 将, 加强, 改进, 整改…). A missing
 * section 五 is STR-01's.
 */
public final class ProblemsSectionRule implements CodedRule {

    static final int MIN_LENGTH = 30;
    private static final Words PROBLEM = Words.of("问题|不足|差距|短板|薄弱|有待|仍需|还需|尚需|不够|欠缺|不到位|滞后|不完善|不规范|需进一步");
    private static final Words MEASURE = Words.of("下一步|今后|将|加强|改进|整改|提升|完善|推进|强化|优化|健全|措施|持续");

    @Override
    public String ruleId() {
        return "XS-06";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        if (!context.prose().has("S5")) {
            return List.of();
        }
        String text = context.prose().section("S5");
        int length = lengthWithoutPunctuation(text);
        List<String> missing = new ArrayList<>();
        if (length < MIN_LENGTH) {
            missing.add("length");
        }
        if (!PROBLEM.in(text)) {
            missing.add("problem");
        }
        if (!MEASURE.in(text)) {
            missing.add("measure");
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        String key = length < MIN_LENGTH ? "xs06.short" : missing.contains("problem") ? "xs06.problem" : "xs06.measure";
        return List.of(context.diagnostic(ruleId(), List.of(), "≥ " + MIN_LENGTH, String.valueOf(length),
                context.text(key, String.valueOf(length), String.valueOf(MIN_LENGTH))));
    }

    /** The length of the text without punctuation and symbols, i.e. without what [\\p{P}\\p{S}] matches. */
    static int lengthWithoutPunctuation(String text) {
        int length = 0;
        for (int i = 0; i < text.length();) {
            char unit = text.charAt(i);
            if (unit >= '\u4e00' && unit <= '\u9fef') {
                // a common ideograph (a letter, never punctuation): most of a section, passed without the type lookup
                length++;
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            if (!punctuationOrSymbol(Character.getType(c))) {
                length += n;
            }
            i += n;
        }
        return length;
    }

    private static boolean punctuationOrSymbol(int type) {
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
