package dev.eventex.event;

import dev.eventex.api.Tense;
import java.util.Map;

/**
 * One rule firing in one sentence, before merging: the rule, its trigger and the role values
 * found ({@link Arg}, list of Arg, {@code DateValue}, {@code Amount}, String, list of String,
 * BigDecimal).
 */
public record EventMention(EventRule rule, int sentence, int sentenceStart, int sentenceEnd, int triggerStart, int triggerEnd,
                           String triggerText, Map<String, Object> roles, Tense tense) {

    public EventMention {
        roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
    }
}
