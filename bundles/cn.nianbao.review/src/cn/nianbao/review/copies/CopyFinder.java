package cn.nianbao.review.copies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.rules.CopiedTextRule;

/**
 * Finds text copied across units: the same section of two units' reports that reads the same, or nearly, once
 * boilerplate, the units' own names and figures are left out ({@link ComparableText}). Reports are added one by
 * one and only their comparable texts are kept, so a year of ten thousand reports fits in memory.
 * <p>
 * Texts that are equal after that are one group, found by equality alone; a group lists each member against
 * its first member (n − 1 pairs, not n(n − 1)/2: ten thousand units sharing one template would otherwise give
 * fifty million). Distinct texts meet through MinHash/LSH ({@link MinHash}) and a candidate pair is kept when
 * its exact Jaccard index reaches XY-03's limit of the template ({@link CopiedTextRule#threshold}). Two reports
 * of the same unit (another year, a second file) are never a pair.
 */
public final class CopyFinder {

    private record Member(String unit, String source) {
    }

    /** One distinct comparable text of a section and the units whose section reads so. */
    private static final class Group {
        final String text;
        final Template template;
        final List<Member> members = new ArrayList<>(1);
        long[] shingles;
        long[] signature;

        Group(String text, Template template) {
            this.text = text;
            this.template = template;
        }
    }

    /** Per section key, in order of first appearance: its distinct texts, also in order of first appearance. */
    private final Map<String, Map<String, Group>> sections = new LinkedHashMap<>();

    /** Adds one report (thread-safe; the text work happens outside the lock). */
    public void add(String source, AnnualReport report) {
        Template template = FormatCatalogue.template(report);
        Map<String, String> texts = ComparableText.of(report, template);
        Member member = new Member(report.getAgencyName() == null ? "" : report.getAgencyName().strip(), source);
        synchronized (sections) {
            texts.forEach((key, text) -> sections.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(text, t -> new Group(t, template)).members.add(member));
        }
    }

    /** Every pair, by section, then most similar first. */
    public List<CopyPair> find() {
        List<CopyPair> pairs = new ArrayList<>();
        synchronized (sections) {
            sections.forEach((key, texts) -> pairs.addAll(findIn(key, new ArrayList<>(texts.values()))));
        }
        return pairs;
    }

    private List<CopyPair> findIn(String key, List<Group> groups) {
        IntStream.range(0, groups.size()).parallel().forEach(i -> {
            Group group = groups.get(i);
            group.shingles = Shingles.of(group.text);
            group.signature = MinHash.signature(group.shingles);
        });
        List<CopyPair> pairs = new ArrayList<>();
        for (Group group : groups) {
            sameText(key, group, pairs);
        }
        for (long candidate : candidates(groups)) {
            Group a = groups.get((int) (candidate >>> 32));
            Group b = groups.get((int) candidate);
            double similarity = Shingles.jaccard(a.shingles, b.shingles);
            if (similarity >= CopiedTextRule.threshold(a.template)) {
                pair(key, a, b, similarity, pairs);
            }
        }
        pairs.sort(Comparator.comparingDouble(CopyPair::similarity).reversed().thenComparing(CopyPair::unitA)
                .thenComparing(CopyPair::unitB).thenComparing(CopyPair::sourceA).thenComparing(CopyPair::sourceB));
        return pairs;
    }

    /** Each member of a group against its first member, when they are different units. */
    private void sameText(String key, Group group, List<CopyPair> pairs) {
        if (group.members.size() < 2) {
            return;
        }
        Member first = group.members.get(0);
        String sample = SharedPassage.of(group.text, group.shingles);
        for (Member other : group.members.subList(1, group.members.size())) {
            if (!other.unit().equals(first.unit())) {
                pairs.add(pair(key, group.template, first, other, 1.0, sample));
            }
        }
    }

    /** Pairs of groups that share a band key, each once, as (lower index << 32 | higher index). */
    private static Set<Long> candidates(List<Group> groups) {
        Set<Long> candidates = new HashSet<>();
        for (int band = 0; band < MinHash.BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                buckets.computeIfAbsent(MinHash.band(groups.get(i).signature, band), k -> new ArrayList<>(2)).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int x = 0; x < bucket.size(); x++) {
                    for (int y = x + 1; y < bucket.size(); y++) {
                        candidates.add(((long) bucket.get(x) << 32) | bucket.get(y));
                    }
                }
            }
        }
        return candidates;
    }

    /** Two similar groups as one pair of different units (their first such members), if they have any. */
    private void pair(String key, Group a, Group b, double similarity, List<CopyPair> pairs) {
        for (Member x : a.members) {
            for (Member y : b.members) {
                if (!x.unit().equals(y.unit())) {
                    pairs.add(pair(key, a.template, x, y, similarity, SharedPassage.of(a.text, b.shingles)));
                    return;
                }
            }
        }
    }

    private static CopyPair pair(String key, Template template, Member a, Member b, double similarity, String sample) {
        SectionDef section = section(template, key);
        String zh = section == null ? key : section.getHeading();
        String en = section == null || section.getHeadingEn() == null ? zh : section.getHeadingEn();
        return new CopyPair(a.unit(), a.source(), b.unit(), b.source(), key, zh, en, similarity, sample);
    }

    private static SectionDef section(Template template, String key) {
        for (SectionDef def : template.sections()) {
            if (key.equals(def.getKey())) {
                return def;
            }
        }
        return null;
    }
}
