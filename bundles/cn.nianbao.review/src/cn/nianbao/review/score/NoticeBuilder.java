package cn.nianbao.review.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.nianbao.export.notice.Notice;
import cn.nianbao.export.notice.NoticeLine;
import cn.nianbao.export.notice.NoticeUnit;
import cn.nianbao.review.ReviewText;
import cn.nianbao.review.score.remedy.Remedies;

/** Turns the scores of a region's units into the 通报 the export writes, in one language. */
public final class NoticeBuilder {

    private NoticeBuilder() {
    }

    public static Notice build(ScoringSheet sheet, List<UnitScore> scores, boolean chinese) {
        List<NoticeUnit> units = new ArrayList<>();
        for (UnitScore score : scores) {
            List<NoticeLine> lines = new ArrayList<>();
            score.deductions().forEach(l -> lines.add(line(l, chinese)));
            score.forPerson().forEach(l -> lines.add(line(l, chinese)));
            units.add(new NoticeUnit(score.agency(), score.year(), score.source(), score.score(), score.maximum(),
                    lines));
        }
        return new Notice(chinese, title(scores, chinese), sheet.name(chinese), sheet.source(), units);
    }

    private static NoticeLine line(ScoreLine line, boolean chinese) {
        String treatment = ReviewText.get(chinese, line.reason().key());
        String evidence = line.ruleId() == null ? treatment : line.evidence(chinese);
        return new NoticeLine(line.itemId() + " " + line.item(chinese), line.ruleId(), evidence, line.points(),
                line.treatment() == ScoreLine.Treatment.PERSON, treatment, Remedies.of(line.ruleId(), chinese));
    }

    /** Titled with the year most of the reports are of, the usual case being one year. */
    private static String title(List<UnitScore> scores, boolean chinese) {
        Map<Integer, Long> years = scores.stream().filter(s -> s.year() > 0)
                .collect(Collectors.groupingBy(UnitScore::year, Collectors.counting()));
        return years.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .map(year -> ReviewText.get(chinese, "notice.title", Integer.toString(year)))
                .orElseGet(() -> ReviewText.get(chinese, "notice.titleNoYear"));
    }
}
