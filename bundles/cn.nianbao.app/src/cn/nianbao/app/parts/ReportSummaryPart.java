package cn.nianbao.app.parts;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;
import jakarta.annotation.PostConstruct;

/**
 * The first window of the workbench: the report given on the command line, its agency, year and format,
 * and the checks it fails. The full editor replaces this part (issue 5).
 */
public final class ReportSummaryPart {

    private final boolean chinese = "zh".equals(Locale.getDefault().getLanguage());

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(12, 12).applyTo(parent);
        Label heading = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        Path file = fileArgument();
        if (file == null) {
            heading.setText(pick("打开年报：nianbao 文件名", "Open a report: nianbao FILE"));
            return;
        }
        try {
            AnnualReport report = ReportReader.read(file).report();
            List<Diagnostic> diagnostics = new Validator().check(report);
            heading.setText(report.getAgencyName() + "  " + report.getYear() + pick(" 年  格式 ", "  format ")
                    + report.getTemplateVersion().getLiteral() + "\n" + file.getFileName());
            createDiagnosticTable(parent, diagnostics);
        } catch (ImportException e) {
            heading.setText(file.getFileName() + ": " + pick(e.messageZh(), e.messageEn()));
        }
    }

    private void createDiagnosticTable(Composite parent, List<Diagnostic> diagnostics) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        column(viewer, pick("级别", "Severity"), 80, d -> d.severity().getLiteral());
        column(viewer, pick("规则", "Rule"), 80, Diagnostic::ruleId);
        column(viewer, pick("说明", "Message"), 900, d -> pick(d.messageZh(), d.messageEn()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(diagnostics);
    }

    private static void column(TableViewer viewer, String title, int width, java.util.function.Function<Diagnostic, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Diagnostic) element);
            }
        });
    }

    private static Path fileArgument() {
        for (String arg : Platform.getApplicationArgs()) {
            if (!arg.startsWith("-")) {
                return Path.of(arg);
            }
        }
        return null;
    }

    private String pick(String zh, String en) {
        return chinese ? zh : en;
    }
}
