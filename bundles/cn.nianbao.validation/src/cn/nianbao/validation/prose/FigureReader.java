package cn.nianbao.validation.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.Template;

/**
 * Finds the figures a sentence states. A count is a number (Arabic, full-width or Chinese, optionally
 * 万) followed by 件; what it counts is the keyword nearest before it since the previous count
 * ("受理…申请17件", "予以公开1191件、部分公开328件"), or, failing that, a carry-forward word after it
 * ("另有103件顺延到下年度"). Wording that is not exact ("300余件", "近百件", "约") gives a range.
 * Counts of table 三 are taken only from sentences about requests (申请); inside a sentence that has
 * turned to 复议/诉讼 only the outcome words still count for table 三.
 */
public final class FigureReader {

    private static final Pattern COUNT = Pattern.compile(
            "(近|约|超过|逾)?(\\d+(?:\\.\\d+)?|[" + ChineseNumber.DIGITS + "]+)(万)?(余|多)?件(左右|以上)?");
    private static final String NOT_A_COUNT_BEFORE = "第每逐任某单这那";
    /** Scope words, most telling first: the first one a sentence contains is the one reported. */
    private static final List<String> SCOPES = List.of("备案", "代表", "本机关", "本单位", "本部门", "政府办公室", "政府办",
            "各部门", "各地", "各级", "系统内", "累计", "市级", "区级", "县级", "全省", "全市", "全区", "全县", "全镇", "全街道");
    /** The sentence is about requests (申请); about disclosure when it holds one of these words. */
    private static final String ABOUT_REQUESTS = "申请";
    private static final List<String> ABOUT_DISCLOSURE = List.of("政府信息", "信息公开", "依申请");
    private static final Quantity[] GROUPS = { Quantity.REVIEW, Quantity.SUITS, Quantity.SUIT_DIRECT,
            Quantity.SUIT_AFTER_REVIEW };
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;、（）()：:]");

    private FigureReader() {
    }

    public static List<Figure> read(Template template, String section, String normalisedText) {
        return read(template, section, normalisedText, List.of());
    }

    /**
     * @param template  the report's template, which names the cells of each quantity by role
     * @param ownScopes scope words that name the agency's own area (全市 for a city government): no other scope
     */
    public static List<Figure> read(Template template, String section, String normalisedText, List<String> ownScopes) {
        List<Figure> figures = new ArrayList<>();
        if (normalisedText.indexOf('件') < 0) {
            return figures;
        }
        // the sentences (as ProseText.sentences cuts them) that hold a 件, found from the 件: the others are
        // neither cut out nor read
        String text = ProseText.withoutQuotes(normalisedText);
        for (int unit = text.indexOf('件'); unit >= 0; ) {
            int start = unit;
            while (start > 0 && !ProseText.isSentenceEnd(text.charAt(start - 1))) {
                start--;
            }
            int end = unit;
            while (end < text.length() && !ProseText.isSentenceEnd(text.charAt(end))) {
                end++;
            }
            readSentence(template, section, text.substring(start, Math.min(end + 1, text.length())), ownScopes, figures);
            unit = end + 1 < text.length() ? text.indexOf('件', end + 1) : -1;
        }
        return figures;
    }

    private static void readSentence(Template template, String section, String sentence, List<String> ownScopes, List<Figure> figures) {
        boolean aboutRequests = sentence.contains(ABOUT_REQUESTS);
        boolean aboutDisclosure = containsAny(sentence, ABOUT_DISCLOSURE) || section.equals("S4") || section.equals("S1.2");
        if (!aboutRequests && !aboutDisclosure) {
            return; // every count of 表三 needs 申请 and every other one 政府信息公开: none can be read here
        }
        Matcher count = COUNT.matcher(sentence);
        int previousEnd = 0;
        // the scope words are looked up once the sentence has a count (many 件 are 文件, 案件, 条件)
        String scope = null;
        String reviewScope = null;
        boolean scoped = false;
        for (int unit = sentence.indexOf('件'); unit >= 0; unit = sentence.indexOf('件', unit + 1)) {
            int start = numberStart(sentence, unit);
            if (start < previousEnd || start == unit) {
                continue;
            }
            count.region(start, sentence.length());
            if (!count.lookingAt()) {
                continue;
            }
            if (start > 0 && NOT_A_COUNT_BEFORE.indexOf(sentence.charAt(start - 1)) >= 0) {
                previousEnd = count.end();
                continue;
            }
            long[] range = range(count);
            if (range != null) {
                if (!scoped) {
                    // 表四 counts the cases against the filer itself, so even its own area's word (全县 in a county
                    // government's report: every body of the county) gives a 复议/诉讼 figure another scope
                    String[] scopes = scopes(sentence, ownScopes);
                    scope = scopes[0];
                    reviewScope = scopes[1];
                    scoped = true;
                }
                Figure figure = classify(template, section, sentence, previousEnd, count, range, scope, reviewScope,
                        aboutRequests, aboutDisclosure);
                if (figure != null) {
                    figures.add(figure);
                }
            }
            previousEnd = count.end();
        }
    }

    /**
     * Where the count that ends with the 件 at {@code unit} begins: back over 余/多, 万, the digits or
     * Chinese numerals, and 近/约/逾/超过. Returns {@code unit} when no number precedes it.
     */
    private static int numberStart(String sentence, int unit) {
        int i = unit - 1;
        if (i >= 0 && (sentence.charAt(i) == '余' || sentence.charAt(i) == '多')) {
            i--;
        }
        if (i >= 0 && sentence.charAt(i) == '万') {
            i--;
        }
        int digitsEnd = i;
        if (i >= 0 && (Character.isDigit(sentence.charAt(i)))) {
            while (i >= 0 && (Character.isDigit(sentence.charAt(i)) || sentence.charAt(i) == '.')) {
                i--;
            }
        } else {
            while (i >= 0 && ChineseNumber.DIGITS.indexOf(sentence.charAt(i)) >= 0) {
                i--;
            }
        }
        if (i == digitsEnd) {
            return unit;
        }
        int start = i + 1;
        if (start >= 1 && "近约逾".indexOf(sentence.charAt(start - 1)) >= 0) {
            start--;
        } else if (start >= 2 && sentence.startsWith("超过", start - 2)) {
            start -= 2;
        }
        return start;
    }

    private static Figure classify(Template template, String section, String sentence, int from, Matcher count, long[] range, String scope,
            String reviewScope, boolean aboutRequests, boolean aboutDisclosure) {
        String prefix = sentence.substring(from, count.start());
        Keyword keyword = Keyword.nearest(prefix);
        // the 复议/诉讼 group before the count is read only where it decides: a result word's column, or a
        // request count that a sentence turned to 复议/诉讼 no longer gives
        Quantity group = null;
        boolean groupRead = false;
        Quantity quantity;
        int excerptStart;
        if (keyword == null) {
            quantity = Keyword.carriedAfter(suffix(sentence, count.end()));
            if (quantity == null) {
                return null;
            }
            excerptStart = count.start();
        } else {
            excerptStart = from + keyword.start();
            if (keyword.result() != null) {
                group = lastGroup(sentence.substring(0, count.start()));
                groupRead = true;
                if (group == null) {
                    return null;
                }
                quantity = group;
            } else {
                quantity = keyword.quantity();
            }
        }
        if (quantity.isTable3()) {
            if (!aboutRequests) {
                return null;
            }
            boolean outcome = quantity.ordinal() >= Quantity.DISCLOSED.ordinal();
            if (!outcome && (groupRead ? group : lastGroup(sentence.substring(0, count.start()))) != null) {
                return null;
            }
        } else if (!aboutDisclosure) {
            return null;
        }
        // a result word (予以公开…) names a column of the group; otherwise the quantity's rows, some of which add up
        // several rows (予以公开及部分公开 = （一）+（二）)
        List<CellAddress> cells = keyword != null && keyword.result() != null
                ? template.cellsOfRole(quantity.role(), keyword.result())
                : quantity.cells(template);
        int excerptEnd = Math.min(count.end(), sentence.length());
        String excerpt = sentence.substring(Math.max(0, Math.min(excerptStart, count.start())), excerptEnd);
        return new Figure(quantity, cells, range[0], range[1], range[2], section, sentence, excerpt,
                quantity.isTable3() ? scope : reviewScope);
    }

    /** The 复议/诉讼 group the sentence spoke of last before this point, or null. */
    private static Quantity lastGroup(String before) {
        if (before.indexOf('复') < 0 && before.indexOf('诉') < 0) {
            return null;
        }
        Quantity last = null;
        int lastEnd = -1;
        int lastLength = 0;
        long mask = Keyword.mask(before);
        for (Quantity q : GROUPS) {
            if (!Keyword.mayMatch(mask, q)) {
                continue;
            }
            // of a group's matches only the last can win: the earlier ones end before it
            long m = q.spelled().last(before);
            if (m < 0) {
                continue;
            }
            int end = Alternation.end(m);
            int length = end - Alternation.start(m);
            if (end > lastEnd || (end == lastEnd && length > lastLength)) {
                last = q;
                lastEnd = end;
                lastLength = length;
            }
        }
        return last;
    }

    private static String suffix(String sentence, int from) {
        Matcher end = CLAUSE_END.matcher(sentence);
        int to = end.find(from) ? end.start() : sentence.length();
        return sentence.substring(from, to);
    }

    /** {value, low, high}, or null when the text is no whole count. */
    private static long[] range(Matcher count) {
        String digits = count.group(2);
        boolean tenThousands = count.group(3) != null;
        double number;
        int decimals = 0;
        if (Character.isDigit(digits.charAt(0))) {
            int dot = digits.indexOf('.');
            // a whole count of up to 15 digits is exact as a double: read as a long, without parseDouble
            number = dot < 0 && digits.length() <= 15 ? Long.parseLong(digits) : Double.parseDouble(digits);
            decimals = dot < 0 ? 0 : digits.length() - dot - 1;
            if (decimals > 0 && !tenThousands) {
                return null;
            }
        } else {
            long parsed = ChineseNumber.parse(digits);
            if (parsed < 0) {
                return null;
            }
            number = parsed;
        }
        long value = Math.round(tenThousands ? number * 10000 : number);
        long low = value;
        long high = value;
        if (tenThousands) {
            long step = Math.round(10000 / Math.pow(10, decimals));
            low = value - step / 2;
            high = value + step / 2 - 1;
        }
        String before = count.group(1);
        String more = count.group(4);
        String after = count.group(5);
        if (more != null) {
            high = value + step(value) - 1;
            low = value;
        } else if ("超过".equals(before) || "逾".equals(before) || "以上".equals(after)) {
            low = value;
            high = value * 2;
        } else if ("近".equals(before)) {
            low = (long) Math.floor(value * 0.9);
            high = value;
        } else if ("约".equals(before) || "左右".equals(after)) {
            low = (long) Math.floor(value * 0.9);
            high = (long) Math.ceil(value * 1.1);
        }
        return new long[] { value, low, high };
    }

    /** 300余 → 100 (300…399), 5500余 → 100, 30余 → 10. */
    private static long step(long value) {
        long step = 1;
        long v = value;
        while (v > 0 && v % 10 == 0) {
            v /= 10;
            step *= 10;
        }
        return Math.max(step, 10);
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #scope} with and without the agency's own area, from one pass over the scope words: the first
     * word that is not the agency's own, and that word or else the first of any.
     */
    private static String[] scopes(String sentence, List<String> ownScopes) {
        String first = null;
        for (String word : SCOPES) {
            if (sentence.contains(word)) {
                if (!ownScopes.contains(word)) {
                    return new String[] { word, word };
                }
                if (first == null) {
                    first = word;
                }
            }
        }
        return new String[] { null, first };
    }

    /** The first scope word of the sentence that is not the agency's own area, or null. */
    public static String scope(String sentence, List<String> ownScopes) {
        for (String word : SCOPES) {
            if (sentence.contains(word) && !ownScopes.contains(word)) {
                return word;
            }
        }
        return null;
    }
}
