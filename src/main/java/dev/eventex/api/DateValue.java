package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A date as written and, when it can be resolved, its ISO 8601 value at the stated
 * precision ({@code 2024}, {@code 2024-10}, {@code 2024-10-05}); {@code value} is optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"text", "value"})
public record DateValue(String text, String value) {

    /**
     * Checks the text is there; {@code value} stays {@code null} when the date could not be normalized.
     *
     * @param text  see {@link #text()}
     * @param value see {@link #value()}
     */
    public DateValue {
        Objects.requireNonNull(text, "text");
    }
}
