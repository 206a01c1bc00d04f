package cn.nianbao.review.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.review.ReviewException;
import cn.nianbao.review.ReviewText;
import cn.nianbao.store.Roster;
import cn.nianbao.store.RosterUnit;
import cn.nianbao.store.UnitLevel;

/**
 * Reads a region's roster from a CSV file or an Excel workbook (.xlsx, first sheet): a header row naming
 * the columns (单位名称, 级别, 上级单位, 联系人; the English names too), then one unit per row. The whole
 * file is checked before anything is returned: the first bad row is named in a {@link ReviewException}, and
 * a caller that saves only what this returns keeps nothing of a bad file.
 */
public final class RosterFile {

    private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("单位名称", "name"),
            Map.entry("名称", "name"), Map.entry("单位", "name"), Map.entry("name", "name"),
            Map.entry("级别", "level"), Map.entry("层级", "level"), Map.entry("类别", "level"),
            Map.entry("level", "level"), Map.entry("上级单位", "parent"), Map.entry("上级", "parent"),
            Map.entry("parent", "parent"), Map.entry("联系人", "contact"), Map.entry("联系方式", "contact"),
            Map.entry("contact", "contact"));

    private RosterFile() {
    }

    /** The roster in the file, with the region's deadlines (null: the statutory 1-31 and 3-31). */
    public static Roster read(Path file, String region, MonthDay unitDue, MonthDay governmentDue) {
        List<List<String>> rows;
        try {
            byte[] bytes = Files.readAllBytes(file);
            rows = isXlsx(bytes) ? XlsxRows.parse(bytes) : CsvRows.parse(bytes);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ReviewException("roster.missing", file.toString());
        } catch (IOException | RuntimeException e) {
            throw new ReviewException("roster.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        List<RosterUnit> units = units(file, rows, region);
        return new Roster(region, units, unitDue == null ? UnitLevel.DEPARTMENT.statutoryDue() : unitDue,
                governmentDue == null ? UnitLevel.GOVERNMENT.statutoryDue() : governmentDue);
    }

    private static List<RosterUnit> units(Path file, List<List<String>> rows, String region) {
        int header = firstNonBlank(rows);
        if (header < 0) {
            throw new ReviewException("roster.empty", file.toString());
        }
        Map<String, Integer> columns = columns(rows.get(header));
        if (!columns.containsKey("name") || !columns.containsKey("level")) {
            throw new ReviewException("roster.noHeader", file.toString(), header + 1);
        }
        List<RosterUnit> units = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = header + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(cell -> cell.isBlank())) {
                continue;
            }
            int line = r + 1;
            String name = cell(row, columns.get("name"));
            String levelWord = cell(row, columns.get("level"));
            if (name.isEmpty()) {
                throw bad(file, line, "roster.reason.noName");
            }
            Optional<UnitLevel> level = UnitLevels.of(levelWord);
            if (level.isEmpty()) {
                throw bad(file, line, "roster.reason.level", levelWord, UnitLevels.accepted());
            }
            Integer earlier = seen.putIfAbsent(AgencyNames.key(name, region), line);
            if (earlier != null) {
                throw bad(file, line, "roster.reason.twice", name, earlier);
            }
            units.add(new RosterUnit(name, level.get(), blankToNull(cell(row, columns.get("parent"))),
                    blankToNull(cell(row, columns.get("contact")))));
        }
        if (units.isEmpty()) {
            throw new ReviewException("roster.empty", file.toString());
        }
        return units;
    }

    private static ReviewException bad(Path file, int line, String reasonKey, Object... args) {
        return ReviewException.of(ReviewText.zh("roster.badRow", file, line, ReviewText.zh(reasonKey, args)),
                ReviewText.en("roster.badRow", file, line, ReviewText.en(reasonKey, args)));
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String role = HEADERS.get(AgencyNames.plain(header.get(i)).toLowerCase(Locale.ROOT));
            if (role != null) {
                columns.putIfAbsent(role, i);
            }
        }
        return columns;
    }

    private static int firstNonBlank(List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).stream().anyMatch(cell -> !cell.isBlank())) {
                return r;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, Integer column) {
        return column == null || column >= row.size() ? "" : row.get(column).strip();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** An .xlsx is a zip: it starts with "PK". */
    private static boolean isXlsx(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
    }
}
