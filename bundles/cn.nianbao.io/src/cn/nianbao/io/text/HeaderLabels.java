package cn.nianbao.io.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.format.Labels;

/**
 * Finds how a table's header printed a column (or row) label: as one field or token; stacked over several
 * layout lines in one column ("商业 / 企业", found by their horizontal overlap); or inside a longer header
 * line ("行政复议（结果维持/结果纠正/…）"). Searches for the known label, so group labels spanning
 * several columns ("法人或其他组织") do not get in the way.
 */
final class HeaderLabels {

    /** A token of a header line with its character columns, and its text normalised once for every label tried. */
    private record Token(int line, int start, int end, String text, String normalized) {

        Token(int line, int start, int end, String text) {
            this(line, start, end, text, Labels.normalize(text));
        }
    }

    private static final int MAX_LINE_GAP = 4;

    private final List<SourceLine> lines;
    private final List<Token> tokens = new ArrayList<>();
    /**
     * The indexes of the tokens by the first character of their normalised text: a label can only start at a
     * token that starts with its own first character, so each label is tried at those instead of every token.
     */
    private final Map<Character, List<Integer>> byFirstChar = new HashMap<>();

    HeaderLabels(List<SourceLine> lines) {
        this.lines = lines;
        for (SourceLine line : lines) {
            tokens.addAll(tokens(line));
        }
        for (int t = 0; t < tokens.size(); t++) {
            String text = tokens.get(t).normalized();
            if (!text.isEmpty()) {
                byFirstChar.computeIfAbsent(text.charAt(0), c -> new ArrayList<>()).add(t);
            }
        }
    }

    LabelLocator.Match find(List<String> labels) {
        for (String label : labels) {
            String target = Labels.normalize(label);
            if (target.isEmpty()) {
                continue;
            }
            for (int t : byFirstChar.getOrDefault(target.charAt(0), List.of())) {
                List<Token> stack = new ArrayList<>();
                if (stackFrom(t, target, stack)) {
                    StringBuilder text = new StringBuilder();
                    stack.forEach(token -> text.append(token.text()));
                    return new LabelLocator.Match(text.toString(), stack.get(0).line(), 1);
                }
            }
        }
        List<Piece> pieces = new ArrayList<>();
        for (SourceLine line : lines) {
            pieces.add(new Piece(line.line(), line.text()));
        }
        for (String label : labels) {
            LabelLocator.Match match = LabelLocator.locate(pieces, label);
            if (match.similarity() >= 1) {
                return match;
            }
        }
        return null;
    }

    /**
     * Whether the label is the token at index t, or the token followed by tokens printed below it in the
     * same column (overlapping it, a few lines further down): "商业 / 企业", "社会 / 公益 / 组织".
     */
    private boolean stackFrom(int t, String rest, List<Token> stack) {
        Token token = tokens.get(t);
        String text = token.normalized();
        if (text.isEmpty() || !rest.startsWith(text)) {
            return false;
        }
        stack.add(token);
        String remaining = rest.substring(text.length());
        if (remaining.isEmpty()) {
            return true;
        }
        if (token.start() >= 0) {
            for (int n = t + 1; n < tokens.size(); n++) {
                Token next = tokens.get(n);
                if (next.line() > token.line() + MAX_LINE_GAP) {
                    break;
                }
                if (next.line() > token.line() && overlaps(token, next) && stackFrom(n, remaining, stack)) {
                    return true;
                }
            }
        }
        stack.remove(stack.size() - 1);
        return false;
    }

    private static boolean overlaps(Token a, Token b) {
        return b.start() >= 0 && Math.min(a.end(), b.end()) > Math.max(a.start(), b.start());
    }

    private static List<Token> tokens(SourceLine line) {
        List<Token> tokens = new ArrayList<>();
        if (line.tabbed()) {
            for (String field : line.text().split("\t")) {
                if (!field.isBlank()) {
                    tokens.add(new Token(line.line(), -1, -1, field.strip()));
                }
            }
            return tokens;
        }
        String text = line.text();
        for (int[] span : SourceLine.tokens(text)) {
            tokens.add(new Token(line.line(), span[0], span[1], text.substring(span[0], span[1])));
        }
        return tokens;
    }
}
