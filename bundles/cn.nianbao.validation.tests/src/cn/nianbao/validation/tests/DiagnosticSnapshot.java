package cn.nianbao.validation.tests;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/**
 * Every diagnostic, with every field, of a fixed set of checks: the seed and each corpus report as
 * imported, year against year, the corpus' hand-written table values without text, and deterministic
 * mutations of each imported report (cells edited to wrong numbers, blanks, placeholders, fractions,
 * negatives and units; figures in the prose changed; the text rewritten to trip the prose rules). The
 * text is compared with {@code resources/diagnostics.snapshot.txt}, written by the validator before
 * its performance rework (see {@link DiagnosticSnapshotTest}). When the importer changes what it
 * reads, regenerate with {@link #main} and review the difference.
 */
public final class DiagnosticSnapshot {

    static final String RESOURCE = "/diagnostics.snapshot.txt";
    private static final List<String> PREFIXES = List.of(Corpus.SEED, "02", "03", "04", "05", "06");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private DiagnosticSnapshot() {
    }

    /** Writes the snapshot of the current validator to args[0]. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), render(new Validator()), StandardCharsets.UTF_8);
    }

    static String render(Validator validator) {
        StringBuilder out = new StringBuilder();
        for (String prefix : PREFIXES) {
            AnnualReport report = Imported.report(prefix);
            section(out, prefix + " imported", validator.check(report));
            section(out, prefix + " imported, checked again", validator.check(report));
            section(out, prefix + " cells edited", validator.check(cellsEdited(report)));
            section(out, prefix + " prose figures changed", validator.check(figuresChanged(report)));
            section(out, prefix + " text rewritten", validator.check(textRewritten(report)));
            section(out, prefix + " table values only", validator.check(Corpus.report(prefix)));
            section(out, prefix + " structure broken", validator.check(structureBroken(report)));
            section(out, prefix + " as a 2019-format township report", validator.check(as2019Township(report)));
        }
        section(out, "03 against 02", validator.check(Imported.report("03"), Imported.report("02")));
        section(out, "06 against 05", validator.check(Imported.report("06"), Imported.report("05")));
        section(out, "02 against 03 (wrong year)", validator.check(Imported.report("02"), Imported.report("03")));
        section(out, "04 against 03 (other agency)", validator.check(Imported.report("04"), Imported.report("03")));
        AnnualReport copied = Imported.report("02");
        copied.setYear(2024);
        section(out, "02 relabelled 2024 against 02 (copied text)", validator.check(copied, Imported.report("02")));
        AnnualReport late = structureBroken(Imported.report("05"));
        section(out, "05 structure broken, local deadline", validator.check(late,
                cn.nianbao.validation.CheckOptions.NONE.deadline(java.time.LocalDate.of(late.getYear() + 1, 1, 15))));
        AnnualReport township = as2019Township(Imported.report("03"));
        section(out, "03 as 2019 township, local deadline", validator.check(township,
                cn.nianbao.validation.CheckOptions.NONE.deadline(java.time.LocalDate.of(2021, 2, 1))));
        section(out, "03 cells edited against 02", validator.check(cellsEdited(Imported.report("03")), Imported.report("02")));
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<Diagnostic> diagnostics) {
        out.append("## ").append(title).append(" (").append(diagnostics.size()).append(")\n");
        for (Diagnostic diagnostic : diagnostics) {
            out.append(diagnostic).append('\n');
        }
    }

    /** Every 7th cell one more, and a few cells blank, "/", fractional, negative, with a unit or text. */
    static AnnualReport cellsEdited(AnnualReport source) {
        AnnualReport report = EcoreUtil.copy(source);
        int k = 0;
        for (DataTable table : report.getTables()) {
            for (Cell cell : List.copyOf(table.getCells())) {
                CellAddress address = new CellAddress(table.getTableId(), cell.getRow(), cell.getColumn());
                if (k % 7 == 0) {
                    BigDecimal value = cell.getValue() == null ? BigDecimal.ZERO : cell.getValue();
                    ReportData.setValue(report, address, value.add(BigDecimal.ONE));
                } else if (k % 11 == 3) {
                    ReportData.setText(report, address, "/");
                } else if (k % 13 == 5) {
                    ReportData.setValue(report, address, null);
                } else if (k % 17 == 2) {
                    ReportData.setValue(report, address, new BigDecimal("12.5"));
                } else if (k % 19 == 4) {
                    ReportData.setValue(report, address, new BigDecimal("-3"));
                } else if (k % 23 == 6) {
                    ReportData.setText(report, address, "7万元");
                } else if (k % 29 == 8) {
                    ReportData.setText(report, address, "—");
                } else if (k % 31 == 9) {
                    ReportData.setValue(report, address, new BigDecimal("0.123456"));
                }
                k++;
            }
        }
        return report;
    }

    /** Every third number written in the text one more (figures no longer agree with the tables). */
    static AnnualReport figuresChanged(AnnualReport source) {
        AnnualReport report = EcoreUtil.copy(source);
        int[] n = { 0 };
        for (TextSection section : report.getSections()) {
            if (section.getBody() == null) {
                continue;
            }
            Matcher m = DIGITS.matcher(section.getBody());
            StringBuilder body = new StringBuilder();
            while (m.find()) {
                String digits = m.group();
                String replacement = n[0]++ % 3 == 1 && digits.length() < 9
                        ? String.valueOf(Long.parseLong(digits) + 1) : digits;
                m.appendReplacement(body, replacement);
            }
            m.appendTail(body);
            section.setBody(body.toString());
        }
        return report;
    }

    /**
     * Every 9th cell of table 三 and all of table 四 removed, section 一 without its topics, 六 silent on
     * fees, a figure stated twice with two values, published late.
     */
    static AnnualReport structureBroken(AnnualReport source) {
        AnnualReport report = EcoreUtil.copy(source);
        report.getTables().removeIf(t -> "T4".equals(t.getTableId()));
        DataTable t3 = ReportData.table(report, "T3");
        if (t3 != null) {
            List<Cell> cells = List.copyOf(t3.getCells());
            for (int i = 0; i < cells.size(); i += 9) {
                t3.getCells().remove(cells.get(i));
            }
        }
        for (TextSection section : report.getSections()) {
            switch (String.valueOf(section.getKey())) {
                case "S1" -> section.setBody("本机关认真贯彻落实《条例》。");
                case "S4" -> section.setBody("依申请予以公开10件。依申请予以公开12件。");
                case "S6" -> section.setBody("无。");
                default -> { }
            }
        }
        report.getSections().removeIf(s -> s.getKey() != null && s.getKey().startsWith("S1."));
        Imported.published(report, (report.getYear() + 1) + "-06-30");
        return report;
    }

    /** Read as the 2019 format by a township: procurement with units, 规章 and powers reported. */
    static AnnualReport as2019Township(AnnualReport source) {
        AnnualReport report = EcoreUtil.copy(source);
        report.setTemplateVersion(cn.nianbao.model.report.TemplateVersion.V2019_TRIAL);
        report.setAgencyLevel(cn.nianbao.model.report.AgencyLevel.TOWNSHIP);
        report.setYear(2020);
        ReportData.setText(report, new CellAddress("T2", "PROCUREMENT", "PROC_AMOUNT"), "25.1万元");
        ReportData.setText(report, new CellAddress("T2", "LICENSE", "PROC_AMOUNT"), "约3万");
        ReportData.setValue(report, new CellAddress("T2", "REG", "ISSUED"), new BigDecimal("2"));
        ReportData.setValue(report, new CellAddress("T2", "REG", "NEW_MADE"), new BigDecimal("3"));
        ReportData.setValue(report, new CellAddress("T2", "LICENSE", "DECISIONS"), new BigDecimal("4"));
        ReportData.setValue(report, new CellAddress("T2", "PENALTY", "DECISIONS"), new BigDecimal("1"));
        Imported.published(report, "2021-02-15");
        return report;
    }

    /** Section texts rewritten to trip the prose, structure and plausibility rules. */
    static AnnualReport textRewritten(AnnualReport source) {
        AnnualReport report = EcoreUtil.copy(source);
        report.setPreamble((report.getPreamble() == null ? "" : report.getPreamble())
                + "根据国办公开办函〔2019〕60号，统计期限自2023年1月1日至2024年12月30日。");
        report.setTitle("某某局" + (report.getYear() - 1) + "年政府信息公开工作年度报告");
        List<String> keys = new ArrayList<>();
        for (TextSection section : report.getSections()) {
            keys.add(section.getKey());
        }
        for (TextSection section : report.getSections()) {
            String body = section.getBody() == null ? "" : section.getBody();
            switch (String.valueOf(section.getKey())) {
                case "S1" -> section.setBody(body + "全省共受理政府信息公开申请 1，234 件，上年结转１２件，办结1200件，结转下年度办理30件；"
                        + "其中予以公开300余件、部分公开近百件、不予公开约50件、无法提供12件、不予处理3件。行政复议5件，结果维持3件，纠正1件，尚未审结1件。");
                case "S5" -> section.setBody("无。");
                case "S6" -> section.setBody("本年度收取信息处理费125元，其中甲单位100元，乙单位20元。");
                default -> section.setBody(body + "“受理申请999件”是口号。");
            }
        }
        if (keys.size() > 2) {
            TextSection moved = report.getSections().remove(1);
            report.getSections().add(moved);
        }
        return report;
    }
}
