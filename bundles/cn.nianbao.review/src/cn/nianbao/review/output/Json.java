package cn.nianbao.review.output;

/** A small JSON writer: enough for the comparison's objects, arrays, strings, numbers and booleans. */
final class Json {

    private final StringBuilder out = new StringBuilder();
    private boolean needComma;

    Json begin(char bracket) {
        comma();
        out.append(bracket);
        needComma = false;
        return this;
    }

    Json end(char bracket) {
        out.append(bracket);
        needComma = true;
        return this;
    }

    Json key(String key) {
        comma();
        string(key);
        out.append(':');
        needComma = false;
        return this;
    }

    Json value(String text) {
        comma();
        if (text == null) {
            out.append("null");
        } else {
            string(text);
        }
        needComma = true;
        return this;
    }

    /** A number already formatted as plain digits (or null). */
    Json number(String digits) {
        comma();
        out.append(digits == null ? "null" : digits);
        needComma = true;
        return this;
    }

    Json bool(boolean value) {
        comma();
        out.append(value);
        needComma = true;
        return this;
    }

    Json field(String key, String text) {
        return key(key).value(text);
    }

    private void comma() {
        if (needComma) {
            out.append(',');
        }
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
