package cn.nianbao.validation.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.nianbao.testing.TestData;

/**
 * The prose reader's words searched without the regex engine must find what {@code Matcher.find()} finds:
 * hand-checked cases for the order of alternatives and optional characters, then every keyword pattern of
 * {@link Quantity} compared with the JDK's regex engine on every sentence of the corpus and on random text
 * made of the patterns' own characters.
 */
class AlternationTest {

    @Test
    void theLastMatchIsFoundAfterTheEarlierOnes() {
        assertMatch(8, 12, Alternation.of("上一?年度?结转|去年结转").last("上年度结转3件，去年结转2件"));
    }

    @Test
    void theFirstAlternativeWinsAtAPositionNotTheLongest() {
        // the regex takes 公开 at 2, goes on after it and takes 公开 again at 7
        assertMatch(7, 9, Alternation.of("公开|公开及部分公开").last("予以公开及部分公开"));
        assertMatch(2, 9, Alternation.of("公开及部分公开|公开").last("予以公开及部分公开"));
    }

    @Test
    void anOptionalCharacterIsTakenWhenItIsThere() {
        assertMatch(0, 5, Alternation.of("上一?年度?结转").last("上一年结转"));
        // present before absent: 上年度, not 上年
        assertMatch(0, 3, Alternation.of("上年度?").last("上年度"));
        assertTrue(Alternation.of("转下一?年").in("另有5件转下年度办理"));
        assertFalse(Alternation.of("转下一?年").in("另有5件转入下阶段"));
        assertEquals(-1, Alternation.of("办结|答复").last("受理申请17件"));
    }

    @Test
    void otherRegexSyntaxIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Alternation.of("(办结|答复)"));
        assertThrows(IllegalArgumentException.class, () -> Alternation.of("办.结"));
        assertThrows(IllegalArgumentException.class, () -> Alternation.of("?办结"));
    }

    @Test
    void everyKeywordPatternFindsWhatTheRegexFindsInTheCorpusAndInRandomText() throws IOException {
        List<String> patterns = new ArrayList<>();
        for (Quantity quantity : Quantity.values()) {
            patterns.add(quantity.words().pattern());
        }
        Quantity.RESULTS.forEach(result -> patterns.add(result[0]));
        List<String> texts = corpusSentences();
        Random random = new Random(17);
        String letters = String.join("", patterns).replaceAll("[|?]", "") + "，件的";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            texts.add(text.toString());
        }
        int matched = 0;
        for (String pattern : patterns) {
            Pattern regex = Pattern.compile(pattern);
            Alternation words = Alternation.of(pattern);
            for (String text : texts) {
                long expected = -1;
                Matcher m = regex.matcher(text);
                while (m.find()) {
                    expected = (long) m.start() << 32 | m.end();
                }
                assertEquals(expected, words.last(text), () -> pattern + " in " + text);
                assertEquals(expected >= 0, words.in(text), () -> pattern + " in " + text);
                matched += expected >= 0 ? 1 : 0;
            }
        }
        assertTrue(matched > 1000, "the texts hold the words often enough to compare: " + matched);
    }

    private static void assertMatch(int start, int end, long match) {
        assertEquals(start, Alternation.start(match), "start");
        assertEquals(end, Alternation.end(match), "end");
    }

    private static List<String> corpusSentences() throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestData.corpusDir())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                sentences.addAll(ProseText.sentences(ProseText.normalise(Files.readString(file, StandardCharsets.UTF_8))));
            }
        }
        return sentences;
    }
}
