package cn.nianbao.ui.grid;

import java.math.BigDecimal;

import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;

import cn.nianbao.ui.Messages;
import cn.nianbao.ui.document.NumberInput;

/** Shows numbers as printed (no grouping, decimals kept) and reads what is typed through {@link NumberInput}. */
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
        NumberInput.Parsed parsed = NumberInput.parse(display == null ? null : display.toString());
        if (parsed.refused()) {
            throw new ConversionFailedException(Messages.bind(Messages.Edit_notANumber, parsed.refusedText()));
        }
        return parsed.value();
    }
}
