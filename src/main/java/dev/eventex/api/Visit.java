package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A person or delegation travels to a place (done, under way or planned).
 * Required: {@code visitor}, {@code destination}; the rest is optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "id", "visitor", "destination", "host", "date", "kind", "purpose",
        "tense", "confidence", "evidence", "explanation"})
public record Visit(String id, List<Evidence> evidence, double confidence, Tense tense,
                    Explanation explanation, Argument visitor, Argument destination,
                    Argument host, DateValue date, String kind, String purpose) implements Event {

    public Visit {
        Event.checkCommon(id, evidence, confidence);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(destination, "destination");
    }

    @Override
    public String type() {
        return "Visit";
    }
}
