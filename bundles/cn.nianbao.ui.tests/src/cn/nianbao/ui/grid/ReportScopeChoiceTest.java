package cn.nianbao.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.report.ReportScope;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.validation.Diagnostic;

/**
 * The report's scope on the overview page (issue 17): 宿迁市's 2024 report (testdata/corpus/06) is the area's
 * report (the importer reads 本行政区域 from its title, "宿迁市2024年…"), due by 31 March; published on 15
 * February it is on time. Chosen as 本机关 (the government office's own report) in the page's list, its
 * deadline is 31 January and TIM-01 says at once that it is late; the choice is saved in the .nianbao file
 * and undone like any edit.
 */
class ReportScopeChoiceTest {

    @RegisterExtension
    final EditorFixture fixture = new EditorFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void choosingTheScopeChangesTheDeadlineAtOnceAndIsSaved(@TempDir Path dir) throws Exception {
        ReportDocument suqian = ReportDocuments.open(TestData.corpus("06"));
        suqian.report().setPublishDate(Date.from(LocalDate.parse("2025-02-15").atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
        suqian.recheck();
        fixture.open(suqian);
        CTabFolder pages = Widgets.find(fixture.shell, CTabFolder.class, null);
        pages.setSelection(0);
        Widgets.flush();
        Combo scope = Widgets.find(pages.getItem(0).getControl(), Combo.class, null);

        List<String> expectedItems = UiLanguage.english()
                ? List.of("Not stated (the agency level decides)", "This body's own work", "The whole administrative area")
                : List.of("未说明（按机关层级）", "本机关", "本行政区域");
        assertEquals(expectedItems, List.of(scope.getItems()));
        assertEquals(expectedItems.get(2), scope.getText(), "read from the title: the area's report");
        assertEquals(List.of(), errors("TIM-01"), "due by 31 March");

        choose(scope, 1);
        assertEquals(ReportScope.AGENCY, suqian.report().getReportScope());
        List<Diagnostic> late = errors("TIM-01");
        assertEquals(1, late.size(), "a body's own report is due by 31 January: " + late);
        assertEquals("2025-01-31", late.get(0).expected());
        assertTrue(suqian.isDirty());
        Screenshots.save(fixture.shell, "overview-scope-" + (UiLanguage.english() ? "en" : "zh"));

        Path file = dir.resolve("suqian-2024.nianbao");
        suqian.saveAs(file);
        ReportDocument reopened = ReportDocuments.open(file);
        assertEquals(ReportScope.AGENCY, reopened.report().getReportScope(), "kept in the file");

        suqian.undo();
        Widgets.flush();
        assertEquals(ReportScope.AREA, suqian.report().getReportScope());
        assertEquals(expectedItems.get(2), scope.getText(), "the list follows the undo");
        assertEquals(List.of(), errors("TIM-01"));
    }

    private void choose(Combo combo, int index) {
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        Widgets.flush();
    }

    private List<Diagnostic> errors(String rule) {
        return fixture.document.diagnostics().stream()
                .filter(d -> d.ruleId().equals(rule) && d.severity() == cn.nianbao.model.catalogue.Severity.ERROR).toList();
    }
}
