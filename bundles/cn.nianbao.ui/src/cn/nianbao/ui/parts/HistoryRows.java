package cn.nianbao.ui.parts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.Revision;
import cn.nianbao.store.RevisionNote;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.Messages;

/**
 * The rows of the History view, one per revision, oldest first, as the user reads them: r1, the local time,
 * the author, the status in the UI language, the first 12 characters of the chain hash, and the comment. The
 * status is the one given at the commit; a revision committed without one (imported, or saved before
 * comments existed) shows the report's status when it is the current revision and a dash otherwise.
 */
public final class HistoryRows {

    /** Enough of a SHA-256 to tell revisions apart by eye; the tooltip has the whole hash. */
    static final int SHORT_HASH = 12;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public record Row(Revision revision, String number, String time, String author, String status, String chainHash,
            String comment) {

        String[] cells() {
            return new String[] { number, time, author, status, chainHash, comment };
        }
    }

    private HistoryRows() {
    }

    public static List<Row> of(ReportRepository repository, ReportSummary report) throws RepositoryException {
        Map<Long, List<RevisionNote>> notes = new LinkedHashMap<>();
        for (RevisionNote note : repository.notes(report.id())) {
            notes.computeIfAbsent(note.revisionId(), id -> new ArrayList<>()).add(note);
        }
        List<Row> rows = new ArrayList<>();
        for (Revision revision : repository.history(report.id())) {
            List<RevisionNote> said = notes.getOrDefault(revision.id(), List.of());
            rows.add(new Row(revision, label(revision), savedAt(revision),
                    revision.author(), status(report, revision, said),
                    revision.chainHash().substring(0, Math.min(SHORT_HASH, revision.chainHash().length())),
                    comment(revision, said)));
        }
        return rows;
    }

    /** r1, r2, …: how the History view, the compare editor and the docs name a revision. */
    public static String label(Revision revision) {
        return Messages.bind(Messages.History_revisionLabel, revision.number());
    }

    /** When a revision was saved, in local time, as the History view and the compare editor show it. */
    public static String savedAt(Revision revision) {
        return TIME.format(revision.savedAt().atZone(ZoneId.systemDefault()));
    }

    private static String status(ReportSummary report, Revision revision, List<RevisionNote> said) {
        if (!said.isEmpty()) {
            return DisplayNames.status(said.get(said.size() - 1).status());
        }
        return revision.id() == report.currentRevision() ? DisplayNames.status(report.status()) : Messages.History_noStatus;
    }

    private static String comment(Revision revision, List<RevisionNote> said) {
        List<String> parts = new ArrayList<>();
        if (revision.sourceFile() != null) {
            parts.add(Messages.bind(Messages.History_imported, fileName(revision.sourceFile())));
        }
        for (RevisionNote note : said) {
            if (note.comment() != null) {
                parts.add(note.comment());
            }
            if (note.overrideReason() != null) {
                parts.add(Messages.bind(Messages.History_override, note.overrideReason()));
            }
        }
        return parts.stream().collect(Collectors.joining(Messages.History_separator));
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
