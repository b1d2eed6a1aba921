package dev.eventex.api;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into a text.
 * Distinct from token spans on purpose: the two are never interchangeable.
 */
public record CharSpan(int start, int end) {

    public CharSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid char span: start=" + start + ", end=" + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(CharSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(CharSpan other) {
        return start < other.end && other.start < end;
    }
}
