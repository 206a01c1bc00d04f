package cn.nianbao.review.ui.score;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import cn.nianbao.export.notice.NoticeExporter;
import cn.nianbao.model.AtomicFiles;
import cn.nianbao.review.ReviewText;
import cn.nianbao.review.score.NoticeBuilder;
import cn.nianbao.review.score.ScoreLine;
import cn.nianbao.review.score.ScoringSheet;
import cn.nianbao.review.score.UnitScore;
import cn.nianbao.review.score.remedy.Remedies;
import cn.nianbao.review.ui.ReviewMessages;
import cn.nianbao.review.ui.Tables;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.ui.parts.FileDialogs;
import jakarta.annotation.PostConstruct;

/**
 * The 评分 view: every unit's score on the sheet, and for the unit selected its deductions (red) and what a
 * person has to judge (yellow), each with the item, rule, points, evidence and 整改建议; the 通报 is written
 * from here as Word or Excel.
 */
public final class ScorePart {

    /** Key of the {@link Scores} in the part's transient data. */
    public static final String RESULT = "cn.nianbao.review.score";

    /** What the view shows: the sheet and the scores of the units. */
    public record Scores(ScoringSheet sheet, List<UnitScore> units) {
    }

    private Scores scores;
    private Table units;
    private Table lines;
    private Text detail;
    private List<ScoreLine> shownLines = List.of();
    private Color deducted;
    private Color forPerson;

    @PostConstruct
    public void create(Composite parent, MPart part) {
        createContents(parent, (Scores) part.getTransientData().get(RESULT));
    }

    public Composite createContents(Composite parent, Scores shown) {
        this.scores = shown;
        Composite control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        deducted = new Color(parent.getDisplay(), 0xF8, 0xC8, 0xC8);
        forPerson = new Color(parent.getDisplay(), 0xFF, 0xF0, 0xB0);
        Label summary = new Label(control, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        long lost = shown.units().stream().filter(u -> u.deducted().signum() > 0).count();
        long person = shown.units().stream().mapToLong(u -> u.forPerson().size()).sum();
        summary.setText(ReviewMessages.bind(ReviewMessages.Score_summary, new Object[] { shown.units().size(),
                shown.sheet().name(chinese()), lost, person }));
        Button export = new Button(control, SWT.PUSH);
        export.setText(ReviewMessages.Score_exportButton);
        export.addListener(SWT.Selection, e -> exportNotice());
        SashForm sash = new SashForm(control, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        units = Tables.withColumns(sash, ReviewMessages.Score_unit, ReviewMessages.Score_year, ReviewMessages.Score_score,
                ReviewMessages.Score_maximum, ReviewMessages.Score_deducted, ReviewMessages.Score_forPerson);
        for (UnitScore unit : shown.units()) {
            TableItem item = new TableItem(units, SWT.NONE);
            item.setText(new String[] { unit.agency(), Integer.toString(unit.year()), plain(unit.score()),
                    plain(unit.maximum()), plain(unit.deducted()), Integer.toString(unit.forPerson().size()) });
            if (unit.deducted().signum() > 0) {
                item.setBackground(deducted);
            }
        }
        lines = Tables.withColumns(sash, ReviewMessages.Score_item, ReviewMessages.Score_rule, ReviewMessages.Score_points,
                ReviewMessages.Score_treatment, ReviewMessages.Score_evidence, ReviewMessages.Score_remedy);
        // a sentence does not fit a table cell: the line selected is shown whole below
        detail = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        units.addListener(SWT.Selection, e -> showUnit(units.getSelectionIndex()));
        lines.addListener(SWT.Selection, e -> showLine(lines.getSelectionIndex()));
        sash.setWeights(30, 50, 20);
        pack(units);
        if (!shown.units().isEmpty()) {
            units.setSelection(0);
            showUnit(0);
        }
        control.addDisposeListener(e -> {
            deducted.dispose();
            forPerson.dispose();
        });
        return control;
    }

    /** Lists the lines of the unit at this row: deductions first, then what a person judges. */
    public void showUnit(int index) {
        lines.removeAll();
        if (index < 0 || index >= scores.units().size()) {
            return;
        }
        boolean zh = chinese();
        UnitScore unit = scores.units().get(index);
        List<ScoreLine> all = new ArrayList<>(unit.deductions());
        all.addAll(unit.forPerson());
        shownLines = all;
        for (ScoreLine line : all) {
            TableItem item = new TableItem(lines, SWT.NONE);
            String reason = ReviewText.get(zh, line.reason().key());
            String remedy = Remedies.of(line.ruleId(), zh);
            item.setText(new String[] { line.itemId() + " " + line.item(zh), line.ruleId() == null ? "" : line.ruleId(),
                    plain(line.points()), reason, line.ruleId() == null ? "" : line.evidence(zh),
                    remedy == null ? "" : remedy });
            item.setBackground(line.treatment() == ScoreLine.Treatment.DEDUCTED ? deducted : forPerson);
        }
        pack(lines);
        if (!all.isEmpty()) {
            lines.setSelection(0);
        }
        showLine(all.isEmpty() ? -1 : 0);
    }

    /** The line at this row whole: item, rule and evidence, and the 整改建议. */
    public void showLine(int index) {
        if (index < 0 || index >= shownLines.size()) {
            detail.setText("");
            return;
        }
        boolean zh = chinese();
        ScoreLine line = shownLines.get(index);
        String remedy = Remedies.of(line.ruleId(), zh);
        StringBuilder text = new StringBuilder(line.itemId()).append(' ').append(line.item(zh));
        if (line.ruleId() != null) {
            text.append('\n').append(line.ruleId()).append(' ').append(line.evidence(zh));
        }
        text.append('\n').append(ReviewText.get(zh, line.reason().key()));
        if (remedy != null) {
            text.append('\n').append(ReviewMessages.bind(ReviewMessages.Score_detailRemedy, remedy));
        }
        detail.setText(text.toString());
    }

    Text detail() {
        return detail;
    }

    Table units() {
        return units;
    }

    Table lines() {
        return lines;
    }

    private void exportNotice() {
        FileDialog dialog = new FileDialog(units.getShell(), SWT.SAVE);
        dialog.setText(ReviewMessages.Score_export);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] { "*.docx", "*.xlsx" });
        dialog.setFilterNames(new String[] { ReviewMessages.Score_word, ReviewMessages.Score_excel });
        dialog.setFileName(ReviewMessages.Score_fileName);
        String chosen = dialog.open();
        if (chosen != null) {
            String target = NoticeExporter.forFile(chosen).isPresent() ? chosen
                    : chosen + (dialog.getFilterIndex() == 1 ? ".xlsx" : ".docx");
            writeNotice(Path.of(target));
        }
    }

    /** Writes the 通报 (Word or Excel, by the name) in the UI's language; a failure is said, not thrown. */
    public void writeNotice(Path target) {
        try {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            NoticeExporter.forFile(target.toString()).orElse(NoticeExporter.DOCX)
                    .write(NoticeBuilder.build(scores.sheet(), scores.units(), chinese()), content);
            AtomicFiles.write(target, content.toByteArray());
        } catch (Exception e) {
            Failures.show(units.getShell(), ScorePart.class, ReviewMessages.Score_export, FileDialogs.reason(e), e);
        }
    }

    private static boolean chinese() {
        return !UiLanguage.english();
    }

    private static void pack(Table table) {
        for (TableColumn column : table.getColumns()) {
            column.pack();
            // item titles and evidence are sentences: wide enough to read, and the 整改建议 still on screen
            column.setWidth(Math.min(column.getWidth(), 300));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
