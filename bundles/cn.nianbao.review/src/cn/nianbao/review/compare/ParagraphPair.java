package cn.nianbao.review.compare;

import java.util.List;

/**
 * A paragraph of the earlier report beside its counterpart in the later one. SAME: equal text; CHANGED:
 * the same paragraph rewritten, with the changed passages of each side; REMOVED / ADDED: a paragraph only
 * one side has (the other side is null).
 */
public record ParagraphPair(Kind kind, String before, String after, List<Span> beforeChanges, List<Span> afterChanges) {

    public enum Kind {
        SAME, CHANGED, REMOVED, ADDED
    }

    public ParagraphPair {
        beforeChanges = List.copyOf(beforeChanges);
        afterChanges = List.copyOf(afterChanges);
    }

    public boolean isDifference() {
        return kind != Kind.SAME;
    }
}
