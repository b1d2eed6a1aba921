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

    /**
     * Attribute of a place mention that only says where the organization named right after it
     * is ("Tarvo" of "Tarvo City Council"); its value is the type it qualifies.
     */
    public static final String QUALIFIES = "qualifies";
    /**
     * Attribute of an organization whose place, demonym or qualifier was split off ("Health
     * Ministry" of "the Kenyan Health Ministry"): the sentence token where the whole phrase starts.
     */
    public static final String QUALIFIED_FROM = "qualifiedFrom";

    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** True for a place that only locates the name after it ({@link #QUALIFIES}): no party to events on its own. */
    public boolean qualifiesNextName() {
        return attributes.containsKey(QUALIFIES);
    }

    /** The sentence token where the whole phrase of a split-off qualified name starts, else its own start. */
    public int qualifiedStart() {
        String from = attributes.get(QUALIFIED_FROM);
        return from == null ? tokens.start() : Integer.parseInt(from);
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
