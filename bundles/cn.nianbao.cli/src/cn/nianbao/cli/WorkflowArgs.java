package cn.nianbao.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.CommentAnchors;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.model.report.TextSection;

/**
 * The options of the workflow commands ({@code status}, {@code comment}, {@code repo status},
 * {@code repo comment}), taken out of a command line: {@code --comment TEXT} (said with a status change),
 * what a comment is about ({@code --cell TABLE/ROW/COLUMN}, {@code --finding RULE [--cell ...]},
 * {@code --passage SECTION [--quote TEXT]}) and {@code --reopen}; {@code rest} keeps the others in order.
 */
record WorkflowArgs(List<String> rest, String comment, List<CellAddress> cells, String finding, String passage,
        String quote, boolean reopen) {

    /** A cell as docs/ids.md writes it, e.g. T3/R01/C7. */
    private static final Pattern CELL = Pattern.compile("([^/\\s]+)/([^/\\s]+)/([^/\\s]+)");

    static WorkflowArgs extract(List<String> args) throws UsageException {
        List<String> rest = new ArrayList<>();
        List<CellAddress> cells = new ArrayList<>();
        String comment = null;
        String finding = null;
        String passage = null;
        String quote = null;
        boolean reopen = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--comment" -> comment = value(args, ++i, arg);
                case "--cell" -> cells.add(cell(value(args, ++i, arg)));
                case "--finding" -> finding = value(args, ++i, arg);
                case "--passage" -> passage = value(args, ++i, arg);
                case "--quote" -> quote = value(args, ++i, arg);
                case "--reopen" -> reopen = true;
                default -> rest.add(arg);
            }
        }
        return new WorkflowArgs(rest, comment, List.copyOf(cells), finding, passage, quote, reopen);
    }

    /**
     * The comment these options describe, with its text, checked against the report it is about: one cell,
     * a finding (rule and its cells) or a passage of a section (and the quoted words, which must be there).
     */
    ReviewComment comment(String text, AnnualReport report) throws UsageException {
        int anchors = (finding != null ? 1 : 0) + (passage != null ? 1 : 0) + (finding == null && !cells.isEmpty() ? 1 : 0);
        if (anchors != 1 || (finding == null && cells.size() > 1) || (passage != null && !cells.isEmpty())) {
            throw new UsageException("wf.noAnchor");
        }
        if (text == null || text.isBlank()) {
            throw new UsageException("missingArgument", "comment", "TEXT");
        }
        if (finding != null) { // a finding's cells are those the check names, present or not
            return CommentAnchors.onFinding(finding, cells, text);
        }
        if (passage != null) {
            TextSection section = ReportData.section(report, passage);
            if (section == null || (quote != null && (section.getBody() == null || !section.getBody().contains(quote)))) {
                throw new UsageException(section == null ? "wf.noSection" : "wf.noQuote", passage, quote);
            }
            return CommentAnchors.onPassage(passage, quote, text);
        }
        if (ReportData.cell(report, cells.get(0)) == null) {
            throw new UsageException("wf.noCell", cells.get(0));
        }
        return CommentAnchors.onCell(cells.get(0), text);
    }

    private static CellAddress cell(String text) throws UsageException {
        Matcher matcher = CELL.matcher(text.strip());
        if (!matcher.matches()) {
            throw new UsageException("badOption", "--cell", text);
        }
        return new CellAddress(matcher.group(1), matcher.group(2), matcher.group(3));
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException("missingArgument", option, "a value");
        }
        return args.get(index);
    }
}
