package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * An extracted event. The four contract types are typed records; event types added by
 * rule files alone come out as {@link CustomEvent}.
 *
 * <p>Common fields: {@code type}, {@code id}, {@code evidence} (every sentence span that
 * states this event), {@code confidence} (0..1), optional {@code tense}, and an optional
 * {@code explanation} when explain mode is on.
 *
 * <p>Read back from JSON by the {@code type} field: the four contract types come back as
 * their records, any other type as a {@link CustomEvent}. The type annotations below only
 * steer reading; the written JSON is the records' own fields ({@code type} first).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
// EXISTING_PROPERTY: "type" is the records' own type() getter, so writing adds nothing; an
// unknown type name is a rule-defined event, hence the default. The typed records take "type"
// from their class, so it is ignored when reading them (but still written).
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
        visible = true, defaultImpl = CustomEvent.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Visit.class, name = "Visit"),
        @JsonSubTypes.Type(value = Meeting.class, name = "Meeting"),
        @JsonSubTypes.Type(value = TradeGoal.class, name = "TradeGoal"),
        @JsonSubTypes.Type(value = Donation.class, name = "Donation")})
@JsonIgnoreProperties(value = "type", allowGetters = true)
public sealed interface Event permits Visit, Meeting, TradeGoal, Donation, CustomEvent {

    /** {@return the event type name as written in JSON ("Visit", "Meeting", ...)} */
    @JsonProperty("type")
    String type();

    /** {@return the document-local id ("V1")} */
    String id();

    /** {@return the sentence spans stating the event; never empty} */
    List<Evidence> evidence();

    /** {@return the confidence in 0..1; the README says how it is computed} */
    double confidence();

    /** {@return the tense, or null when none was found} */
    Tense tense();

    /** {@return the explanation, or null unless explain mode is on} */
    Explanation explanation();

    /**
     * Checks the fields every event has; the event records of this package call it. Public
     * only because interface members are.
     *
     * @param id         the event id; must not be blank
     * @param evidence   the evidence spans; must not be empty
     * @param confidence the confidence; must be in 0..1
     * @throws IllegalArgumentException when one of them is not as said
     */
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
