package dev.eventex.text;

/** A half-open range {@code [start, end)} of token indices within one sentence. */
public record TokenSpan(int start, int end) {

    public TokenSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid token span: start=" + start + ", end=" + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(TokenSpan o) {
        return start < o.end && o.start < end;
    }

    public boolean contains(int tokenIndex) {
        return start <= tokenIndex && tokenIndex < end;
    }
}
