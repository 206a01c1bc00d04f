package cn.nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.prose.ProseView;
import cn.nianbao.validation.support.RuleContext;

/**
 * What the report of a people's government (省/市/县/乡) must say besides a department's, as the catalogue's
 * {@code phrases} (one item each, "|" between alternatives): STR-08, section 一（五）监督保障 gives the results
 * of 工作考核, 社会评议 and 责任追究 (条例第五十条（四）; the whole of 一 when it has no sub-topics); STR-09,
 * section 六 reports on 落实上级年度政务公开工作要点, 人大代表建议和政协提案办理结果公开 and 年度政务公开工作创新
 * (国办公开办函〔2021〕30号 （六）; review.md E9). For a government the catalogue's severity; STR-09 is an INFO
 * for any other agency (the notice asks it of governments), STR-08 says nothing for them.
 */
public final class GovernmentItemsRule implements CodedRule {

    private static final Set<AgencyLevel> GOVERNMENTS = Set.of(AgencyLevel.PROVINCIAL_GOV, AgencyLevel.CITY_GOV,
            AgencyLevel.COUNTY_GOV, AgencyLevel.TOWNSHIP);

    private final String ruleId;
    /** The message of each set of missing items, formatted once (most governments miss the same ones). */
    private final java.util.Map<String, cn.nianbao.validation.support.Messages.Text> texts =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final String sectionKey;
    private final boolean othersToo;

    private GovernmentItemsRule(String ruleId, String sectionKey, boolean othersToo) {
        this.ruleId = ruleId;
        this.sectionKey = sectionKey;
        this.othersToo = othersToo;
    }

    public static GovernmentItemsRule supervision() {
        return new GovernmentItemsRule("STR-08", "S1.5", false);
    }

    public static GovernmentItemsRule otherMatters() {
        return new GovernmentItemsRule("STR-09", "S6", true);
    }

    @Override
    public String ruleId() {
        return ruleId;
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        boolean government = GOVERNMENTS.contains(context.report().getAgencyLevel());
        ProseView prose = context.prose();
        String parent = sectionKey.substring(0, 2);
        if (!government && !othersToo || !prose.has(parent) && !prose.has(sectionKey)) {
            return List.of();
        }
        String text = prose.has(sectionKey) ? prose.section(sectionKey) : prose.withSubTopics(parent);
        List<String> missing = new ArrayList<>();
        for (String item : Phrases.of(context, ruleId)) {
            if (!Phrases.occurs(item, text)) {
                missing.add(Phrases.shown(item));
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        Severity severity = government ? context.severity(ruleId) : Severity.INFO;
        String actual = String.join("|", missing);
        return List.of(context.diagnostic(ruleId, severity, List.of(), null, actual, texts.computeIfAbsent(actual,
                a -> context.text(ruleId.equals("STR-08") ? "str08" : "str09", String.join("、", missing),
                        String.join(", ", missing)))));
    }
}
