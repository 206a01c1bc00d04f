package cn.nianbao.export.layout;

import java.util.List;

import cn.nianbao.model.CellAddress;

/**
 * A finding of the checks that no reviewer has accepted, reduced to what an export prints. Decoupled from
 * the validation bundle's record so that the layout stays testable on its own.
 */
public record OpenDiagnostic(String ruleId, String severity, List<CellAddress> cells, String expected, String actual,
        String formula, String messageZh, String messageEn) {

    public String severityZh() {
        return ExportTexts.get("severity." + severity);
    }

    public String cellsText() {
        return String.join(" ", cells.stream().map(CellAddress::toString).toList());
    }
}
