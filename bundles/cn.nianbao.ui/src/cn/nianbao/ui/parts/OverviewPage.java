package cn.nianbao.ui.parts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportPackage;
import cn.nianbao.model.report.ReportScope;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.UiLanguage;

/**
 * The overview page: agency, level, the report's scope (本机关 / 本行政区域: the deadline and PLA-03 depend on
 * it), year, format version, file, the web address it came from and the check summary.
 */
final class OverviewPage {

    private final Composite page;
    private final ReportDocument document;
    private final Text agency;
    private final Label level;
    private final Combo scope;
    private final Label year;
    private final Label format;
    private final Label file;
    private final Label source;
    private final Label checks;
    private static final DateTimeFormatter RETRIEVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Runnable listener = this::refresh;

    OverviewPage(Composite parent, ReportDocument document) {
        this.document = document;
        page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).spacing(12, 10).applyTo(page);
        agency = new Text(page, SWT.BORDER);
        label(Messages.Overview_agency, agency);
        agency.addListener(SWT.FocusOut, e -> commitAgency());
        agency.addListener(SWT.DefaultSelection, e -> commitAgency());
        level = value(Messages.Overview_level);
        scope = new Combo(page, SWT.READ_ONLY);
        for (ReportScope each : ReportScope.VALUES) {
            scope.add(DisplayNames.scope(each));
        }
        scope.setToolTipText(Messages.Overview_scopeTip);
        label(Messages.Overview_scope, scope);
        scope.addListener(SWT.Selection, e -> commitScope());
        year = value(Messages.Overview_year);
        format = value(Messages.Overview_format);
        file = value(Messages.Overview_file);
        source = value(Messages.Overview_source);
        checks = value(Messages.Checks_message);
        document.addListener(listener);
        page.addDisposeListener(e -> document.removeListener(listener));
        page.addListener(SWT.Show, e -> refresh());
        fill();
    }

    Control control() {
        return page;
    }

    private Label value(String caption) {
        Label value = new Label(page, SWT.WRAP);
        label(caption, value);
        return value;
    }

    private void label(String caption, Control value) {
        Label label = new Label(page, SWT.NONE);
        label.setText(caption);
        label.moveAbove(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(value);
    }

    private void commitAgency() {
        String typed = agency.getText().strip();
        if (!typed.equals(document.report().getAgencyName())) {
            document.execute(new SetCommand(document.domain(), document.report(),
                    ReportPackage.Literals.ANNUAL_REPORT__AGENCY_NAME, typed));
        }
    }

    /** One undoable edit; the document re-checks, so the deadline and PLA-03 follow at once. */
    private void commitScope() {
        int chosen = scope.getSelectionIndex();
        if (chosen >= 0 && ReportScope.VALUES.get(chosen) != document.report().getReportScope()) {
            document.execute(new SetCommand(document.domain(), document.report(),
                    ReportPackage.Literals.ANNUAL_REPORT__REPORT_SCOPE, ReportScope.VALUES.get(chosen)));
        }
    }

    /**
     * Follows the report while the page is on screen; a hidden page is filled when it is shown. Every edit
     * of a cell comes here, and laying the page out again costs more than the edit itself.
     */
    private void refresh() {
        if (!page.isDisposed() && page.isVisible()) {
            fill();
        }
    }

    private void fill() {
        var report = document.report();
        boolean changed = false;
        if (!agency.isFocusControl()) {
            String name = report.getAgencyName() == null ? "" : report.getAgencyName();
            if (!name.equals(agency.getText())) {
                agency.setText(name);
            }
        }
        changed |= show(level, DisplayNames.level(report.getAgencyLevel()));
        int stated = ReportScope.VALUES.indexOf(report.getReportScope());
        if (scope.getSelectionIndex() != stated) {
            scope.select(stated);
        }
        changed |= show(year, Integer.toString(report.getYear()));
        var template = FormatCatalogue.template(report).definition();
        changed |= show(format, UiLanguage.english() ? template.getNameEn() : template.getName());
        changed |= show(file, document.file() == null ? Messages.Overview_unsaved : document.file().toString());
        changed |= show(source, source(report));
        changed |= show(checks, ChecksPart.summary(document.diagnostics()));
        if (changed) {
            page.layout(true);
        }
    }

    /** Where a report fetched from a web address came from, and when it was retrieved (local time, to the minute). */
    static String source(AnnualReport report) {
        if (report.getSourceUrl() == null) {
            return Messages.Overview_notFetched;
        }
        String when = report.getRetrieved() == null ? "?"
                : RETRIEVED.format(report.getRetrieved().toInstant().atZone(ZoneId.systemDefault()));
        return NLS.bind(Messages.Overview_fetched, report.getSourceUrl(), when);
    }

    private static boolean show(Label label, String text) {
        if (text.equals(label.getText())) {
            return false;
        }
        label.setText(text);
        return true;
    }
}
