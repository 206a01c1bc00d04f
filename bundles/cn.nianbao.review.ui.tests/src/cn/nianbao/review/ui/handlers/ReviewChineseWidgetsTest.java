package cn.nianbao.review.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.window.Window;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.review.compare.ChangeThreshold;
import cn.nianbao.review.compare.Comparer;
import cn.nianbao.review.rollup.RollupBuilder;
import cn.nianbao.review.trend.Trends;
import cn.nianbao.review.ui.compare.CompareEditorPart;
import cn.nianbao.review.ui.rollup.RollupPart;
import cn.nianbao.review.ui.trend.TrendsPart;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.UiLanguage;

/**
 * The review side of the workbench as a Chinese user reads it: every page of the compare editor (with the
 * zero rows shown and hidden), the trends and roll-up views, and the review dialogs (source question,
 * settings, agency and year questions). Collects the text of every visible widget, the visible cells of
 * the grids included, and fails on any word that is an id of the catalogue (tables, rows, columns,
 * sections: T3, R01, C7, IN_FORCE, PREV.R25) or a name of the model's enumerations (levels, statuses,
 * severities, import notes). Rule ids (XY-01) are names a reviewer uses and may show. Runs in its own test
 * JVM with the Chinese locale (see the pom).
 */
class ReviewChineseWidgetsTest {

    private Shell shell;
    private final List<Window> dialogs = new ArrayList<>();

    @AfterEach
    void close() {
        dialogs.forEach(Window::close);
        if (shell != null) {
            shell.dispose();
        }
    }

    private static AnnualReport read(String prefix) throws Exception {
        return ReportReader.read(TestData.corpus(prefix)).report();
    }

    @Test
    void noRawIdIsVisibleInTheChineseReviewViews() throws Exception {
        assertTrue(!UiLanguage.english(), "this test runs with the Chinese locale (-Duser.language=zh)");
        AnnualReport before = read("05-");
        AnnualReport after = read("06-");
        Set<String> raw = rawWords(FormatCatalogue.template(after), FormatCatalogue.template(before));
        List<String> seen = new ArrayList<>();

        Composite compare = view();
        CTabFolder pages = new CompareEditorPart().createPages(compare,
                new Comparer(ChangeThreshold.DEFAULT).compare(before, after));
        for (int page = 0; page < pages.getItemCount(); page++) {
            pages.setSelection(page);
            flush();
            seen.addAll(visibleTexts(compare));
            Button hideZeroRows = find(pages.getSelection().getControl(), Button.class);
            if (hideZeroRows != null) {
                hideZeroRows.setSelection(true);
                hideZeroRows.notifyListeners(org.eclipse.swt.SWT.Selection, new Event());
                flush();
                seen.addAll(visibleTexts(compare));
            }
        }
        assertTrue(seen.contains("概要") && seen.contains("正文"), "the compare editor's pages were read: " + seen);
        assertTrue(seen.stream().anyMatch(t -> t.contains("本年新收")), "the grids' cells were read");

        Composite trends = view();
        new TrendsPart().createContents(trends, Trends.of("宿迁市", List.of(before, after)));
        flush();
        seen.addAll(visibleTexts(trends));

        Composite rollup = view();
        new RollupPart().createContents(rollup, new RollupBuilder().add(read("03-"), "03.txt").add(read("04-"), "04.txt")
                .add(after, "06.txt").build());
        flush();
        seen.addAll(visibleTexts(rollup));

        seen.addAll(dialog(SourceChoice.dialog(shell, "趋势", "从报告文件还是从资料库生成趋势？")));
        seen.addAll(dialog(ReviewSettingsHandler.dialog(shell)));
        seen.addAll(dialog(TrendsHandler.agencyDialog(shell, "宿迁市")));
        seen.addAll(dialog(RollupHandler.yearDialog(shell)));
        assertTrue(seen.containsAll(List.of("确定", "取消")), "the dialogs' buttons were read in Chinese: " + seen);

        List<String> showingIds = seen.stream().filter(text -> showsId(text, raw)).distinct().toList();
        assertEquals(List.of(), showingIds, "texts on screen that show an id instead of a name");
    }

    /** A fresh view in a fresh shell, at a laptop's screen size. */
    private Composite view() {
        if (shell != null) {
            shell.dispose();
        }
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1366, 768);
        Composite view = new Composite(shell, 0);
        view.setLayout(new FillLayout());
        shell.open();
        return view;
    }

    private List<String> dialog(Window dialog) {
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialogs.add(dialog);
        flush();
        return visibleTexts(dialog.getShell());
    }

    /** The catalogue's ids and the enumerations' names, as words. */
    private static Set<String> rawWords(Template... templates) {
        Set<String> words = new HashSet<>();
        for (Template template : templates) {
            for (TableLayout table : template.tables()) {
                words.add(table.id());
                for (CellAddress cell : table.cells(true)) {
                    words.add(cell.row());
                    words.add(cell.column());
                }
            }
            addSections(template.sections(), words);
        }
        words.add("PREV");
        AgencyLevel.VALUES.forEach(level -> words.add(level.getLiteral()));
        Severity.VALUES.forEach(severity -> words.add(severity.getLiteral()));
        for (ReportStatus status : ReportStatus.values()) {
            words.add(status.name());
        }
        for (ImportNote.Kind kind : ImportNote.Kind.values()) {
            words.add(kind.name());
        }
        return words;
    }

    private static void addSections(List<SectionDef> sections, Set<String> words) {
        for (SectionDef section : sections) {
            words.add(section.getKey());
            addSections(section.getSubsections(), words);
        }
    }

    /** True when a word of the text (letters, digits, '_' and '.') is an id. */
    private static boolean showsId(String text, Set<String> raw) {
        for (String word : text.split("[^A-Za-z0-9_.]+")) {
            if (raw.contains(word) || List.of(word.split("\\.")).stream().anyMatch(raw::contains)) {
                return true;
            }
        }
        return false;
    }

    /** What a user can read in a control and the visible controls inside it (tooltips may hold ids). */
    private static List<String> visibleTexts(Control control) {
        Set<String> texts = new LinkedHashSet<>();
        collect(control, texts);
        return new ArrayList<>(texts);
    }

    private static void collect(Control control, Set<String> texts) {
        if (!control.isVisible()) {
            return;
        }
        switch (control) {
            case Shell window -> texts.add(window.getText());
            case Label label -> texts.add(label.getText());
            case Button button -> texts.add(button.getText());
            case Text field -> texts.add(field.getText());
            case StyledText styled -> texts.add(styled.getText());
            case Table table -> {
                for (var column : table.getColumns()) {
                    texts.add(column.getText());
                }
                for (var item : table.getItems()) {
                    for (int i = 0; i < Math.max(1, table.getColumnCount()); i++) {
                        texts.add(item.getText(i));
                    }
                }
            }
            case CTabFolder folder -> {
                for (var item : folder.getItems()) {
                    texts.add(item.getText());
                }
            }
            case NatTable grid -> {
                for (int row = 0; row < grid.getRowCount(); row++) {
                    for (int column = 0; column < grid.getColumnCount(); column++) {
                        texts.add(String.valueOf(grid.getDataValueByPosition(column, row)));
                    }
                }
            }
            default -> {
            }
        }
        if (control instanceof Composite composite && !(control instanceof NatTable)) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }

    private static <T extends Control> T find(Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void flush() {
        Display display = Display.getDefault();
        for (int i = 0; i < 200; i++) {
            if (!display.readAndDispatch()) {
                break;
            }
        }
    }
}
