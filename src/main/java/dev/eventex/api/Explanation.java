package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why an event was extracted (explain mode only): which rule fired on which trigger, once per
 * merged mention; per role, which finder of which firing found each value and where; and how
 * the confidence was reached. Present only when the extractor was built with
 * {@code explain(true)}.
 *
 * @param firings    the rule firings merged into the event, in the order they were merged
 *                   (the first one founded it)
 * @param roles      optional: per role of the event (in the event's order), one source per
 *                   value (a list role has one per item)
 * @param confidence optional: the parts of the event's confidence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"firings", "roles", "confidence"})
public record Explanation(List<Firing> firings, Map<String, List<RoleSource>> roles, Confidence confidence) {

    /**
     * Copies the lists and the map (keeping the roles' order).
     *
     * @param firings    see {@link #firings()}
     * @param roles      see {@link #roles()}
     * @param confidence see {@link #confidence()}
     */
    public Explanation {
        firings = List.copyOf(firings);
        if (roles != null) {
            Map<String, List<RoleSource>> copy = new LinkedHashMap<>();
            roles.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "role"), List.copyOf(v)));
            roles = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * An explanation with firings only (as written before per-role sources existed).
     *
     * @param firings see {@link #firings()}
     */
    public Explanation(List<Firing> firings) {
        this(firings, null, null);
    }

    /**
     * One rule match: the rule id, the trigger text and its char span.
     *
     * @param rule    the rule id
     * @param trigger the trigger text, the input's substring {@code [start, end)}
     * @param start   UTF-16 offset where the trigger starts
     * @param end     UTF-16 offset where it ends (exclusive)
     */
    @JsonPropertyOrder({"rule", "trigger", "start", "end"})
    public record Firing(String rule, String trigger, int start, int end) {
    }

    /**
     * Where one value of a role came from.
     *
     * @param finder how it was found: a finder of the rule language ({@code subject},
     *               {@code after}, {@code sentence}, ...), {@code pattern} for a capture of
     *               the rule's pattern, {@code unknown} when it cannot be told
     * @param rule   the rule whose firing found it
     * @param firing optional: the index in {@link #firings()} of that firing; absent when the
     *               value was taken from a firing of another event (see {@code note})
     * @param text   optional: the words it was read from, the input's substring {@code [start, end)}
     * @param start  optional: UTF-16 offset where those words start
     * @param end    optional: UTF-16 offset where they end (exclusive)
     * @param note   optional: how the value reached this role when not directly (found for
     *               another role, taken from another event)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"finder", "rule", "firing", "text", "start", "end", "note"})
    public record RoleSource(String finder, String rule, Integer firing, String text, Integer start, Integer end, String note) {

        /**
         * Checks that the finder is given and the span, when present, is complete and valid.
         *
         * @param finder see {@link #finder()}
         * @param rule   see {@link #rule()}
         * @param firing see {@link #firing()}
         * @param text   see {@link #text()}
         * @param start  see {@link #start()}
         * @param end    see {@link #end()}
         * @param note   see {@link #note()}
         */
        public RoleSource {
            Objects.requireNonNull(finder, "finder");
            if ((start == null) != (end == null) || (start == null) != (text == null)) {
                throw new IllegalArgumentException("a role source has text, start and end, or none of them");
            }
            if (start != null) {
                new CharSpan(start, end);
            }
        }
    }

    /**
     * How the confidence was reached: {@code min(cap, base * perUnlinked^|unlinked| +
     * perSentence * (sentences - 1))}, rounded to two decimals.
     *
     * @param rule        the rule with the highest base confidence among the firings
     * @param base        that rule's base confidence
     * @param unlinked    required roles whose value is not linked to a named entity (each costs a factor)
     * @param perUnlinked the factor per unlinked role
     * @param sentences   the number of evidence sentences
     * @param perSentence what each sentence after the first adds
     * @param cap         the highest confidence given
     * @param value       the event's confidence
     */
    @JsonPropertyOrder({"rule", "base", "unlinked", "perUnlinked", "sentences", "perSentence", "cap", "value"})
    public record Confidence(String rule, double base, List<String> unlinked, double perUnlinked, int sentences,
                             double perSentence, double cap, double value) {

        /**
         * Copies the list of unlinked roles.
         *
         * @param rule        see {@link #rule()}
         * @param base        see {@link #base()}
         * @param unlinked    see {@link #unlinked()}
         * @param perUnlinked see {@link #perUnlinked()}
         * @param sentences   see {@link #sentences()}
         * @param perSentence see {@link #perSentence()}
         * @param cap         see {@link #cap()}
         * @param value       see {@link #value()}
         */
        public Confidence {
            Objects.requireNonNull(rule, "rule");
            unlinked = unlinked == null ? List.of() : List.copyOf(unlinked);
        }
    }
}
