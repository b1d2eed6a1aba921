package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Something donated, handed over, gifted or granted free of charge.
 * Required: {@code donor}, {@code recipient}.
 *
 * @param id          document-local id ("D1")
 * @param evidence    the sentence spans stating the event, in text order; never empty
 * @param confidence  0..1, see the README
 * @param tense       optional: done, under way or planned relative to the publication date
 * @param explanation optional: the rules that fired (explain mode only)
 * @param donor      who gives (on whose behalf it is given, when an envoy hands it over
 *                   "on behalf of" a government)
 * @param recipient  who receives
 * @param item       optional: what is given, as written without its number ("literary books")
 * @param quantity   optional: how many items (5000 for "5,000 books")
 * @param value      optional: what the gift is worth
 * @param onBehalfOf optional: in whose name it is given ("on behalf of President X")
 * @param date       optional: when
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "id", "donor", "recipient", "item", "quantity", "value", "onBehalfOf",
        "date", "tense", "confidence", "evidence", "explanation"})
public record Donation(String id, List<Evidence> evidence, double confidence, Tense tense,
                       Explanation explanation, Argument donor, Argument recipient, String item,
                       BigDecimal quantity, Amount value, Argument onBehalfOf,
                       DateValue date) implements Event {

    /**
     * Checks the fields every event has and that donor and recipient are given; copies the lists.
     *
     * @param id          see {@link #id()}
     * @param evidence    see {@link #evidence()}
     * @param confidence  see {@link #confidence()}
     * @param tense       see {@link #tense()}
     * @param explanation see {@link #explanation()}
     * @param donor       see {@link #donor()}
     * @param recipient   see {@link #recipient()}
     * @param item        see {@link #item()}
     * @param quantity    see {@link #quantity()}
     * @param value       see {@link #value()}
     * @param onBehalfOf  see {@link #onBehalfOf()}
     * @param date        see {@link #date()}
     */
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
