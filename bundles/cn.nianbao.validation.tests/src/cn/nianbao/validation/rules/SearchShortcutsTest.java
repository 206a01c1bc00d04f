package cn.nianbao.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The rules' searches that skip text where no match can begin must find what the plain search finds: PLA-04's
 * places of a name (the regex it replaced), STR-05's citation in two texts read apart (the same as in one copy
 * of both), XS-04's fee words searched from the first 费 (the regex from the start). Hand-checked cases, then
 * random text made of the words' own characters.
 */
class SearchShortcutsTest {

    /** What PLA-04 matched with before it read the places by hand. */
    private static final Pattern PLACE = Pattern.compile("[\\p{IsHan}]{1,7}?(?:自治州|自治县|街道|省|市|区|县|镇|乡|旗|盟)");
    /** XS-04's words of a fee, as the rule has them. */
    private static final Pattern FEE = Pattern.compile("信息处理费|处理费|(未|没有|无|不)收取.{0,12}费|收取.{0,15}费|收费");

    @Test
    void aNameNamesEachPlaceFromTheShortestRunBeforeASuffix() {
        assertEquals(List.of("淮安市", "洪泽区"), OtherBodyRule.places("淮安市洪泽区人民政府"));
        assertEquals(List.of("延边朝鲜族自治州"), OtherBodyRule.places("延边朝鲜族自治州人民政府"));
        // eight characters before the suffix are too many for one place; the search goes on one character later
        assertEquals(List.of("二三四五六七八市"), OtherBodyRule.places("一二三四五六七八市"));
        assertEquals(List.of("新街道"), OtherBodyRule.places("新街道办事处"));
        assertEquals(List.of(), OtherBodyRule.places("国家税务总局"));
        assertEquals(List.of(), OtherBodyRule.places("A市B区"));
    }

    @Test
    void placesAreThoseOfTheRegexOnRandomNames() {
        forRandomTexts(4, "淮安市洪泽区自治州县街道省镇乡旗盟人民政府办公室 A1、" + "\ud840\udc00", 24,
                name -> assertEquals(regexPlaces(name), OtherBodyRule.places(name), name));
    }

    @Test
    void aCitationAcrossThePreambleAndTheSectionsIsFound() {
        assertEquals("〔2019〕60号", NoticeCitationRule.oldNotice("依据国办公开办函〔20", "19〕60号要求"));
        assertEquals("（2019）60号", NoticeCitationRule.oldNotice("（2019）60号", "〔2019〕60号"));
        assertEquals("〔2019〕60号", NoticeCitationRule.oldNotice("按照2019年", "〔2019〕60号"));
        assertNull(NoticeCitationRule.oldNotice("〔2019〕6", "1号"));
    }

    @Test
    void theCitationInTwoTextsIsTheOneInTheirCopyOnRandomTexts() {
        Random random = new Random(5);
        String alphabet = "〔〕[]（）()【】2019 60号年文";
        String[] citations = { "〔2019〕60号", "[2019]60号", "（2019）60号", "〔2019〕61号" };
        for (int i = 0; i < 100_000; i++) {
            // random words around up to two citations, cut anywhere (also inside a citation)
            String text = random(random, alphabet, 12) + citations[random.nextInt(citations.length)]
                    + random(random, alphabet, 12) + (random.nextBoolean() ? citations[random.nextInt(citations.length)] : "")
                    + random(random, alphabet, 12);
            int cut = random.nextInt(text.length() + 1);
            String first = text.substring(0, cut);
            String second = text.substring(cut);
            assertEquals(NoticeCitationRule.oldNotice(text), NoticeCitationRule.oldNotice(first, second),
                    first + " | " + second);
        }
    }

    @Test
    void feeWordsAreFoundWhereverTheyBegin() {
        assertTrue(FeeReportRule.mentionsFees("本机关未收取任何信息处理费。"));
        // at most 15 characters between 收取 and 费
        assertTrue(FeeReportRule.mentionsFees("收取一二三四五六七八九十一二三四五费"));
        assertFalse(FeeReportRule.mentionsFees("收取一二三四五六七八九十一二三四五六费"));
        // the first 费 begins no match, a later one does
        assertTrue(FeeReportRule.mentionsFees("费用说明。本机关未收取信息公开费"));
        assertFalse(FeeReportRule.mentionsFees("本机关无其他需要报告的事项。"));
        assertFalse(FeeReportRule.mentionsFees("费用"));
    }

    @Test
    void feeWordsAreThoseOfTheRegexOnRandomTexts() {
        forRandomTexts(6, "信息处理费未没有无不收取一二三。", 40,
                text -> assertEquals(FEE.matcher(text).find(), FeeReportRule.mentionsFees(text), text));
    }

    private static List<String> regexPlaces(String name) {
        List<String> places = new ArrayList<>();
        Matcher m = PLACE.matcher(name);
        while (m.find()) {
            places.add(m.group());
        }
        return places;
    }

    /** 100,000 random texts of the alphabet's characters, up to maxLength long, the same for a seed. */
    private static void forRandomTexts(long seed, String alphabet, int maxLength, Consumer<String> check) {
        Random random = new Random(seed);
        for (int i = 0; i < 100_000; i++) {
            check.accept(random(random, alphabet, maxLength));
        }
    }

    private static String random(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
