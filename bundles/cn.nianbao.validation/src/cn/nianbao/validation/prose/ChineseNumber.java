package cn.nianbao.validation.prose;

/** Reads numbers written in Chinese numerals: 十七, 一百零三, 三千一百一十九, 两万. */
public final class ChineseNumber {

    public static final String DIGITS = "零〇一二两三四五六七八九十百千万";

    private ChineseNumber() {
    }

    /** The value, or -1 when the text is not a well-formed Chinese numeral. */
    /** A count written in ASCII digits (at most 12) or in Chinese numerals; -1 when it is neither. */
    public static long count(String text) {
        if (text != null && !text.isEmpty() && text.length() <= 12 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Long.parseLong(text);
        }
        return parse(text);
    }

    public static long parse(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit == 10000) {
                total = (total + section + Math.max(digit, 0)) * 10000;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return total + section + Math.max(digit, 0);
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
