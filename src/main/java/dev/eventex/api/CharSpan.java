package dev.eventex.api;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into a text.
 * Distinct from token spans on purpose: the two are never interchangeable.
 */
public record CharSpan(int start, int end) {

    /**
     * Checks that {@code 0 <= start <= end}.
     *
     * @param start see {@link #start()}
     * @param end   see {@link #end()}
     */
    public CharSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid char span: start=" + start + ", end=" + end);
        }
    }

    /** {@return the number of chars covered} */
    public int length() {
        return end - start;
    }

    /**
     * Whether another span lies wholly inside this one.
     *
     * @param other the span to test
     * @return true when {@code other} starts and ends within this span
     */
    public boolean contains(CharSpan other) {
        return start <= other.start && other.end <= end;
    }

    /**
     * Whether two spans share a char; spans that only touch do not.
     *
     * @param other the span to test
     * @return true when the spans have a char in common
     */
    public boolean overlaps(CharSpan other) {
        return start < other.end && other.start < end;
    }
}
