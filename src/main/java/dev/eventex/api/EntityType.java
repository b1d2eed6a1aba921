package dev.eventex.api;

/** The entity types of the output contract. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, DATE, MONEY, QUANTITY;

    /** True for the named types that coreference and event roles work on. */
    public boolean isNamed() {
        return this == PERSON || this == ORGANIZATION || this == LOCATION;
    }
}
