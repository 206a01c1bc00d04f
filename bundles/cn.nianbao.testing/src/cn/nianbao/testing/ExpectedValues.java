package cn.nianbao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TemplateVersion;

/**
 * The values a corpus file's {@code .expected.tsv} writes out by hand, keyed by catalogue cell address.
 * A value of null is a cell the report left blank ("-" in the file). These were written from the
 * published documents, independently of our code, and they are read here without it: the row keys of the
 * file map to catalogue row ids by the literal tables below, not through the importer's label matching.
 */
public final class ExpectedValues {

    private static final Map<String, String> T3_KEYS = new LinkedHashMap<>();
    private static final Map<String, String> T2_KEYS = Map.of("规章", "REG", "行政规范性文件", "NORM", "行政许可", "LICENSE",
            "行政处罚", "PENALTY", "行政强制", "COERCION", "行政事业性收费(万元)", "FEE");
    private static final Map<String, String> T4_KEYS = Map.of("复议", "REVIEW", "直诉", "SUIT_DIRECT", "复议后诉", "SUIT_AFTER_REVIEW");

    static {
        T3_KEYS.put("一", "R01");
        T3_KEYS.put("二", "R02");
        T3_KEYS.put("三(一)", "R03");
        T3_KEYS.put("三(二)", "R04");
        for (int i = 1; i <= 8; i++) {
            T3_KEYS.put("三(三)" + i, String.format("R%02d", 4 + i));
        }
        for (int i = 1; i <= 3; i++) {
            T3_KEYS.put("三(四)" + i, String.format("R%02d", 12 + i));
        }
        for (int i = 1; i <= 5; i++) {
            T3_KEYS.put("三(五)" + i, String.format("R%02d", 15 + i));
        }
        for (int i = 1; i <= 3; i++) {
            T3_KEYS.put("三(六)" + i, String.format("R%02d", 20 + i));
        }
        T3_KEYS.put("三(六)", "R21_23");
        T3_KEYS.put("三(七)", "R24");
        T3_KEYS.put("四", "R25");
    }

    private final TemplateVersion version;
    private final String key;
    private final int year;
    private final Map<CellAddress, BigDecimal> values;
    private final Map<CellAddress, String> printed;

    private ExpectedValues(TemplateVersion version, String key, int year, Map<CellAddress, BigDecimal> values,
            Map<CellAddress, String> printed) {
        this.version = version;
        this.key = key;
        this.year = year;
        this.values = values;
        this.printed = printed;
    }

    public TemplateVersion version() {
        return version;
    }

    /** The agency key of the file (the same for two years of one agency). */
    public String agencyKey() {
        return key;
    }

    public int year() {
        return year;
    }

    /** Every cell the file lists, in file order; a null value is a blank cell. */
    public Map<CellAddress, BigDecimal> values() {
        return values;
    }

    /**
     * What a document in the official layout prints in each cell the file lists: the number exactly as the
     * file writes it ("96171.6"), and "" for a blank; a cell the file does not list is blank as well.
     */
    public String printed(CellAddress address) {
        return printed.getOrDefault(address, "");
    }

    public static ExpectedValues read(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TemplateVersion version = TemplateVersion.V2021;
        String key = null;
        int year = 0;
        Map<CellAddress, BigDecimal> values = new LinkedHashMap<>();
        Map<CellAddress, String> printed = new LinkedHashMap<>();
        Template template = null;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "FORMAT" -> {
                    version = TemplateVersion.get(f[1]);
                    template = FormatCatalogue.template(version);
                }
                case "KEY" -> {
                    key = f[1];
                    year = Integer.parseInt(f[2]);
                }
                case "COLS" -> {
                    // header of the T3 values, always the seven columns C1..C7
                }
                case "T2" -> putRow(values, printed, template(template, version).table("T2"), rowId("T2", T2_KEYS, f[1]), f);
                case "T3" -> putRow(values, printed, template(template, version).table("T3"), rowId("T3", T3_KEYS, f[1]), f);
                case "T4" -> putRow(values, printed, template(template, version).table("T4"), rowId("T4", T4_KEYS, f[1]), f);
                default -> throw new IllegalArgumentException(tsv + ": unknown line " + line);
            }
        }
        return new ExpectedValues(version, key, year, values, printed);
    }

    private static Template template(Template template, TemplateVersion version) {
        return template != null ? template : FormatCatalogue.template(version);
    }

    private static String rowId(String table, Map<String, String> keys, String key) {
        String id = keys.get(key);
        if (id == null) {
            throw new IllegalArgumentException("unknown " + table + " row key " + key);
        }
        return id;
    }

    private static void putRow(Map<CellAddress, BigDecimal> values, Map<CellAddress, String> printed, TableLayout table,
            String rowId, String[] fields) {
        List<ColumnDef> columns = table.columnsOf(table.row(rowId));
        if (fields.length - 2 != columns.size()) {
            throw new IllegalArgumentException("row " + rowId + " needs " + columns.size() + " values: " + String.join("|", fields));
        }
        for (int i = 0; i < columns.size(); i++) {
            String text = fields[i + 2].trim();
            CellAddress address = new CellAddress(table.id(), rowId, columns.get(i).getId());
            values.put(address, "-".equals(text) ? null : new BigDecimal(text));
            printed.put(address, "-".equals(text) ? "" : text);
        }
    }

    /** A report holding exactly these values (blank cells present but empty), for tests that need real data. */
    public AnnualReport toReport(String agencyName) {
        AnnualReport report = ReportFactory.eINSTANCE.createAnnualReport();
        report.setAgencyName(agencyName);
        report.setYear(year);
        report.setTemplateVersion(version);
        for (Map.Entry<CellAddress, BigDecimal> entry : values.entrySet()) {
            ReportData.setValue(report, entry.getKey(), entry.getValue());
        }
        return report;
    }
}
