package cn.nianbao.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.TemplateVersion;

class FormatCatalogueTest {

    private final Template v2021 = FormatCatalogue.template(TemplateVersion.V2021);
    private final Template v2019 = FormatCatalogue.template(TemplateVersion.V2019_TRIAL);

    @Test
    void table3Of2021HasTwentyFiveRowsAndSevenColumnsWithTheOfficialLabels() {
        TableLayout t3 = v2021.table("T3");
        assertEquals(175, t3.cells(false).size());
        List<String> columns = t3.leafColumns().stream().map(ColumnDef::getLabel).toList();
        assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"), columns);
        assertEquals("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", t3.row("R21").getLabel());
        assertEquals("（七）总计", t3.row("R24").getLabel());
        assertEquals("四、结转下年度继续办理", t3.row("R25").getLabel());
        assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", t3.definition().getCornerLabel());
    }

    @Test
    void theUnsplitOtherHandlingRowIsAnAlternateIn2021AndARowIn2019() {
        RowDef alternate = v2021.table("T3").row("R21_23");
        assertEquals(List.of("R21", "R22", "R23"), alternate.getAlternateFor());
        TableLayout t3of2019 = v2019.table("T3");
        assertEquals(161, t3of2019.cells(false).size());
        assertEquals(null, t3of2019.row("R21"));
        assertNotNull(t3of2019.row("R21_23"));
    }

    @Test
    void table2Of2021HasElevenCellsAndTable4Fifteen() {
        List<String> t2 = v2021.table("T2").cells(false).stream().map(c -> c.row() + "/" + c.column()).toList();
        assertEquals(List.of("REG/ISSUED", "REG/REPEALED", "REG/IN_FORCE", "NORM/ISSUED", "NORM/REPEALED", "NORM/IN_FORCE",
                "LICENSE/DECISIONS", "PENALTY/DECISIONS", "COERCION/DECISIONS", "FEE/AMOUNT"), t2);
        assertEquals(15, v2021.table("T4").cells(false).size());
        assertEquals(15, v2019.table("T4").cells(false).size());
    }

    @Test
    void table2Of2019KeepsItsOwnColumnsAndProcurement() {
        TableLayout t2 = v2019.table("T2");
        assertEquals("规范性文件", t2.row("NORM").getLabel());
        assertEquals("采购总金额", t2.column("PROC_AMOUNT").getLabel());
        assertEquals(2 * 3 + 4 * 3 + 2 + 2, t2.cells(false).size());
    }

    @Test
    void everyRuleOfTheFormatIsCataloguedWithBothLanguages() {
        for (String id : List.of("STR-01", "STR-07", "LBL-01", "TYP-01", "TYP-04", "SUM-01", "SUM-08", "XS-01", "XS-08",
                "XY-01", "XY-04", "TIM-01", "TIM-03", "PLA-01", "PLA-03")) {
            assertNotNull(v2021.rule(id), id);
            assertTrue(!v2021.rule(id).getDescriptionZh().isBlank() && !v2021.rule(id).getDescriptionEn().isBlank(), id);
        }
        assertEquals("R01 + R02 = R24 + R25", v2021.rule("SUM-01").getFormula());
    }

    @Test
    void templateVersionFollowsTheYear() {
        assertEquals(TemplateVersion.V2019_TRIAL, FormatCatalogue.versionForYear(2020));
        assertEquals(TemplateVersion.V2021, FormatCatalogue.versionForYear(2021));
    }
}
