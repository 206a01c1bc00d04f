package cn.nianbao.export.notice;

import java.math.BigDecimal;
import java.util.List;

/**
 * One unit of a 通报: its score out of the sheet's maximum, and its lines, deductions first.
 *
 * @param source where its report came from (a file, a repository revision)
 */
public record NoticeUnit(String unit, int year, String source, BigDecimal score, BigDecimal maximum,
        List<NoticeLine> lines) {

    public NoticeUnit {
        lines = List.copyOf(lines);
    }

    public long forPerson() {
        return lines.stream().filter(NoticeLine::forPerson).count();
    }
}
