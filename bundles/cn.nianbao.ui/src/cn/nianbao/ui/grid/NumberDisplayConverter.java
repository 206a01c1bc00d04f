package cn.nianbao.ui.grid;

import java.math.BigDecimal;

import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;

import cn.nianbao.model.text.CellText;
import cn.nianbao.ui.Messages;

/**
 * Shows numbers as printed (no grouping, decimals kept) and reads what is typed through {@link CellText}:
 * a number (full-width digits and thousands separators too) or nothing; anything else is refused, so that
 * a non-number is never stored.
 */
final class NumberDisplayConverter extends DisplayConverter {

    @Override
    public Object canonicalToDisplayValue(Object canonical) {
        if (canonical instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return canonical == null ? "" : canonical.toString();
    }

    @Override
    public Object displayToCanonicalValue(Object display) {
        CellText parsed = CellText.parse(display == null ? null : display.toString());
        if (!parsed.isNumberOrBlank()) {
            throw new ConversionFailedException(Messages.bind(Messages.Edit_notANumber, parsed.printed()));
        }
        return parsed.value();
    }
}
