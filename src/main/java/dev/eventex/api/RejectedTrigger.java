package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A trigger a rule matched that produced no event of its own, and why (explain mode only,
 * {@link ExtractionResult#rejected()}).
 *
 * @param rule    the id of the rule that matched
 * @param event   the event type the rule makes ("Visit")
 * @param trigger the trigger text, the input's substring {@code [start, end)}
 * @param start   UTF-16 offset where the trigger starts
 * @param end     UTF-16 offset where it ends (exclusive)
 * @param reason  why no event came of it
 * @param detail  the same in words, for people ("no destination found (tried after, place)")
 * @param role    optional: the role that was missing ({@link RejectReason#MISSING_ROLE})
 * @param word    optional: the words that stopped it: the negation, the veto's words, the
 *                name the trigger is part of, the noun it modifies
 * @param into    optional: the id of the event it was merged into ({@link RejectReason#MERGED})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"rule", "event", "trigger", "start", "end", "reason", "detail", "role", "word", "into"})
public record RejectedTrigger(String rule, String event, String trigger, int start, int end, RejectReason reason,
                              String detail, String role, String word, String into) {

    /**
     * Checks that rule, trigger, reason and detail are given and the span is valid.
     *
     * @param rule    see {@link #rule()}
     * @param event   see {@link #event()}
     * @param trigger see {@link #trigger()}
     * @param start   see {@link #start()}
     * @param end     see {@link #end()}
     * @param reason  see {@link #reason()}
     * @param detail  see {@link #detail()}
     * @param role    see {@link #role()}
     * @param word    see {@link #word()}
     * @param into    see {@link #into()}
     */
    public RejectedTrigger {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        new CharSpan(start, end);
    }
}
