package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A stated numeric target for trade, turnover, exports or investment.
 * Required: {@code parties}, {@code target}.
 *
 * @param id          document-local id ("T1")
 * @param evidence    the sentence spans stating the event, in text order; never empty
 * @param confidence  0..1, see the README
 * @param tense       optional: done, under way or planned relative to the publication date
 * @param explanation optional: the rules that fired (explain mode only)
 * @param parties  whose trade: the countries or organizations, never empty
 * @param target   the amount aimed at, with its value and currency
 * @param metric   optional: what the target measures, the noun phrase as written around the
 *                 rule's head words ("bilateral trade turnover", "exports", "mutual trade")
 * @param setBy    optional, never empty: who set the target ("the two Presidents")
 * @param deadline optional: by when ("by 2030")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "id", "parties", "target", "metric", "setBy", "deadline",
        "tense", "confidence", "evidence", "explanation"})
public record TradeGoal(String id, List<Evidence> evidence, double confidence, Tense tense,
                        Explanation explanation, List<Argument> parties, Amount target,
                        String metric, List<Argument> setBy, DateValue deadline) implements Event {

    /**
     * Checks the fields every event has, that there is a party and a target; no setters become {@code null}.
     *
     * @param id          see {@link #id()}
     * @param evidence    see {@link #evidence()}
     * @param confidence  see {@link #confidence()}
     * @param tense       see {@link #tense()}
     * @param explanation see {@link #explanation()}
     * @param parties     see {@link #parties()}
     * @param target      see {@link #target()}
     * @param metric      see {@link #metric()}
     * @param setBy       see {@link #setBy()}
     * @param deadline    see {@link #deadline()}
     */
    public TradeGoal {
        Event.checkCommon(id, evidence, confidence);
        evidence = List.copyOf(evidence);
        parties = List.copyOf(parties);
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("trade goal " + id + " has no parties");
        }
        Objects.requireNonNull(target, "target");
        setBy = setBy == null || setBy.isEmpty() ? null : List.copyOf(setBy);
    }

    @Override
    public String type() {
        return "TradeGoal";
    }
}
