package cn.nianbao.model.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of what a table cell prints, used by the importers, the checks and the editor. What it
 * tells apart:
 * <ul>
 * <li>{@link Kind#BLANK}: nothing printed;</li>
 * <li>{@link Kind#NUMBER}: a number as filers write it: full-width digits (１２３), thousands separators
 * (1,234 or 1，234), spaces, a sign; the printed scale is kept (59237.2449, 0.00);</li>
 * <li>{@link Kind#PLACEHOLDER}: a mark or word that stands for "nothing" ("/", "\", "-", "--", "—", "―",
 * "－", "无", "暂无", "空", "没有"): no value, kept apart from 0;</li>
 * <li>{@link Kind#NOTED}: a number with a unit or a note after it ("251000元", "3件", "22（其中修订16件）"):
 * the number is the value, the rest is the note;</li>
 * <li>{@link Kind#TEXT}: anything else (letters, "7730.28万 元 左右"): no value.</li>
 * </ul>
 *
 * @param printed the text as printed, stripped of surrounding spaces
 * @param value the number read, or null
 * @param note for {@link Kind#NOTED}, what follows the number
 */
public record CellText(Kind kind, String printed, BigDecimal value, String note) {

    public enum Kind {
        BLANK, NUMBER, PLACEHOLDER, NOTED, TEXT
    }

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern WITH_UNIT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)(万元|元|件|个|项|条)");
    private static final Pattern WITH_NOTE = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)(?:万元|元|件|个|项|条)?([(（].*[)）])");
    private static final Pattern MARK = Pattern.compile("[/\\\\]|[-–—―─]{1,2}");
    private static final Pattern WORD = Pattern.compile("无|暂无|空|没有");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** The first characters of the placeholder words (WORD). */
    private static final String PLACEHOLDER_STARTS = "无暂空没";
    /** The last characters of WITH_UNIT and WITH_NOTE. */
    private static final String UNIT_OR_BRACKET_ENDS = "元件个项条)）";
    /** Besides digits, the characters of GROUPED and MARK. */
    private static final String NUMBER_OR_MARK_CHARS = "+-,./\\–—―─";
    private static final String LEADING_NUMBER = "^[\\s+\\-＋－0-9０-９.．]+";
    /**
     * The longest number read as one: a report holds at most 15 digits before the point and 10 after, and
     * reading a longer run of digits as a BigDecimal takes time quadratic in its length (a damaged file can
     * hold a megabyte of digits). Longer runs are text.
     */
    private static final int MAX_NUMBER_CHARS = 40;

    public static final CellText BLANK = new CellText(Kind.BLANK, "", null, null);

    public static CellText parse(String raw) {
        String printed = raw == null ? "" : raw.strip();
        if (printed.isEmpty()) {
            return BLANK;
        }
        if (isLabelStart(printed.charAt(0))) {
            return new CellText(Kind.TEXT, printed, null, null);
        }
        String plain = plain(printed);
        if (!startsLikeANumber(plain)) {
            // most of what an importer tries is label text: decide it without the number patterns
            boolean placeholder = plain.length() <= 2 && (MARK.matcher(plain).matches() || WORD.matcher(plain).matches());
            return new CellText(placeholder ? Kind.PLACEHOLDER : Kind.TEXT, printed, null, null);
        }
        if (isPlainNumber(plain)) {
            return number(printed, plain);
        }
        if (!mayBeGroupedMarkOrNoted(plain)) {
            // a numbered label ("2.没有现成信息需要另行制作"): importers try each word, the patterns below cannot match
            return new CellText(Kind.TEXT, printed, null, null);
        }
        if (GROUPED.matcher(plain).matches()) {
            return number(printed, plain.replace(",", ""));
        }
        if (MARK.matcher(plain).matches() || WORD.matcher(plain).matches()) {
            return new CellText(Kind.PLACEHOLDER, printed, null, null);
        }
        Matcher unit = WITH_UNIT.matcher(plain);
        if (unit.matches() && unit.group(1).length() <= MAX_NUMBER_CHARS) {
            return new CellText(Kind.NOTED, printed, new BigDecimal(unit.group(1)), unit.group(2));
        }
        Matcher note = WITH_NOTE.matcher(plain);
        if (note.matches() && note.group(1).length() <= MAX_NUMBER_CHARS) {
            return new CellText(Kind.NOTED, printed, new BigDecimal(note.group(1)), printed.replaceFirst(LEADING_NUMBER, ""));
        }
        return new CellText(Kind.TEXT, printed, null, null);
    }

    /** A number as [+-]?\d+(\.\d+)? reads it, decided without a regex: every cell of every import is asked. */
    private static boolean isPlainNumber(String plain) {
        int n = plain.length();
        int i = n > 0 && (plain.charAt(0) == '+' || plain.charAt(0) == '-') ? 1 : 0;
        int integer = i;
        while (i < n && isDigit(plain.charAt(i))) {
            i++;
        }
        if (i == integer) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (plain.charAt(i) != '.') {
            return false;
        }
        int fraction = ++i;
        while (i < n && isDigit(plain.charAt(i))) {
            i++;
        }
        return i > fraction && i == n;
    }

    /**
     * Whether GROUPED, MARK, WITH_UNIT or WITH_NOTE could match text that starts like a number (WORD never
     * does): the first two hold digits, signs, separators and marks only, the other two end in a unit or a
     * closing bracket.
     */
    private static boolean mayBeGroupedMarkOrNoted(String plain) {
        if (UNIT_OR_BRACKET_ENDS.indexOf(plain.charAt(plain.length() - 1)) >= 0) {
            return true;
        }
        for (int i = 0, n = plain.length(); i < n; i++) {
            char c = plain.charAt(i);
            if (!isDigit(c) && NUMBER_OR_MARK_CHARS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static CellText number(String printed, String digits) {
        if (digits.length() > MAX_NUMBER_CHARS) {
            return new CellText(Kind.TEXT, printed, null, null);
        }
        return new CellText(Kind.NUMBER, printed, new BigDecimal(digits), null);
    }

    /**
     * The text a report keeps beside the value ({@code Cell.text}): null for a plain number or a blank, the
     * printed text for anything else, so that "/" and "251000元" export as printed.
     */
    public String text() {
        return kind == Kind.NUMBER || kind == Kind.BLANK ? null : printed;
    }

    public boolean isBlank() {
        return kind == Kind.BLANK;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /**
     * Whether text starting with this character is neither a number nor a placeholder, decided without the
     * NFKC form (importers ask this of every word of a label): a unified ideograph or a full-width bracket
     * opens its plain form unchanged or as "(", and only 无, 暂无, 空 and 没有 of such text are placeholders.
     */
    private static boolean isLabelStart(char c) {
        return c >= 0x4E00 && c <= 0x9FFF && PLACEHOLDER_STARTS.indexOf(c) < 0 || c == '（' || c == '(';
    }

    private static boolean startsLikeANumber(String plain) {
        char first = plain.isEmpty() ? ' ' : plain.charAt(0);
        return first >= '0' && first <= '9' || first == '+' || first == '-';
    }

    /** What a number cell of the editor accepts: a number, or nothing to blank it. */
    public boolean isNumberOrBlank() {
        return kind == Kind.NUMBER || kind == Kind.BLANK;
    }

    /** Full-width digits and signs to ASCII (NFKC), spaces removed; for reading numbers, never for labels. */
    public static String plain(String printed) {
        if (isAsciiWithoutSpace(printed)) {
            // most cells ("12", "0", "/"): NFKC leaves ASCII alone, and every import reads each cell several times
            return printed;
        }
        return SPACE.matcher(Normalizer.normalize(printed, Normalizer.Form.NFKC)).replaceAll("");
    }

    private static boolean isAsciiWithoutSpace(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c > 0x7e || c <= ' ') {
                return false;
            }
        }
        return true;
    }
}
