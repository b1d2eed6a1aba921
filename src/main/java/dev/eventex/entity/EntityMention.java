package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.text.TokenSpan;
import java.util.Map;
import java.util.Objects;

/**
 * A mention found by the entity stage, before coreference.
 *
 * @param sentence   sentence index
 * @param tokens     token span in that sentence
 * @param start      char start in the document
 * @param end        char end in the document
 * @param text       exact document text of the span
 * @param type       entity type
 * @param kind       name, nominal, pronoun, group or value
 * @param key        canonical key when known (gazetteer canonical name), else null
 * @param code       ISO country code when known, else null
 * @param source     which recognizer produced it ("model", "gazetteer", "pattern", "rule")
 * @param attributes extra facts (title, value, currency, unit, country)
 */
public record EntityMention(int sentence, TokenSpan tokens, int start, int end, String text,
                            EntityType type, MentionKind kind, String key, String code,
                            String source, Map<String, String> attributes) {

    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public EntityMention withAttributes(Map<String, String> more) {
        java.util.Map<String, String> m = new java.util.HashMap<>(attributes);
        m.putAll(more);
        return new EntityMention(sentence, tokens, start, end, text, type, kind, key, code, source, m);
    }
}
