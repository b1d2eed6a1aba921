package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One place where an entity is mentioned: {@code text} equals
 * {@code documentText.substring(start, end)}.
 */
@JsonPropertyOrder({"text", "start", "end"})
public record Mention(String text, int start, int end) {

    /**
     * Checks that the span is valid and as long as the text.
     *
     * @param text  see {@link #text()}
     * @param start see {@link #start()}
     * @param end   see {@link #end()}
     */
    public Mention {
        Objects.requireNonNull(text, "text");
        new CharSpan(start, end);
        if (end - start != text.length()) {
            throw new IllegalArgumentException("mention text length " + text.length()
                    + " does not match span [" + start + ", " + end + ")");
        }
    }
}
