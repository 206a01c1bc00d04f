package cn.nianbao.validation.prose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportScope;
import cn.nianbao.model.report.TextSection;

/**
 * The report's text as the prose rules read it, built once per check: every section normalised, and the
 * figures stated in section 一 (with its sub-topics) and in the prose of sections 三 and 四. A view may be
 * reused for the next check of the same report ({@link LastProse}), possibly on another thread: the parts
 * read on demand are made under the view's lock.
 */
public final class ProseView {

    private final Map<String, String> sections = new LinkedHashMap<>();
    private final AnnualReport report;
    private final List<String> ownScopes;
    private List<Figure> figures;
    private String all;
    private String sectionOneAll;
    private String preamble;
    private String title;
    private final Map<Object, Object> derived = new java.util.HashMap<>();

    public ProseView(AnnualReport report) {
        this.report = report;
        this.ownScopes = report.getReportScope() == ReportScope.AGENCY ? List.of() : ownScopes(report.getAgencyLevel());
        for (TextSection section : report.getSections()) {
            if (section.getKey() != null) {
                sections.merge(section.getKey(), ProseText.normalise(section.getBody()), String::concat);
            }
        }
    }

    /** The words that name the agency's own area (全市 for a city government), which are no other scope. */
    public List<String> ownScopes() {
        return ownScopes;
    }

    /** The normalised body of a section, "" when absent. */
    public String section(String key) {
        return sections.getOrDefault(key, "");
    }

    public boolean has(String key) {
        return sections.containsKey(key);
    }

    /** The sections whose prose states the figures of 表三: 一 (with its sub-topics) and 三. */
    public static final List<String> REQUEST_PROSE = List.of("S1", "S3");

    /** A section with its sub-topics: section 一 whole for "S1", any other as it is. */
    public String withSubTopics(String key) {
        return key.equals("S1") ? sectionOneAll() : section(key);
    }

    /** Section 一 with all its sub-topics, in order. */
    public synchronized String sectionOneAll() {
        if (sectionOneAll == null) {
            sectionOneAll = joinSectionOne();
        }
        return sectionOneAll;
    }

    /** The preamble, normalised ("" when there is none). */
    public synchronized String preamble() {
        if (preamble == null) {
            preamble = ProseText.normalise(report.getPreamble());
        }
        return preamble;
    }

    /** The title, normalised ("" when there is none). */
    /**
     * A feature a rule reads from the text (the places PLA-04 finds, say), worked out once per view: a view
     * lives as long as the report's texts stay the same ({@link LastProse}), so the live re-check after a
     * cell edit does not read the text again.
     *
     * @param key one per feature, e.g. the rule's class
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T derived(Object key, java.util.function.Function<ProseView, T> feature) {
        Object value = derived.get(key);
        if (value == null) {
            value = feature.apply(this);
            derived.put(key, value);
        }
        return (T) value;
    }

    public synchronized String title() {
        if (title == null) {
            title = ProseText.normalise(report.getTitle());
        }
        return title;
    }

    private String joinSectionOne() {
        List<String> parts = new ArrayList<>();
        sections.forEach((key, text) -> {
            if (key.equals("S1") || key.startsWith("S1.")) {
                parts.add(text);
            }
        });
        // String.join sizes the result once; a growing StringBuilder copied section 一 several times
        return parts.size() == 1 ? parts.get(0) : String.join("", parts);
    }

    /** Every section's text, in order. */
    public synchronized String all() {
        if (all == null) {
            all = String.join("", sections.values());
        }
        return all;
    }

    /**
     * The words that name the agency's own area, which is also the table's: 全市 in a city government's
     * report is no other scope.
     */
    static List<String> ownScopes(AgencyLevel level) {
        if (level == null) {
            return List.of();
        }
        return switch (level) {
            case PROVINCIAL_GOV -> List.of("全省");
            case CITY_GOV -> List.of("全市");
            case COUNTY_GOV -> List.of("全区", "全县", "全市");
            case TOWNSHIP -> List.of("全镇", "全乡", "全街道");
            default -> List.of();
        };
    }

    public synchronized List<Figure> figures() {
        if (figures == null) {
            List<Figure> read = new ArrayList<>();
            sections.forEach((key, text) -> {
                if (key.equals("S1") || key.startsWith("S1.") || key.equals("S3") || key.equals("S4")) {
                    read.addAll(FigureReader.read(FormatCatalogue.template(report), key, text, ownScopes));
                }
            });
            figures = List.copyOf(read);
        }
        return figures;
    }
}
