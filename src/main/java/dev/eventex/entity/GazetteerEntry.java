package dev.eventex.entity;

import dev.eventex.api.EntityType;

/**
 * One known phrase: what kind of thing it names, its canonical name and its country.
 *
 * @param kind      what the phrase is (country, city, organization, body, title, demonym, group)
 * @param canonical canonical name of the referent ("Kazakhstan" for "Kazakh")
 * @param code      ISO 3166-1 alpha-2 country code, or null
 * @param type      entity type of a mention of this phrase, or null for non-entities (titles)
 */
public record GazetteerEntry(Kind kind, String canonical, String code, EntityType type) {

    /** Whether the phrase names a country, city or region. */
    public boolean isPlace() {
        return kind == Kind.COUNTRY || kind == Kind.CITY || kind == Kind.REGION;
    }

    /** The gazetteer classes rules can test with {@code gaz=...}. */
    public enum Kind {
        COUNTRY, CITY, REGION, ORGANIZATION, BODY, TITLE, DEMONYM, GROUP;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
