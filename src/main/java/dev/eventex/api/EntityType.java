package dev.eventex.api;

/** The entity types of the output contract. */
public enum EntityType {
    /** A person, by name or by a title and name. */
    PERSON,
    /** An organization: a government body, company, international or non-governmental organization. */
    ORGANIZATION,
    /** A place: a country, city or region. */
    LOCATION,
    /** A date or a date range, normalized to ISO 8601 where possible. */
    DATE,
    /** An amount of money, with its ISO 4217 currency where known. */
    MONEY,
    /** A quantity with or without a unit ("500 tonnes", "two"). */
    QUANTITY;

    /** {@return true for the named types (person, organization, location) that coreference and event roles work on} */
    public boolean isNamed() {
        return this == PERSON || this == ORGANIZATION || this == LOCATION;
    }
}
