package dev.eventex.event;

import dev.eventex.api.Tense;
import java.util.Map;

/**
 * One rule firing in one sentence, before merging: the rule, its trigger and the role values
 * found (each a {@link RoleValue}).
 */
public record EventMention(EventRule rule, int sentence, int sentenceStart, int sentenceEnd, int triggerStart, int triggerEnd,
                           String triggerText, Map<String, RoleValue> roles, Tense tense) {

    public EventMention {
        roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
    }
}
