package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A participant of an event role.
 *
 * @param text   the surface string used in the evidence
 * @param name   the canonical name (the entity's name when linked, else the text)
 * @param entity optional id of the linked entity
 * @param type   the entity type ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} for the
 *               contract's roles); unnamed groups such as "members of parliament" have no entity
 *               and type {@code ORGANIZATION}. Written to JSON as the enum's name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"text", "name", "entity", "type"})
public record Argument(String text, String name, String entity, EntityType type) {

    /**
     * Checks that text, name and type are given.
     *
     * @param text   see {@link #text()}
     * @param name   see {@link #name()}
     * @param entity see {@link #entity()}
     * @param type   see {@link #type()}
     */
    public Argument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
