package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a rule that matched a trigger produced no event of its own (explain mode,
 * {@link RejectedTrigger#reason()}). A closed set: the JSON carries the constant's name.
 *
 * <p>A rule whose {@code pattern} does not match over a trigger word has not matched at all
 * (the pattern is part of what the rule's trigger is), so it is not listed.
 */
public enum RejectReason {
    /** The trigger word is part of a name ("Visit Malaysia Year"); {@code word} holds the name. */
    PART_OF_NAME,
    /**
     * A negation stands just before the trigger ("did not meet"), or the trigger's clause is a condition
     * ("if they meet", "unless talks are held"); {@code word} holds the negation or the condition's opener.
     */
    NEGATED,
    /**
     * The event is only supposed: its noun is spoken of as possible ("a possible visit"), or its clause is a
     * condition ("if they meet", "unless talks are held"); {@code word} is the modifier or the condition word.
     */
    HYPOTHETICAL,
    /** The trigger noun only modifies the next noun ("tour guide"); {@code word} holds that noun. */
    COMPOUND_NOUN,
    /** One of the rule's {@code unless} patterns matched near the trigger; {@code word} holds the words it matched. */
    VETOED,
    /** A pattern of the rule's {@code requireInSentence} found nothing in the sentence; {@code detail} names it. */
    REQUIRED_WORDS_ABSENT,
    /** A pattern of the rule's {@code requireInContext} found nothing in the sentence or the one before. */
    CONTEXT_ABSENT,
    /** The tense found is one the rule rejects, or not one it requires ({@code rejectTense}, {@code requireTense}). */
    WRONG_TENSE,
    /** A role the rule requires was not found; {@code role} names it and {@code detail} the finders tried. */
    MISSING_ROLE,
    /** The parties are one and the same: a meeting with one party, a visitor visiting itself, a donor giving to itself. */
    NOT_DISTINCT,
    /** A meeting none of whose parties is an office holder, an organization, a country or a delegation. */
    NO_OFFICIAL_PARTY,
    /** A party is a news outlet ("The Tarvo Times met the minister", "visited the village"): an interview or a reporter's trip, not a meeting or a visit. */
    PRESS_PARTY,
    /** A party is a group of private travellers ("a team of doctors flew in", "tourists arrived"): no official visit. */
    PRIVATE_GROUP,
    /** The item is no gift: territory, an office, a responsibility or papers change hands ("handed over the town"). */
    NOT_GOODS,
    /** A journey that is no journey: the party goes to its own country ({@code awayFrom}), or a visit the text only implies lacks two known, different countries ({@code requireAway}). */
    NOT_AWAY,
    /** The rule only completes an event stated elsewhere (it requires fewer roles than the type), and none agreed. */
    NOTHING_TO_COMPLETE,
    /** The firing states an event already found: it was merged into the event {@code into}. */
    MERGED;

    /** {@return the name as written in JSON (the constant's name)} */
    @JsonValue
    public String json() {
        return name();
    }
}
