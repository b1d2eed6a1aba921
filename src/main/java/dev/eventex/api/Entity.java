package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One real-world referent of a document with all its mentions.
 *
 * @param id         document-local id ("E1")
 * @param type       entity type
 * @param name       canonical (longest proper) name
 * @param code       optional ISO 3166-1 alpha-2 code for countries and places in a country
 * @param attributes free-form attributes (title, country, value, currency, ...); may be empty;
 *                   iterated (and written to JSON) in key order, so output is the same byte for byte
 *                   from one run to the next
 * @param mentions   every mention, in text order; never empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "name", "code", "attributes", "mentions"})
public record Entity(String id, EntityType type, String name, String code,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> attributes, List<Mention> mentions) {

    /**
     * Checks id, type and name and that there is a mention; an empty code becomes {@code null} and the attributes are sorted by key.
     *
     * @param id         see {@link #id()}
     * @param type       see {@link #type()}
     * @param name       see {@link #name()}
     * @param code       see {@link #code()}
     * @param attributes see {@link #attributes()}
     * @param mentions   see {@link #mentions()}
     */
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        // an empty code is no code: left out of the JSON, so it must read back as null
        code = code == null || code.isEmpty() ? null : code;
        // Map.copyOf iterates in an order salted per JVM: sort, so the JSON is deterministic
        attributes = attributes == null || attributes.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Map.copyOf(attributes)));
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no mentions");
        }
    }
}
