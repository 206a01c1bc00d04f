package cn.nianbao.cli;

import java.util.stream.Collectors;

import cn.nianbao.model.CellAddress;
import cn.nianbao.validation.Diagnostic;

/**
 * One diagnostic on one line: {@code FILE: SEVERITY RULE [T3/R01/C1 ...] message}. Long cell lists are
 * shortened; the JSON output always carries all of them.
 */
final class DiagnosticText {

    private static final int MAX_CELLS = 6;

    private DiagnosticText() {
    }

    static String line(String file, Diagnostic diagnostic, CliText text) {
        StringBuilder line = new StringBuilder();
        line.append(file).append(": ").append(diagnostic.severity().getLiteral()).append(' ').append(diagnostic.ruleId());
        if (!diagnostic.cells().isEmpty()) {
            line.append(" [").append(diagnostic.cells().stream().limit(MAX_CELLS).map(CellAddress::toString)
                    .collect(Collectors.joining(" ")));
            if (diagnostic.cells().size() > MAX_CELLS) {
                line.append(" +").append(diagnostic.cells().size() - MAX_CELLS);
            }
            line.append(']');
        }
        line.append(' ').append(text.pick(diagnostic.messageZh(), diagnostic.messageEn()).replace('\n', ' '));
        if (diagnostic.isAccepted()) {
            line.append(' ').append(text.get("accepted", diagnostic.acceptedReason(),
                    diagnostic.accepted().getAuthor() == null ? "" : diagnostic.accepted().getAuthor()));
        }
        return line.toString();
    }
}
