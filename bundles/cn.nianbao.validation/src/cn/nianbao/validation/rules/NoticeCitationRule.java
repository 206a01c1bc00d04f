package cn.nianbao.validation.rules;

import java.util.List;

import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.support.RuleContext;

/** STR-05: a report of 2021 or later that cites the superseded notice 国办公开办函〔2019〕60号. */
public final class NoticeCitationRule implements CodedRule {

    /** The citation is [〔\[（(【]2019[〕\]）)】]60号: an opening bracket, 2019, a closing one, 60号. */
    private static final String OPEN = "〔[（(【";
    private static final String CLOSE = "〕]）)】";

    @Override
    public String ruleId() {
        return "STR-05";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        if (context.report().getYear() < 2021 || (!context.allText().contains("60号")
                && (context.report().getPreamble() == null || !context.report().getPreamble().contains("60")))) {
            return List.of();
        }
        String citation = oldNotice(context.prose().preamble(), context.allText());
        if (citation == null) {
            return List.of();
        }
        String year = String.valueOf(context.report().getYear());
        return List.of(context.diagnostic(ruleId(), List.of(), "国办公开办函〔2021〕30号", citation,
                context.text("str05", year)));
    }

    /**
     * The first citation of the old notice in {@code first + second}, found without copying both into one
     * string: a citation within {@code first} comes before one across the two, which comes before one within
     * {@code second}.
     */
    static String oldNotice(String first, String second) {
        String citation = oldNotice(first);
        if (citation != null) {
            return citation;
        }
        int reach = CITATION_LENGTH - 1;
        String across = first.substring(Math.max(0, first.length() - reach)) + second.substring(0, Math.min(second.length(), reach));
        citation = oldNotice(across);
        return citation != null ? citation : oldNotice(second);
    }

    /** "〔2019〕60号". */
    private static final int CITATION_LENGTH = 9;

    /** The first citation of the old notice in the text ("〔2019〕60号"), or null. */
    static String oldNotice(String text) {
        for (int year = text.indexOf("2019"); year >= 0; year = text.indexOf("2019", year + 1)) {
            int open = year - 1;
            int close = year + 4;
            if (open >= 0 && close < text.length() && OPEN.indexOf(text.charAt(open)) >= 0
                    && CLOSE.indexOf(text.charAt(close)) >= 0 && text.startsWith("60号", close + 1)) {
                return text.substring(open, close + 4);
            }
        }
        return null;
    }
}
