package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.nianbao.model.report.TemplateVersion;
import cn.nianbao.review.score.remedy.Remedies;
import cn.nianbao.validation.RuleCatalogue;
import cn.nianbao.validation.RuleInfo;

/** Every rule {@code nianbao rules} lists has a 整改建议 in Chinese and in English for the 通报. */
class RemediesTest {

    @ParameterizedTest
    @EnumSource(TemplateVersion.class)
    void everyRuleHasASentenceInBothLanguages(TemplateVersion version) {
        List<String> missing = new ArrayList<>();
        for (RuleInfo rule : RuleCatalogue.rules(version)) {
            String zh = Remedies.of(rule.id(), true);
            String en = Remedies.of(rule.id(), false);
            if (zh == null || en == null || zh.equals(en) || !zh.endsWith("。") || !en.endsWith(".")) {
                missing.add(rule.id() + " zh=" + zh + " en=" + en);
            }
        }
        assertEquals(List.of(), missing);
    }

    @org.junit.jupiter.api.Test
    void anUnknownRuleHasNone() {
        assertNull(Remedies.of("LOCAL-99", true));
        assertEquals("发布年度报告正文，不得将报送函、请示等公文代替年度报告发布。", Remedies.of("STR-10", true));
    }
}
