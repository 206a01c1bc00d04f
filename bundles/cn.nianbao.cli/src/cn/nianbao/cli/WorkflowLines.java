package cn.nianbao.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import cn.nianbao.model.CommentAnchors;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.store.ReportStatus;

/** How the workflow commands print statuses, status changes and comments, the same for files and repository. */
final class WorkflowLines {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final CliText text;

    WorkflowLines(CliText text) {
        this.text = text;
    }

    /** The status as the user reads it: the label in Chinese, the id in English (as repo list prints it). */
    String status(ReportStatus status) {
        return text.pick(status.labelZh(), status.name());
    }

    String change(int sequence, ReportStatus from, ReportStatus to, String by, Instant at, String comment, int round) {
        return text.get("wf.logLine", sequence, status(from), status(to), blank(by), time(at), round, blank(comment));
    }

    /** One comment a line: number, what it is about, round, open or done (by whom, when), author, time, text. */
    String comment(ReviewComment c) {
        String done = c.getDoneBy() == null ? text.get("wf.open")
                : text.get("wf.done", c.getDoneBy(), time(c.getDoneDate().toInstant()));
        return text.get("wf.commentLine", c.getNumber(), CommentAnchors.ids(c), c.getReturnRound(), done, blank(c.getAuthor()),
                time(c.getDate().toInstant()), c.getText());
    }

    static String time(Instant at) {
        return at == null ? "-" : TIME.format(at);
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
