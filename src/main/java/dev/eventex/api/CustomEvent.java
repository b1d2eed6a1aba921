package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An event of a type defined only by a rule file (for example {@code Agreement}). Its roles
 * are written as top-level JSON fields, like the built-in types' roles. Role values are
 * {@link Argument}, {@link DateValue}, {@link Amount}, String, a number ({@link java.math.BigDecimal}),
 * or lists of those.
 *
 * <p>Read back from JSON, a role's value gets its Java type from its shape, as the JSON carries
 * no rule: an object with {@code name} is an Argument; one with a numeric {@code value}, a
 * {@code currency} or a {@code unit} an Amount; one with a string {@code value} a DateValue.
 * An object with only {@code text} (a date or an amount that could not be normalized) reads
 * as a DateValue.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "id"})
@JsonDeserialize(using = CustomEventReader.class)
public record CustomEvent(@JsonProperty("type") String type, String id, List<Evidence> evidence,
                          double confidence, Tense tense, Explanation explanation,
                          @JsonIgnore Map<String, Object> roles) implements Event {

    /**
     * Checks the fields every event has, copies the lists and writes numbers in the roles as plain decimals.
     *
     * @param type        see {@link #type()}
     * @param id          see {@link #id()}
     * @param evidence    see {@link #evidence()}
     * @param confidence  see {@link #confidence()}
     * @param tense       see {@link #tense()}
     * @param explanation see {@link #explanation()}
     * @param roles       see {@link #roles()}
     */
    public CustomEvent {
        Objects.requireNonNull(type, "type");
        Event.checkCommon(id, evidence, confidence);
        evidence = List.copyOf(evidence);
        // numbers as written: 5E+8 and 500000000 are one value, so the JSON reads back equal
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        roles.forEach((k, v) -> copy.put(k, Amount.plain(v)));
        roles = java.util.Collections.unmodifiableMap(copy);
    }

    @JsonAnyGetter
    Map<String, Object> rolesForJson() {
        return roles;
    }
}
