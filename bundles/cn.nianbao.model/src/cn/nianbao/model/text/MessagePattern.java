package cn.nianbao.model.text;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link MessageFormat} pattern parsed once into its literal pieces and argument slots, so that the
 * common case (strings and small counts, plain {@code {n}} slots) is joined without cloning and running a
 * MessageFormat: the rule check formats every finding in two languages, and MessageFormat was a tenth of
 * its time. Anything else (a typed slot such as {@code {0,number}}, a count of 1,000 or more, which
 * MessageFormat groups, another argument type, too few arguments) goes through MessageFormat itself, so
 * the text is the same either way.
 */
final class MessagePattern {

    /** Stand-ins that no message text contains, formatted into the pattern to find where each slot sits. */
    private static final char SLOT_START = '\uE000';
    private static final char SLOT_END = '\uE001';

    private final MessageFormat format;
    /** literals[i] comes before slots[i]; the last literal ends the text. Null when only MessageFormat will do. */
    private final String[] literals;
    private final int[] slots;

    MessagePattern(String pattern) {
        this.format = new MessageFormat(pattern, Locale.ROOT);
        List<String> pieces = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        if (plainSlotsOnly(format)) {
            split(format, pieces, indexes);
        }
        this.literals = indexes.isEmpty() ? null : pieces.toArray(String[]::new);
        this.slots = indexes.stream().mapToInt(Integer::intValue).toArray();
    }

    String format(Object[] args) {
        if (literals == null || !joinable(args)) {
            return ((MessageFormat) format.clone()).format(args);
        }
        StringBuilder text = new StringBuilder(literals[literals.length - 1].length() + 16 * literals.length);
        for (int i = 0; i < slots.length; i++) {
            text.append(literals[i]);
            Object arg = args[slots[i]];
            if (arg instanceof String string) {
                text.append(string);
            } else {
                text.append(((Number) arg).longValue());
            }
        }
        return text.append(literals[literals.length - 1]).toString();
    }

    private boolean joinable(Object[] args) {
        for (int slot : slots) {
            if (slot >= args.length) {
                return false;
            }
            Object arg = args[slot];
            if (arg instanceof Integer || arg instanceof Long) {
                long value = ((Number) arg).longValue();
                if (value <= -1000 || value >= 1000) {
                    return false;
                }
            } else if (!(arg instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainSlotsOnly(MessageFormat format) {
        for (Format slot : format.getFormats()) {
            if (slot != null) {
                return false;
            }
        }
        return true;
    }

    /** MessageFormat itself resolves the quoting: the pattern formatted with stand-ins shows where each slot is. */
    private static void split(MessageFormat format, List<String> pieces, List<Integer> indexes) {
        int count = format.getFormatsByArgumentIndex().length;
        Object[] markers = new Object[count];
        for (int i = 0; i < count; i++) {
            markers[i] = SLOT_START + Integer.toString(i) + SLOT_END;
        }
        String marked = ((MessageFormat) format.clone()).format(markers);
        int from = 0;
        for (int start = marked.indexOf(SLOT_START); start >= 0; start = marked.indexOf(SLOT_START, from)) {
            int end = marked.indexOf(SLOT_END, start);
            pieces.add(marked.substring(from, start));
            indexes.add(Integer.parseInt(marked.substring(start + 1, end)));
            from = end + 1;
        }
        pieces.add(marked.substring(from));
    }
}
