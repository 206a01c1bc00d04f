package cn.nianbao.review.compare;

/** A changed passage inside a paragraph: characters {@code start} (inclusive) to {@code end} (exclusive). */
public record Span(int start, int end) {

    public int length() {
        return end - start;
    }
}
