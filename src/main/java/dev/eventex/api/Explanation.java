package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Why an event was extracted: which rule fired on which trigger, once per merged mention.
 * Present only when the extractor was built with {@code explain(true)}.
 */
public record Explanation(List<Firing> firings) {

    /**
     * Copies the list of firings.
     *
     * @param firings see {@link #firings()}
     */
    public Explanation {
        firings = List.copyOf(firings);
    }

    /** One rule match: the rule id, the trigger text and its char span. */
    @JsonPropertyOrder({"rule", "trigger", "start", "end"})
    public record Firing(String rule, String trigger, int start, int end) {
    }
}
