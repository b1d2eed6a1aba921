package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** When an event happens relative to the publication date. */
public enum Tense {
    /** Happened before the publication date. */
    PAST,
    /** Going on at the publication date. */
    ONGOING,
    /** Announced or expected after the publication date. */
    PLANNED;

    /** {@return the name as written in JSON, in lower case ({@code "past"})} */
    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
