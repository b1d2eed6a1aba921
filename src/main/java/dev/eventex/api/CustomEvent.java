package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An event of a type defined only by a rule file (for example {@code Agreement}). Its roles
 * are written as top-level JSON fields, like the built-in types' roles. Role values are
 * {@link Argument}, {@link DateValue}, {@link Amount}, String, or lists of those.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "id"})
public record CustomEvent(@JsonProperty("type") String type, String id, List<Evidence> evidence,
                          double confidence, Tense tense, Explanation explanation,
                          @JsonIgnore Map<String, Object> roles) implements Event {

    public CustomEvent {
        Objects.requireNonNull(type, "type");
        Event.checkCommon(id, evidence, confidence);
        evidence = List.copyOf(evidence);
        roles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    }

    @JsonAnyGetter
    Map<String, Object> rolesForJson() {
        return roles;
    }
}
