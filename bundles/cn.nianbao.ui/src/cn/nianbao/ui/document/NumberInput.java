package cn.nianbao.ui.document;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Reads a number as an officer types or pastes it: full-width digits (１２３), thousands separators
 * (1,234 or 1，234), surrounding spaces. An empty text is a blank cell. Anything else is refused with a
 * reason, so that a non-number is never stored.
 */
public final class NumberInput {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private NumberInput() {
    }

    /** The result of reading one input: a value (null for blank) or the reason it was refused. */
    public record Parsed(BigDecimal value, boolean blank, String refusedText) {

        public boolean refused() {
            return refusedText != null;
        }
    }

    public static Parsed parse(String input) {
        if (input == null) {
            return new Parsed(null, true, null);
        }
        String text = Normalizer.normalize(input, Normalizer.Form.NFKC).replace('\u3000', ' ').strip();
        if (text.isEmpty()) {
            return new Parsed(null, true, null);
        }
        text = text.replace("，", ",").replace(" ", "");
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (!PLAIN.matcher(text).matches()) {
            return new Parsed(null, false, input.strip());
        }
        return new Parsed(new BigDecimal(text), false, null);
    }
}
