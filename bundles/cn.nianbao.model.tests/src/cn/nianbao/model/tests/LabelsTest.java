package cn.nianbao.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Random;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.format.Labels;

/** The one normalisation of labels (format.md §10), by hand and against its definition on random labels. */
class LabelsTest {

    @Test
    void labelsAsFilersPrintThemReadAsTheTemplates() {
        assertEquals("(一)本年新收政府信息公开申请数量", Labels.normalize("（一）本年新收政府信息公开申请数量"));
        assertEquals("(一)本年新收政府信息公开申请数量", Labels.normalize(" （一） 本年新收\n政府信息公开申请数量\u3000"));
        assertEquals("1.本机关未制作、获取相关信息", Labels.normalize("1、本机关未制作、获取相关信息"));
        assertEquals("1.本机关未制作", Labels.normalize("１．本机关未制作"));
        assertEquals("\"三同步\"", Labels.normalize("“三同步”"));
        assertEquals("'三同步'", Labels.normalize("‘三同步’"));
        assertEquals("商业企业", Labels.normalize("商业\u00A0企业"));
        assertEquals("", Labels.normalize(null));
        // ㈠ (a parenthesised ideograph) has its own NFKC form
        assertEquals("(一)其他", Labels.normalize("㈠其他"));
    }

    /**
     * The definition of format.md §10 written out: NFKC, whitespace removed, curly quotes straight, "1、" as
     * "1.". Labels.normalize must give the same on any text, the character-by-character way of common
     * labels included.
     */
    private static String byDefinition(String label) {
        String text = Normalizer.normalize(label, Normalizer.Form.NFKC);
        text = text.replaceAll("[\\s\\u00A0\\u3000]+", "");
        text = text.replaceAll("[“”„‟\"＂]", "\"").replaceAll("[‘’']", "'");
        return text.replaceFirst("^(\\d+)[、,．]", "$1.");
    }

    @Test
    void anyTextNormalisesAsTheDefinitionSays() {
        String alphabet = "一二三其他申请（）()、。，,.．1234５６ \t\n\u00A0\u3000\u2002“”‘’\"'＂＇ａＺ～!#"
                + "㈠ｶﾞ\u0301é\u00E9e\u4E00\u9FFF\u9FA5\uF900\u3400\uFF01\uFF5E\uFF5F\u007F\u0001\u2028Ⅳ①";
        Random random = new Random(17);
        int differences = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder label = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                label.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (!byDefinition(label.toString()).equals(Labels.normalize(label.toString()))) {
                differences++;
            }
        }
        assertEquals(0, differences);
        assertTrue(Labels.same("（三）  不予公开", "(三)不予公开"));
    }
}
