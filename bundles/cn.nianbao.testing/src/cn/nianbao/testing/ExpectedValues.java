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
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Labels;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TemplateVersion;

/**
 * The values a corpus file's {@code .expected.tsv} writes out by hand, keyed by catalogue cell address.
 * A value of null is a cell the report left blank ("-" in the file). These were written from the
 * published documents, independently of our code.
 */
public final class ExpectedValues {

    private static final Map<String, String> T3_KEYS = new LinkedHashMap<>();
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

    private ExpectedValues(TemplateVersion version, String key, int year, Map<CellAddress, BigDecimal> values) {
        this.version = version;
        this.key = key;
        this.year = year;
        this.values = values;
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
                case "T2" -> putRow(values, template(template, version).table("T2"), t2Row(template(template, version), f[1]), f);
                case "T3" -> putRow(values, template(template, version).table("T3"), rowId("T3", T3_KEYS, f[1]), f);
                case "T4" -> putRow(values, template(template, version).table("T4"), rowId("T4", T4_KEYS, f[1]), f);
                default -> throw new IllegalArgumentException(tsv + ": unknown line " + line);
            }
        }
        return new ExpectedValues(version, key, year, values);
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

    private static String t2Row(Template template, String label) {
        String bare = Labels.normalize(label.replace("(万元)", ""));
        for (RowDef row : template.table("T2").dataRows()) {
            if (Labels.normalize(row.getLabel()).equals(bare)) {
                return row.getId();
            }
        }
        throw new IllegalArgumentException("unknown T2 row " + label);
    }

    private static void putRow(Map<CellAddress, BigDecimal> values, TableLayout table, String rowId, String[] fields) {
        List<ColumnDef> columns = table.columnsOf(table.row(rowId));
        if (fields.length - 2 != columns.size()) {
            throw new IllegalArgumentException("row " + rowId + " needs " + columns.size() + " values: " + String.join("|", fields));
        }
        for (int i = 0; i < columns.size(); i++) {
            String text = fields[i + 2].trim();
            values.put(new CellAddress(table.id(), rowId, columns.get(i).getId()), "-".equals(text) ? null : new BigDecimal(text));
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
