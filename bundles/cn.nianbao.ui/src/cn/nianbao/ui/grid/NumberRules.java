package cn.nianbao.ui.grid;

import java.math.BigDecimal;

import org.eclipse.nebula.widgets.nattable.data.validate.DataValidator;
import org.eclipse.nebula.widgets.nattable.data.validate.ValidationFailedException;

import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.ValueKind;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.ui.Messages;

/**
 * What a cell accepts at entry: counts are whole numbers of 0 or more, the fee amount a number of 0 or
 * more with at most the decimals of the catalogue's type rule (TYP-02: 6), the 2019 format's change may be
 * negative. A refused value is never stored.
 */
final class NumberRules extends DataValidator {

    private final PrintedTableData data;

    NumberRules(PrintedTableData data) {
        this.data = data;
    }

    @Override
    public boolean validate(int column, int row, Object newValue) {
        if (!(newValue instanceof BigDecimal number)) {
            return true;
        }
        PrintedCell cell = data.printedCell(column, row);
        ColumnDef definition = cell.address() == null ? null : data.table().column(cell.address().column());
        ValueKind kind = definition == null ? ValueKind.COUNT : definition.getKind();
        switch (kind) {
            case AMOUNT -> {
                int decimals = FormatCatalogue.template(data.report().getTemplateVersion()).maxDecimals();
                if (number.signum() < 0 || decimals >= 0 && number.stripTrailingZeros().scale() > decimals) {
                    throw new ValidationFailedException(Messages.Edit_amountRule);
                }
            }
            case SIGNED_COUNT -> {
                if (number.stripTrailingZeros().scale() > 0) {
                    throw new ValidationFailedException(Messages.Edit_countRule);
                }
            }
            case MONEY_WITH_UNIT -> {
                // the 2019 procurement amount: any number the filer wrote
            }
            default -> {
                if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
                    throw new ValidationFailedException(Messages.Edit_countRule);
                }
            }
        }
        return true;
    }
}
