package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Something donated, handed over, gifted or granted free of charge.
 * Required: {@code donor}, {@code recipient}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "id", "donor", "recipient", "item", "quantity", "value", "onBehalfOf",
        "date", "tense", "confidence", "evidence", "explanation"})
public record Donation(String id, List<Evidence> evidence, double confidence, Tense tense,
                       Explanation explanation, Argument donor, Argument recipient, String item,
                       BigDecimal quantity, Amount value, Argument onBehalfOf,
                       DateValue date) implements Event {

    public Donation {
        Event.checkCommon(id, evidence, confidence);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(donor, "donor");
        Objects.requireNonNull(recipient, "recipient");
        quantity = Amount.plain(quantity);
    }

    @Override
    public String type() {
        return "Donation";
    }
}
