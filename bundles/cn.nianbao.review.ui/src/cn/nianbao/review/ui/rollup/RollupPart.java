package cn.nianbao.review.ui.rollup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.review.CellNames;
import cn.nianbao.review.rollup.Contribution;
import cn.nianbao.review.rollup.LeftOut;
import cn.nianbao.review.rollup.RollupMember;
import cn.nianbao.review.rollup.RollupResult;
import cn.nianbao.review.ui.ReviewMessages;
import cn.nianbao.review.ui.Tables;
import cn.nianbao.review.ui.intake.IntakeMessages;
import cn.nianbao.ui.UiLanguage;
import jakarta.annotation.PostConstruct;

/**
 * The roll-up view: the member reports, those whose own figures do not add up first (✗ and red), every
 * cell of the summed report, and for the cell selected who contributes what and which share.
 */
public final class RollupPart {

    /** Key of the {@link RollupResult} in the part's transient data. */
    public static final String RESULT = "cn.nianbao.review.rollup";
    /** Key of the units a roster roll-up left out ({@code List<LeftOut>}, may be absent) in the transient data. */
    public static final String LEFT_OUT = "cn.nianbao.review.rollup.leftOut";

    private RollupResult result;
    private Table members;
    private Table cells;
    private Table contributions;
    private List<CellAddress> addresses;

    @PostConstruct
    @SuppressWarnings("unchecked")
    public void create(Composite parent, MPart part) {
        Composite control = createContents(parent, (RollupResult) part.getTransientData().get(RESULT));
        List<LeftOut> leftOut = (List<LeftOut>) part.getTransientData().get(LEFT_OUT);
        if (leftOut != null && !leftOut.isEmpty()) {
            Label label = new Label(control, SWT.WRAP);
            label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            label.setText(org.eclipse.osgi.util.NLS.bind(IntakeMessages.Intake_leftOut,
                    String.join("、", leftOut.stream().map(IntakeMessages::leftOut).toList())));
        }
    }

    public Composite createContents(Composite parent, RollupResult shown) {
        this.result = shown;
        boolean chinese = !UiLanguage.english();
        Composite control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        Label summary = new Label(control, SWT.WRAP);
        summary.setText(ReviewMessages.bind(ReviewMessages.Rollup_summary, shown.members().size(), shown.inconsistent().size(),
                shown.total().getYear()));
        SashForm sash = new SashForm(control, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        members = Tables.withColumns(sash, ReviewMessages.Rollup_state, ReviewMessages.Rollup_agency, ReviewMessages.Rollup_broken);
        Color bad = new Color(parent.getDisplay(), 0xF8, 0xC8, 0xC8);
        for (RollupMember member : shown.members()) {
            TableItem item = new TableItem(members, SWT.NONE);
            item.setText(new String[] { member.inconsistent() ? "✗" : "✓", member.agency(), String.join(", ", member.brokenRules()) });
            if (member.inconsistent()) {
                item.setBackground(bad);
            }
        }
        cells = Tables.withColumns(sash, ReviewMessages.Rollup_cell, ReviewMessages.Rollup_total);
        CellNames names = new CellNames(shown.total());
        addresses = FormatCatalogue.template(shown.total()).cells();
        for (CellAddress address : addresses) {
            BigDecimal value = ReportData.value(shown.total(), address);
            new TableItem(cells, SWT.NONE).setText(new String[] { names.name(address, chinese), plain(value) });
        }
        contributions = Tables.withColumns(sash, ReviewMessages.Rollup_agency, ReviewMessages.Rollup_value, ReviewMessages.Rollup_share);
        cells.addListener(SWT.Selection, e -> showContributions(cells.getSelectionIndex()));
        sash.setWeights(30, 40, 30);
        pack(members, cells);
        return control;
    }

    /** Fills the contributions of the cell at this row of the cell list. */
    public void showContributions(int index) {
        contributions.removeAll();
        if (index < 0 || index >= addresses.size()) {
            return;
        }
        CellAddress address = addresses.get(index);
        BigDecimal total = ReportData.value(result.total(), address);
        for (Contribution contribution : result.contributions(address)) {
            String share = total == null || total.signum() == 0 ? "" : contribution.value().multiply(BigDecimal.valueOf(100))
                    .divide(total, MathContext.DECIMAL64).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
            new TableItem(contributions, SWT.NONE).setText(new String[] { contribution.agency(), plain(contribution.value()), share });
        }
        pack(contributions);
    }

    public void selectCell(CellAddress address) {
        int index = addresses.indexOf(address);
        cells.setSelection(index);
        showContributions(index);
    }

    Table members() {
        return members;
    }

    Table contributions() {
        return contributions;
    }

    private static void pack(Table... tables) {
        for (Table table : tables) {
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
