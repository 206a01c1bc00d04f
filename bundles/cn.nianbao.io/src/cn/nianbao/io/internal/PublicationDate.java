package cn.nianbao.io.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.model.report.AnnualReport;

/**
 * The day a report was published, as the publisher stamped it on the page (its 发布日期 line or PubDate
 * meta tag), kept in the report for the deadline rule. Days are days in China, whatever the machine's zone.
 */
public final class PublicationDate {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern DAY = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)");

    private PublicationDate() {
    }

    /** The first date written as 2025-01-20, 2025/1/20, 2025.01.20 or 2025年1月20日 in the text; null when none is valid. */
    public static LocalDate parse(String text) {
        Matcher m = DAY.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Stores the day in the report, unless it falls within the report's own year: a report on a year is
     * published after it ends, so such a stamp is about something else (a draft, a template) and is dropped.
     */
    public static void set(AnnualReport report, LocalDate day) {
        if (day == null || report.getYear() > 0 && day.getYear() <= report.getYear()) {
            return;
        }
        report.setPublishDate(Date.from(day.atStartOfDay(CHINA).toInstant()));
    }
}
