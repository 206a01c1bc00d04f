package cn.nianbao.ui.parts;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.validation.Diagnostic;

/**
 * The Checks view's detail pane: the selected finding's rule and what it means, the whole message, the
 * formula with the values, expected against found, the acceptance, and its cells as links that show them.
 */
final class FindingDetail {

    /** Past this many, the cells are counted rather than listed as links. */
    private static final int LINKED_CELLS = 12;

    private final ScrolledComposite scroller;
    private final Composite area;
    private final Label heading;
    private final Label body;
    private final Link cells;
    private List<CellAddress> shownCells = List.of();

    FindingDetail(Composite parent, Consumer<CellAddress> reveal) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.BORDER);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        area = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(8, 6).applyTo(area);
        heading = new Label(area, SWT.WRAP);
        heading.setFont(JFaceResources.getBannerFont());
        body = new Label(area, SWT.WRAP);
        cells = new Link(area, SWT.WRAP);
        cells.addListener(SWT.Selection, e -> {
            int index = Integer.parseInt(e.text);
            if (index < shownCells.size()) {
                reveal.accept(shownCells.get(index));
            }
        });
        for (Control control : area.getChildren()) {
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(control);
        }
        scroller.setContent(area);
        scroller.addListener(SWT.Resize, e -> layout());
        show(null, null);
    }

    Control control() {
        return scroller;
    }

    void show(AnnualReport report, Diagnostic finding) {
        if (finding == null || report == null) {
            heading.setText("");
            body.setText(Messages.Detail_none);
            cells.setText("");
            shownCells = List.of();
            layout();
            return;
        }
        boolean english = UiLanguage.english();
        RuleDef rule = FormatCatalogue.template(report).rule(finding.ruleId());
        String meaning = rule == null ? "" : english ? rule.getDescriptionEn() : rule.getDescriptionZh();
        heading.setText(DisplayNames.severity(finding.severity()) + "  " + finding.ruleId()
                + (meaning == null || meaning.isBlank() ? "" : " — " + meaning));
        StringBuilder text = new StringBuilder(english ? finding.messageEn() : finding.messageZh());
        if (finding.formula() != null) {
            text.append("\n").append(Messages.bind(Messages.Detail_formula, finding.formula()));
        }
        if (finding.expected() != null && finding.actual() != null) {
            text.append("\n").append(Messages.bind(Messages.Detail_values, finding.expected(), finding.actual()));
        }
        if (finding.isAccepted()) {
            var accepted = finding.accepted();
            text.append("\n").append(Messages.bind(Messages.Accept_tooltip, new Object[] { accepted.getReason(),
                    accepted.getAuthor(), accepted.getDate() == null ? "" : accepted.getDate().toInstant().toString().substring(0, 10) }));
        }
        body.setText(text.toString());
        shownCells = finding.cells().subList(0, Math.min(LINKED_CELLS, finding.cells().size()));
        StringBuilder links = new StringBuilder(shownCells.isEmpty() ? "" : Messages.Detail_cells);
        for (int i = 0; i < shownCells.size(); i++) {
            String name = DisplayNames.cells(report, List.of(shownCells.get(i))).replace("&", "&&");
            links.append("\n<a href=\"").append(i).append("\">").append(name).append("</a>");
        }
        if (finding.cells().size() > LINKED_CELLS) {
            links.append("\n").append(Messages.bind(Messages.Export_errorsMore, finding.cells().size() - LINKED_CELLS));
        }
        cells.setText(links.toString());
        layout();
    }

    /** The texts shown now, heading first (tests read this). */
    String text() {
        return heading.getText() + "\n" + body.getText() + "\n" + cells.getText();
    }

    private void layout() {
        int width = Math.max(200, scroller.getClientArea().width - 20);
        for (Control control : area.getChildren()) {
            ((org.eclipse.swt.layout.GridData) control.getLayoutData()).widthHint = width;
        }
        area.layout(true);
        scroller.setMinSize(area.computeSize(width, SWT.DEFAULT));
    }
}
