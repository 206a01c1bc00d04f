package cn.nianbao.io.text;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.Transliterator;

/**
 * Reports copied from mirrors in traditional characters (武漢市黃陂區…政府信息公開工作年度報告): their
 * headings, row labels and keywords match nothing in the catalogue, so they are read after ICU's
 * Traditional-Simplified transliteration. A report is taken as traditional when it never writes 年度报告 or
 * 信息公开 in simplified characters but does in traditional ones.
 */
final class TraditionalText {

    private static final List<String> SIMPLIFIED = List.of("年度报告", "信息公开");
    private static final List<String> TRADITIONAL = List.of("年度報告", "信息公開", "資訊公開");

    private TraditionalText() {
    }

    static boolean isTraditional(List<String> lines) {
        boolean traditional = false;
        for (String line : lines) {
            if (SIMPLIFIED.stream().anyMatch(line::contains)) {
                return false;
            }
            traditional |= TRADITIONAL.stream().anyMatch(line::contains);
        }
        return traditional;
    }

    static List<String> toSimplified(List<String> lines) {
        // an instance per call: a Transliterator keeps no state across calls, but is not documented thread-safe
        Transliterator transliterator = Transliterator.getInstance("Traditional-Simplified");
        List<String> simplified = new ArrayList<>(lines.size());
        for (String line : lines) {
            simplified.add(transliterator.transliterate(line));
        }
        return simplified;
    }
}
