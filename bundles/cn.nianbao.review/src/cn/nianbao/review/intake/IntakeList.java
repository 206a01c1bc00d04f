package cn.nianbao.review.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * The intake list (报送情况) of a region for one report year on one day: every unit of the roster in the
 * roster's order, and the reports of the year no unit matches (by agency name).
 */
public record IntakeList(String region, int year, LocalDate today, List<IntakeEntry> entries,
        List<String> unmatched) {

    public IntakeList {
        entries = List.copyOf(entries);
        unmatched = List.copyOf(unmatched);
    }

    public long count(Submission submission) {
        return entries.stream().filter(e -> e.submission() == submission).count();
    }

    public long duplicated() {
        return entries.stream().filter(IntakeEntry::duplicated).count();
    }
}
