package cn.nianbao.editing;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;

import cn.nianbao.model.text.Texts;

/**
 * How the Edit menu names a change: its label, and for more than one cell how many. In the language of the
 * workbench, which sets the default locale at start-up before any text is shown.
 */
final class ChangeLabels {

    private static final Texts TEXTS = Texts.of(ChangeLabels.class);

    private ChangeLabels() {
    }

    static String of(Command command) {
        return of(command, "zh".equals(Locale.getDefault().getLanguage()));
    }

    static String of(Command command, boolean chinese) {
        if (command == null) {
            return null;
        }
        String label = command.getLabel() == null ? TEXTS.get(chinese, "change") : command.getLabel();
        if (command instanceof CellChange cells && cells.edited().size() > 1) {
            // the count as a string: MessageFormat would group the digits of a large one, NLS.bind did not
            return TEXTS.get(chinese, "cellCount", label, String.valueOf(cells.edited().size()));
        }
        return label;
    }
}
