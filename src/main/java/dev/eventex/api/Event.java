package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An extracted event. The four contract types are typed records; event types added by
 * rule files alone come out as {@link CustomEvent}.
 *
 * <p>Common fields: {@code type}, {@code id}, {@code evidence} (every sentence span that
 * states this event), {@code confidence} (0..1), optional {@code tense}, and an optional
 * {@code explanation} when explain mode is on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Event permits Visit, Meeting, TradeGoal, Donation, CustomEvent {

    /** The event type name as written in JSON ("Visit", "Meeting", ...). */
    @JsonProperty("type")
    String type();

    /** Document-local id ("V1"). */
    String id();

    /** Sentence spans stating the event; never empty. */
    List<Evidence> evidence();

    /** Confidence in 0..1, see the README for how it is computed. */
    double confidence();

    /** Optional tense. */
    Tense tense();

    /** Optional explanation (explain mode only). */
    Explanation explanation();

    static void checkCommon(String id, List<Evidence> evidence, double confidence) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("event id is blank");
        }
        if (evidence == null || evidence.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no evidence");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("event " + id + " confidence out of 0..1: " + confidence);
        }
    }
}
