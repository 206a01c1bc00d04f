package cn.nianbao.export.notice;

import java.util.List;

/**
 * A 通报 on a region's reports, ready to print: the scores of the units and, per unit, the findings with the
 * points and the standard 整改建议 (review.md F7). Every text is already in the notice's language; the
 * scoring that produced it lives in cn.nianbao.review.
 *
 * @param chinese     the language of the document's own words (headings, column names)
 * @param title       e.g. 2024年度政府信息公开工作年度报告评分通报
 * @param sheetName   the scoring sheet the points come from
 * @param sheetSource where the sheet's items come from
 * @param units       the units in the order to print
 */
public record Notice(boolean chinese, String title, String sheetName, String sheetSource, List<NoticeUnit> units) {

    public Notice {
        units = List.copyOf(units);
    }
}
