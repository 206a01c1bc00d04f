package cn.nianbao.review.score;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.review.score.ScoringSheet.Uncertain;

/**
 * Reads a rule pack (JSON, docs/scoring.md) strictly: an unknown field, a wrong type or a missing value is
 * refused with the file and line, so that a typo in a county's pack never silently scores every unit 100.
 */
final class SheetReader {

    /** Gson tells where its reader stands only in its text ("… at line 12 column 5 path $.items[0]"). */
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final String file;
    private JsonReader json;

    SheetReader(String file) {
        this.file = file;
    }

    ScoringSheet read(Reader input) throws SheetException {
        json = new JsonReader(input);
        try {
            ScoringSheet sheet = sheet();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw error("sheet.trailing");
            }
            return sheet;
        } catch (MalformedJsonException | java.io.EOFException e) {
            throw new SheetException(file, lineOf(e.getMessage()), "sheet.syntax");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new SheetException(file, "sheet.notUtf8");
        } catch (IllegalStateException e) {
            // the reader met another kind of value than the field needs
            throw new SheetException(file, line(), "sheet.type");
        } catch (IOException e) {
            throw new SheetException(file, "sheet.unreadable");
        }
    }

    private ScoringSheet sheet() throws IOException, SheetException {
        String id = null;
        String[] name = null;
        String source = null;
        Uncertain uncertain = Uncertain.PERSON;
        List<SheetItem> items = null;
        int start = beginObject();
        while (json.hasNext()) {
            String field = json.nextName();
            switch (field) {
                case "id" -> id = text();
                case "name" -> name = twoLanguages();
                case "source" -> source = text();
                case "uncertain" -> uncertain = uncertain();
                case "items" -> items = items();
                case "note" -> json.skipValue();
                default -> throw error("sheet.unknownField", field);
            }
        }
        json.endObject();
        require(start, id, "id");
        require(start, name, "name");
        require(start, source, "source");
        require(start, items, "items");
        if (items.isEmpty()) {
            throw new SheetException(file, start, "sheet.noItems");
        }
        return new ScoringSheet(id, name[0], name[1], source, uncertain, items);
    }

    private Uncertain uncertain() throws IOException, SheetException {
        String value = text();
        return switch (value) {
            case "person" -> Uncertain.PERSON;
            case "omit" -> Uncertain.OMIT;
            case "deduct" -> throw error("sheet.uncertainDeducts");
            default -> throw error("sheet.badValue", "uncertain", value, "person, omit");
        };
    }

    private List<SheetItem> items() throws IOException, SheetException {
        List<SheetItem> items = new ArrayList<>();
        json.beginArray();
        while (json.hasNext()) {
            items.add(item());
        }
        json.endArray();
        return items;
    }

    private SheetItem item() throws IOException, SheetException {
        String id = null;
        String[] title = null;
        BigDecimal points = null;
        BigDecimal cap = null;
        boolean capGiven = false;
        List<SheetDeduction> deductions = List.of();
        int start = beginObject();
        while (json.hasNext()) {
            String field = json.nextName();
            switch (field) {
                case "id" -> id = text();
                case "title" -> title = twoLanguages();
                case "points" -> points = number(false);
                case "cap" -> {
                    capGiven = true;
                    if (json.peek() == JsonToken.NULL) {
                        json.nextNull();
                    } else {
                        cap = number(false);
                    }
                }
                case "deductions" -> deductions = deductions();
                case "note" -> json.skipValue();
                default -> throw error("sheet.unknownField", field);
            }
        }
        json.endObject();
        require(start, id, "id");
        require(start, title, "title");
        require(start, points, "points");
        return new SheetItem(id, title[0], title[1], points, capGiven ? cap : points, deductions);
    }

    private List<SheetDeduction> deductions() throws IOException, SheetException {
        List<SheetDeduction> deductions = new ArrayList<>();
        json.beginArray();
        while (json.hasNext()) {
            deductions.add(deduction());
        }
        json.endArray();
        return deductions;
    }

    private SheetDeduction deduction() throws IOException, SheetException {
        List<String> rules = null;
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        Set<AgencyLevel> levels = EnumSet.noneOf(AgencyLevel.class);
        BigDecimal points = null;
        SheetDeduction.Count count = SheetDeduction.Count.FINDING;
        boolean automatic = true;
        int start = beginObject();
        while (json.hasNext()) {
            String field = json.nextName();
            switch (field) {
                case "rules" -> rules = texts();
                case "severities" -> {
                    for (String s : texts()) {
                        Severity severity = Severity.get(s);
                        if (severity == null) {
                            throw error("sheet.badValue", field, s, "ERROR, WARNING, INFO");
                        }
                        severities.add(severity);
                    }
                }
                case "levels" -> {
                    for (String l : texts()) {
                        AgencyLevel level = AgencyLevel.get(l);
                        if (level == null) {
                            throw error("sheet.badValue", field, l, AgencyLevel.VALUES.toString());
                        }
                        levels.add(level);
                    }
                }
                case "points" -> points = number(true);
                case "count" -> count = count();
                case "auto" -> automatic = json.nextBoolean();
                case "note" -> json.skipValue();
                default -> throw error("sheet.unknownField", field);
            }
        }
        json.endObject();
        require(start, rules, "rules");
        require(start, points, "points");
        if (rules.isEmpty()) {
            throw new SheetException(file, start, "sheet.noRules");
        }
        return new SheetDeduction(rules, severities, levels, points, count, automatic);
    }

    private SheetDeduction.Count count() throws IOException, SheetException {
        String value = text();
        return switch (value) {
            case "once" -> SheetDeduction.Count.ONCE;
            case "finding" -> SheetDeduction.Count.FINDING;
            case "value" -> SheetDeduction.Count.VALUE;
            default -> throw error("sheet.badValue", "count", value, "once, finding, value");
        };
    }

    private String[] twoLanguages() throws IOException, SheetException {
        String zh = null;
        String en = null;
        int start = beginObject();
        while (json.hasNext()) {
            String field = json.nextName();
            switch (field) {
                case "zh" -> zh = text();
                case "en" -> en = text();
                default -> throw error("sheet.unknownField", field);
            }
        }
        json.endObject();
        require(start, zh, "zh");
        require(start, en, "en");
        return new String[] { zh, en };
    }

    private List<String> texts() throws IOException, SheetException {
        List<String> values = new ArrayList<>();
        json.beginArray();
        while (json.hasNext()) {
            values.add(text());
        }
        json.endArray();
        return values;
    }

    private String text() throws IOException, SheetException {
        if (json.peek() != JsonToken.STRING) {
            throw error("sheet.type");
        }
        String value = json.nextString().strip();
        if (value.isEmpty()) {
            throw error("sheet.empty");
        }
        return value;
    }

    private BigDecimal number(boolean positive) throws IOException, SheetException {
        if (json.peek() != JsonToken.NUMBER) {
            throw error("sheet.type");
        }
        BigDecimal value = new BigDecimal(json.nextString());
        if (value.signum() < 0 || positive && value.signum() == 0) {
            throw error(positive ? "sheet.notPositive" : "sheet.negative", value.toPlainString());
        }
        return value;
    }

    private int beginObject() throws IOException {
        json.beginObject();
        return line();
    }

    private void require(int line, Object value, String field) throws SheetException {
        if (value == null) {
            throw new SheetException(file, line, "sheet.missing", field);
        }
    }

    private SheetException error(String key, Object... arguments) {
        return new SheetException(file, line(), key, arguments);
    }

    private int line() {
        return lineOf(json.toString());
    }

    private static int lineOf(String text) {
        Matcher m = LINE.matcher(text == null ? "" : text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
