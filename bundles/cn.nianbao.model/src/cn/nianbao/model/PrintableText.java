package cn.nianbao.model;

/**
 * Text from a file made safe to print on a terminal or in a message: control characters (ESC sequences
 * could retitle or clear a terminal) become {@code \x1b}-style escapes, bidi overrides and isolates
 * (U+202A–202E, U+2066–2069, which reorder what follows) become {@code \u202e}. Tab and line breaks stay.
 */
public final class PrintableText {

    private PrintableText() {
    }

    public static String of(String text) {
        if (text == null || text.chars().noneMatch(PrintableText::unsafe)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (!unsafe(c)) {
                safe.append((char) c);
            } else if (c < 0x100) {
                safe.append(String.format("\\x%02x", c));
            } else {
                safe.append(String.format("\\u%04x", c));
            }
        });
        return safe.toString();
    }

    /** Formatting arguments with every string made printable; other values are left as they are. */
    public static Object[] all(Object... arguments) {
        Object[] safe = arguments.clone();
        for (int i = 0; i < safe.length; i++) {
            if (safe[i] instanceof CharSequence sequence) {
                safe[i] = of(sequence.toString());
            }
        }
        return safe;
    }

    private static boolean unsafe(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
