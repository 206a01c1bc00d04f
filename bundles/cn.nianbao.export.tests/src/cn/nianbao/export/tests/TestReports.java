package cn.nianbao.export.tests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Named;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.testing.ExpectedValues;
import cn.nianbao.testing.TestData;

/**
 * Reports for the export tests: the real published values of the seed and every corpus report (from their
 * hand-written .expected.tsv), with text sections under the catalogue's headings and bodies written like
 * real reports (several paragraphs, figures taken from the tables, one long paragraph to wrap).
 */
final class TestReports {

    private static final Map<String, String> AGENCIES = Map.of(
            "baoji-kejiju", "宝鸡市科学技术局",
            "hongze-quzhengfu", "淮安市洪泽区人民政府",
            "huaian-shizhengfu", "淮安市人民政府",
            "suqian-shi", "宿迁市人民政府");

    private TestReports() {
    }

    /** A report and what its hand-written file says a document must print, cell by cell. */
    record Sample(AnnualReport report, ExpectedValues expected) {
    }

    static List<Named<AnnualReport>> all() {
        return samples().stream().map(s -> Named.of(s.getName(), s.getPayload().report())).toList();
    }

    static List<Named<Sample>> samples() {
        List<Named<Sample>> samples = new ArrayList<>();
        for (Path file : TestData.corpusReports()) {
            String stem = file.getFileName().toString().replace(".txt", "");
            samples.add(Named.of(stem, sample(file)));
        }
        return samples;
    }

    static AnnualReport of(Path file) {
        return sample(file).report();
    }

    static Sample sample(Path file) {
        String stem = file.getFileName().toString().replace(".txt", "");
        String agency = AGENCIES.entrySet().stream().filter(e -> stem.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(stem);
        ExpectedValues expected = ExpectedValues.read(TestData.expectedFor(file));
        AnnualReport report = expected.toReport(agency);
        report.setTitle(agency + report.getYear() + "年政府信息公开工作年度报告");
        report.setPreamble("本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国"
                + "政府信息公开工作年度报告格式〉的通知》要求编制。本报告中所列数据的统计期限自" + report.getYear() + "年1月1日起至"
                + report.getYear() + "年12月31日止。");
        addSections(report);
        return new Sample(report, expected);
    }

    static AnnualReport seed() {
        return of(TestData.corpus("000"));
    }

    private static void addSections(AnnualReport report) {
        for (SectionDef section : FormatCatalogue.template(report.getTemplateVersion()).sections()) {
            add(report, section.getKey(), section.getHeading(), body(report, section.getKey()));
            for (SectionDef sub : section.getSubsections()) {
                add(report, sub.getKey(), sub.getHeading(), body(report, sub.getKey()));
            }
        }
    }

    static void add(AnnualReport report, String key, String heading, String body) {
        TextSection section = ReportFactory.eINSTANCE.createTextSection();
        section.setKey(key);
        section.setHeading(heading);
        section.setBody(body);
        report.getSections().add(section);
    }

    private static String body(AnnualReport report, String key) {
        int year = report.getYear();
        return switch (key) {
            case "S1" -> year + "年，本机关坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
                    + "围绕中心工作，不断加大政府信息公开力度，提升政务公开质量和实效。";
            case "S1.1" -> "全年通过门户网站主动公开政府信息" + (year % 97 + 120) + "条，其中政策文件" + (year % 13 + 8)
                    + "件、政策解读" + (year % 7 + 5) + "篇。围绕“放管服”改革、优化营商环境、重大项目建设、财政预决算、"
                    + "民生实事等重点领域，及时发布权威信息，做好政策解读和回应关切工作，确保群众看得到、听得懂、信得过、用得上。"
                    + "同时，严格落实公开属性源头认定机制，对拟制发的公文逐件明确公开方式，做到应公开尽公开。\n"
                    + "坚持“以公开为常态、不公开为例外”，对涉及公众切身利益的事项，在出台前充分征求社会意见。";
            case "S1.2" -> "本年度共新收政府信息公开申请" + total(report, "R01") + "件，上年结转" + total(report, "R02")
                    + "件；全部按照法定时限和程序予以答复，结转下年度继续办理" + total(report, "R25") + "件。";
            case "S1.3" -> "完善政府信息公开保密审查机制，严格执行“先审查、后公开”和“一事一审”制度，全年未发生泄密事件。";
            case "S1.4" -> "持续优化政府门户网站政府信息公开专栏，规范设置栏目，及时更新内容，提升平台集约化水平。";
            case "S1.5" -> "将政务公开工作纳入年度绩效考核，组织开展业务培训2次，本年度未发生因政务公开工作引起的责任追究情况。";
            case "S2" -> "主动公开政府信息情况见下表。";
            case "S3" -> "收到和处理政府信息公开申请情况见下表。";
            case "S4" -> "政府信息公开行政复议、行政诉讼情况见下表。";
            case "S5" -> "一是信息公开的及时性有待提高；二是政策解读形式较为单一。\n下一步，我们将加强统筹协调，丰富解读形式，"
                    + "进一步提升政务公开工作水平。";
            case "S6" -> "本年度未收取信息处理费。";
            default -> "";
        };
    }

    private static String total(AnnualReport report, String row) {
        BigDecimal value = ReportData.value(report, new CellAddress("T3", row, "C7"));
        return value == null ? "0" : value.toPlainString();
    }
}
