package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** When an event happens relative to the publication date. */
public enum Tense {
    PAST, ONGOING, PLANNED;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
