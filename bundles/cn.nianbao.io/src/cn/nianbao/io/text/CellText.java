package cn.nianbao.io.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one table cell printed, read as the model keeps it: a plain number becomes a value with the printed
 * scale (59237.2449 stays 59237.2449); blank stays blank; "/", "-", "—" and letters keep their text and
 * have no value, and so have the words a filer types for "nothing" (无); a number with a unit ("251000元", the 2019 procurement amount) keeps both.
 */
record CellText(String printed, BigDecimal value, String text) {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern WITH_UNIT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)(万元|元|件|个|项|条)");
    private static final Pattern BLANK_MARK = Pattern.compile("[/／\\\\]|[-－–—―]{1,2}");
    private static final Pattern ASCII_TEXT = Pattern.compile("[A-Za-z0-9.,+\\-/%*#?]+");
    private static final Pattern BLANK_WORD = Pattern.compile("无|暂无|空|没有");
    private static final Pattern LABEL_PREFIX = Pattern.compile("\\d+[.、．]");

    static final CellText BLANK = new CellText("", null, null);

    static CellText parse(String raw) {
        String printed = raw == null ? "" : raw.strip();
        if (printed.isEmpty()) {
            return BLANK;
        }
        String plain = plain(printed);
        if (NUMBER.matcher(plain).matches()) {
            return new CellText(printed, new BigDecimal(plain), null);
        }
        if (GROUPED.matcher(plain).matches()) {
            return new CellText(printed, new BigDecimal(plain.replace(",", "")), null);
        }
        Matcher unit = WITH_UNIT.matcher(plain);
        if (unit.matches()) {
            return new CellText(printed, new BigDecimal(unit.group(1)), printed);
        }
        return new CellText(printed, null, printed);
    }

    /**
     * Whether a whitespace-separated token of layout text is a cell rather than a piece of a label: a
     * number, a blank mark, a number with a unit, or ASCII letters, but not a numbering like "1.".
     */
    static boolean isValueToken(String token) {
        String plain = plain(token.strip());
        if (plain.isEmpty() || LABEL_PREFIX.matcher(plain).matches()) {
            return false;
        }
        return NUMBER.matcher(plain).matches() || GROUPED.matcher(plain).matches()
                || WITH_UNIT.matcher(plain).matches() || BLANK_MARK.matcher(plain).matches() || BLANK_WORD.matcher(plain).matches()
                || ASCII_TEXT.matcher(plain).matches();
    }

    boolean isBlank() {
        return value == null && text == null;
    }

    /** Full-width digits and signs to ASCII, spaces removed; for reading numbers only, never for labels. */
    private static String plain(String printed) {
        return Normalizer.normalize(printed, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
