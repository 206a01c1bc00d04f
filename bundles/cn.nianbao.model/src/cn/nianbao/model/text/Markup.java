package cn.nianbao.model.text;

/**
 * The one escaper for HTML and XML (web pages, fragments, SVG charts). Report text is untrusted: it may
 * hold {@code <script>}, quotes that would end an attribute, or an already escaped {@code &amp;} that must
 * come back verbatim. The result is safe both as element text and inside a single- or double-quoted
 * attribute. Characters XML 1.0 does not allow (control characters other than tab and line breaks, lone
 * surrogates, U+FFFE and U+FFFF) become U+FFFD, so that a strict XML reader of an SVG never fails on them.
 */
public final class Markup {

    private Markup() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(allowed(c) ? c : '\uFFFD');
            }
        });
        return out.toString();
    }

    private static boolean allowed(int c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        boolean loneSurrogate = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
        return !loneSurrogate && c != 0xFFFE && c != 0xFFFF;
    }
}
