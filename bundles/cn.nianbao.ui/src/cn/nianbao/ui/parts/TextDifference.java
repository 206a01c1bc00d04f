package cn.nianbao.ui.parts;

import org.eclipse.swt.widgets.Text;

/** Selects in a text field what differs from the text it showed before, so an undone change can be seen. */
final class TextDifference {

    private TextDifference() {
    }

    static void select(Text body, String before) {
        String after = body.getText();
        int prefix = 0;
        int limit = Math.min(before.length(), after.length());
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        body.setSelection(prefix, after.length() - suffix);
        body.showSelection();
    }
}
