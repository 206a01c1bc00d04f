package cn.nianbao.validation.tests;

import static cn.nianbao.validation.tests.Corpus.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.LabelAxis;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.SourceLabel;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/** LBL-01: labels as printed against the template's, after normalisation. */
class LabelRuleTest {

    private final Validator validator = new Validator();

    @Test
    void theSeedsRepealedColumnLabelIsAWarningThoughItIsAKnownVariant() {
        AnnualReport seed = Corpus.report(Corpus.SEED);
        label(seed, "T2", LabelAxis.COLUMN, "REPEALED", "本年度止件数", 31);
        List<Diagnostic> lbl01 = only(validator.check(seed), "LBL-01");
        assertEquals(1, lbl01.size());
        Diagnostic d = lbl01.get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("本年废止件数", d.expected());
        assertEquals("本年度止件数", d.actual());
        assertEquals("表二的列标签印作“本年度止件数”，模板为“本年废止件数”（第 31 行）", d.messageZh());
        assertEquals(List.of(new CellAddress("T2", "REG", "REPEALED"), new CellAddress("T2", "NORM", "REPEALED")), d.cells());
    }

    @Test
    void aTypoInARowLabelIsAWarning() {
        AnnualReport hongze = Corpus.report("02");
        label(hongze, "T3", LabelAxis.ROW, "R06", "2.其他法律行政止公开", 0);
        List<Diagnostic> lbl01 = only(validator.check(hongze), "LBL-01");
        assertEquals(1, lbl01.size());
        assertEquals("表三的行标签印作“2.其他法律行政止公开”，模板为“2.其他法律行政法规禁止公开”", lbl01.get(0).messageZh());
        assertEquals(7, lbl01.get(0).cells().size());
    }

    @Test
    void labelsThatDifferOnlyInWidthSpacingOrNumberingPass() {
        AnnualReport huaian = Corpus.report("04");
        label(huaian, "T3", LabelAxis.ROW, "R21", "1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 0);
        label(huaian, "T3", LabelAxis.ROW, "R04", "(二)部分公开(区分处理的，只计这一情形，不计其他情形)", 0);
        label(huaian, "T3", LabelAxis.COLUMN, "C2", "商业 企业", 0);
        label(huaian, "T2", LabelAxis.COLUMN, "REPEALED", "本年废止件数", 0);
        assertEquals(List.of(), only(validator.check(huaian), "LBL-01"));
    }

    private static void label(AnnualReport report, String table, LabelAxis axis, String element, String text, int line) {
        SourceLabel label = ReportFactory.eINSTANCE.createSourceLabel();
        label.setTableId(table);
        label.setAxis(axis);
        label.setElementId(element);
        label.setText(text);
        label.setLine(line);
        report.getSourceLabels().add(label);
    }
}
