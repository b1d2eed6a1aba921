package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** A sentence span of the input that states an event; {@code text} is the exact substring. */
@JsonPropertyOrder({"text", "start", "end"})
public record Evidence(String text, int start, int end) {

    /**
     * Checks that the span is valid and as long as the text.
     *
     * @param text  see {@link #text()}
     * @param start see {@link #start()}
     * @param end   see {@link #end()}
     */
    public Evidence {
        Objects.requireNonNull(text, "text");
        new CharSpan(start, end);
        if (end - start != text.length()) {
            throw new IllegalArgumentException("evidence text length " + text.length()
                    + " does not match span [" + start + ", " + end + ")");
        }
    }
}
