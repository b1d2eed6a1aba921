package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A stated numeric target for trade, turnover, exports or investment.
 * Required: {@code parties}, {@code target}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "id", "parties", "target", "metric", "setBy", "deadline",
        "tense", "confidence", "evidence", "explanation"})
public record TradeGoal(String id, List<Evidence> evidence, double confidence, Tense tense,
                        Explanation explanation, List<Argument> parties, Amount target,
                        String metric, List<Argument> setBy, DateValue deadline) implements Event {

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
