package dev.eventex.entity;

/** How an entity is mentioned. */
public enum MentionKind {
    /** A proper name ("Murat Nurtleu", "Mongolia"). */
    NAME,
    /** A description that refers to a named entity ("the Kazakh Foreign Minister", "the Mongolian side"). */
    NOMINAL,
    /** A personal pronoun (he, his, she, her). */
    PRONOUN,
    /** An unnamed group of people ("members of the State Great Khural"). */
    GROUP,
    /** A date, money amount or quantity. */
    VALUE
}
