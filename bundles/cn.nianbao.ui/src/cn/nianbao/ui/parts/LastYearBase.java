package cn.nianbao.ui.parts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.RollForward;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.UiLanguage;

/**
 * 表二 of a report started from last year's: above the grid, a read-only line with last year's
 * 现行有效件数 of each row, the base this year's figure rolls forward from.
 */
final class LastYearBase {

    private LastYearBase() {
    }

    static Composite page(Composite folder) {
        Composite page = new Composite(folder, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(page);
        return page;
    }

    static Control fill(Composite page, Control grid, ReportDocument document) {
        Label note = new Label(page, SWT.WRAP);
        note.setText(text(document));
        note.moveAbove(grid);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 4).hint(600, SWT.DEFAULT).applyTo(note);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
        return page;
    }

    static String text(ReportDocument document) {
        Map<CellAddress, BigDecimal> base = RollForward.inForceLastYear(document.previousYear(), document.report());
        var template = FormatCatalogue.template(document.report());
        List<String> parts = new ArrayList<>();
        base.forEach((cell, value) -> {
            var row = template.table(cell.table()).row(cell.row());
            String label = UiLanguage.english() && row.getLabelEn() != null ? row.getLabelEn() : row.getLabel();
            parts.add(label + " " + value.toPlainString());
        });
        return Messages.bind(Messages.Previous_inForce, document.previousYear().getYear(),
                parts.isEmpty() ? Messages.Previous_none : String.join(Messages.Previous_separator, parts));
    }
}
