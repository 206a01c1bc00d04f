package cn.nianbao.validation.tests;

import static cn.nianbao.validation.tests.Corpus.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TemplateVersion;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/** STR-04…STR-07, SUM-08 and TYP-04 on imported reports. */
class StructureMoreRulesTest {

    private final Validator validator = new Validator();

    @ParameterizedTest
    @ValueSource(strings = { "02", "03", "04", "05", "06", Corpus.SEED })
    void publishedReportsPass(String prefix) {
        List<Diagnostic> all = validator.check(Imported.report(prefix));
        for (String rule : List.of("STR-04", "STR-05", "STR-07", "SUM-08", "TYP-04")) {
            assertEquals(List.of(), only(all, rule), rule + " on " + prefix);
        }
    }

    @Test
    void str04SectionOneWithoutItsTopics() {
        AnnualReport hongze = Imported.report("03");
        hongze.getSections().removeIf(s -> s.getKey().equals("S1.3") || s.getKey().equals("S1.4") || s.getKey().equals("S1.5"));
        Imported.setBody(hongze, "S1", "2024年，我区认真贯彻落实《条例》。");
        Diagnostic d = only(validator.check(hongze), "STR-04").get(0);
        assertEquals(Severity.WARNING, d.severity());
        // "平台" still appears in 一（一） ("政府网站平台"), so only two topics are missing
        assertEquals("（三）政府信息管理、（五）监督保障", d.actual());
    }

    @Test
    void str05TheOldNotice() {
        AnnualReport hongze = Imported.report("03");
        Imported.replace(hongze, "S1", "2024 年", "按照国办公开办函〔2019〕60号要求，2024 年");
        assertEquals(Severity.INFO, only(validator.check(hongze), "STR-05").get(0).severity());
    }

    @Test
    void str06TheTitleNamesTheYear() {
        AnnualReport huaian = Imported.report("04");
        assertEquals(List.of(), only(validator.check(huaian), "STR-06"));
        huaian.setTitle("淮安市人民政府2023年政府信息公开工作年度报告");
        Diagnostic d = only(validator.check(huaian), "STR-06").get(0);
        assertEquals(Severity.INFO, d.severity());
        assertEquals("2023", d.actual());
    }

    @Test
    void str07TheStatisticsPeriod() {
        AnnualReport hongze = Imported.report("03");
        hongze.setPreamble(hongze.getPreamble().replaceAll("2024\\s*年\\s*1\\s*月\\s*1\\s*日", "2023 年 12 月 1 日"));
        Diagnostic d = only(validator.check(hongze), "STR-07").get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("2023-12-01 … 2024-12-31", d.actual());
    }

    @Test
    void sum08IssuedButNothingInForce() {
        AnnualReport huaian = Imported.report("04");
        Corpus.set(huaian, "T2", "REG", "IN_FORCE", "0"); // 1 issued, 0 repealed
        Diagnostic d = only(validator.check(huaian), "SUM-08").get(0);
        assertEquals(Severity.INFO, d.severity());
        assertEquals("现行有效件数 ≥ 本年制发件数 - 本年废止件数: 0 < 1 - 0（规章）", d.formula());
    }

    @Test
    void typ04A2019AmountWithItsUnit() {
        AnnualReport huaian = Imported.report("04");
        huaian.setTemplateVersion(TemplateVersion.V2019_TRIAL);
        huaian.setYear(2020);
        Corpus.set(huaian, "T2", "PROCUREMENT", "PROC_AMOUNT", "251000");
        assertEquals(List.of(), only(validator.check(huaian), "TYP-04"));
        Corpus.setText(huaian, "T2", "PROCUREMENT", "PROC_AMOUNT", "251000元");
        Diagnostic d = only(validator.check(huaian), "TYP-04").get(0);
        assertEquals(Severity.INFO, d.severity());
        assertEquals("251000元", d.actual());
    }
}
