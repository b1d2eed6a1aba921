package dev.eventex.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed word lists the pipeline's mechanisms consult (prepositions, auxiliaries, name
 * particles, number words...), read from {@code models/lexicons/<name>.txt}: one entry per line
 * (an entry may hold spaces, "metric tons"), {@code #} comments, matched as written. Loaded once
 * with the extractor; a models directory adds entries to the packaged lists and removes them
 * ({@code !remove entry}), like the gazetteers ({@link ModelSource#lines}); every malformed line of
 * every file is reported at once. Immutable and thread-safe.
 */
public final class Lexicons {

    /** Where the files live, relative to {@code models/}. */
    public static final String DIR = "lexicons/";

    // text
    public static final String SENTENCE_OPENERS = "sentence-openers";
    public static final String LEMMA_FIXES = "lemma-fixes";
    // entity
    public static final String PERSONAL_PRONOUNS = "personal-pronouns";
    public static final String NAME_PARTICLES = "name-particles";
    public static final String SIDE_NOUNS = "side-nouns";
    public static final String CAPITALISED_FUNCTION_WORDS = "capitalised-function-words";
    public static final String HEADLINE_LOWER_WORDS = "headline-lower-words";
    public static final String NAME_JOINERS = "name-joiners";
    public static final String RELATION_NOUNS = "relation-nouns";
    public static final String PAIR_NOUNS = "pair-nouns";
    public static final String DEFINITE_PAIR_NOUNS = "definite-pair-nouns";
    public static final String MEASURE_UNITS = "measure-units";
    public static final String NUMBER_WORDS = "number-words";
    public static final String DATE_WORDS = "date-words";
    public static final String DATE_STARTS = "date-starts";
    public static final String DAY_OFFSETS = "day-offsets";
    // normalize
    public static final String HONORIFIC_HEADS = "honorific-heads";
    public static final String TITLE_STOP_WORDS = "title-stop-words";
    public static final String DATE_HEADER_LABELS = "date-header-labels";
    // event
    public static final String PREPOSITIONS = "prepositions";
    public static final String CLAUSE_OPENERS = "clause-openers";
    public static final String NEGATIONS = "negations";
    public static final String CONDITION_OPENERS = "condition-openers";
    public static final String HELP_VERBS = "help-verbs";
    public static final String REPORTING_VERBS = "reporting-verbs";
    public static final String CLAUSE_STOPS = "clause-stops";
    public static final String TOPIC_STOPS = "topic-stops";
    public static final String TOPIC_LEAD_INS = "topic-lead-ins";
    public static final String NON_TOPIC_NOUNS = "non-topic-nouns";
    public static final String SUBJECT_PRONOUNS = "subject-pronouns";
    /** Singular nouns of one official that head a party when a country is named in the phrase ("a senior Elbonian official"). */
    public static final String COUNTRY_PERSON_NOUNS = "country-person-nouns";
    public static final String AUXILIARY_LEMMAS = "auxiliary-lemmas";
    public static final String IRREGULAR_PARTICIPLES = "irregular-participles";
    public static final String IRREGULAR_PAST = "irregular-past";
    public static final String GOAL_NOUNS = "goal-nouns";
    public static final String PLAN_VERBS = "plan-verbs";
    public static final String FUTURE_AUXILIARIES = "future-auxiliaries";
    public static final String PRESENT_BE = "present-be";
    public static final String PAST_AUXILIARIES = "past-auxiliaries";
    public static final String STATE_WORDS = "state-words";
    public static final String DETERMINERS = "determiners";
    public static final String MULTIPLIERS = "multipliers";
    public static final String MODAL_AUXILIARIES = "modal-auxiliaries";
    public static final String ONGOING_CUES = "ongoing-cues";
    public static final String PAST_CUES = "past-cues";
    public static final String PLANNED_CUES = "planned-cues";
    public static final String ANAPHORIC_DETERMINERS = "anaphoric-determiners";
    public static final String ANAPHORIC_ITEM_STARTS = "anaphoric-item-starts";
    public static final String PEOPLE_PAIR_NOUNS = "people-pair-nouns";
    public static final String RELATIVE_PREPOSITIONS = "relative-prepositions";
    public static final String VENUE_NOUNS = "venue-nouns";
    public static final String VALUE_CUES = "value-cues";
    public static final String PASSIVE_PARTICLES = "passive-particles";
    public static final String MODIFIER_NOUNS = "modifier-nouns";
    public static final String APART_WORDS = "apart-words";
    public static final String FUTURE_DATE_WORDS = "future-date-words";
    public static final String PAST_DATE_WORDS = "past-date-words";
    public static final String NON_GOODS_ITEMS = "non-goods-items";
    public static final String SPECULATIVE_MODIFIERS = "speculative-modifiers";
    public static final String SETTLEMENT_NOUNS = "settlement-nouns";
    public static final String PROMISE_VERBS = "promise-verbs";
    public static final String CONTAINER_NOUNS = "container-nouns";
    public static final String CONTENT_VERBS = "content-verbs";
    public static final String PERIOD_PARTS = "period-parts";
    public static final String AMOUNT_QUALIFIERS = "amount-qualifiers";
    // entity
    public static final String COUNTERPART_NOUNS = "counterpart-nouns";
    public static final String APPOSITION_OPENERS = "apposition-openers";
    public static final String POSSESSIVE_DETERMINERS = "possessive-determiners";
    public static final String NUMBER_DETERMINERS = "number-determiners";
    public static final String POSSESSIVE_NAME_OWNERS = "possessive-name-owners";
    public static final String PORTFOLIO_WORDS = "portfolio-words";
    public static final String PRESS_NAME_HEADS = "press-name-heads";
    public static final String PRIVATE_TRAVELLER_HEADS = "private-traveller-heads";
    public static final String TITLE_JOINERS = "title-joiners";
    public static final String ORGANIZATION_NAME_LINKS = "organization-name-links";
    public static final String PLACE_MODIFIERS = "place-modifiers";
    public static final String LOWER_CASE_WORDS = "lower-case-words";
    public static final String CAPITALISED_WORDS = "capitalised-words";
    public static final String SPOUSE_WORDS = "spouse-words";
    public static final String CONNECTIVE_LEADS = "connective-leads";
    public static final String OPINION_ADJECTIVES = "opinion-adjectives";
    public static final String SIGNATURE_ROLES = "signature-roles";
    public static final String PARTICIPLE_ADJUNCT_OPENERS = "participle-adjunct-openers";
    public static final String PERIOD_START_WORDS = "period-start-words";
    public static final String MEMBER_GROUP_NOUNS = "member-group-nouns";
    public static final String GROUP_OFFICE_MODIFIERS = "group-office-modifiers";
    public static final String RECEIVER_PLACE_NOUNS = "receiver-place-nouns";
    public static final String NON_RECEIVER_HEADS = "non-receiver-heads";
    public static final String CONJUNCT_PARTY_HEADS = "conjunct-party-heads";

    /** Every lexicon the code reads; each must exist (packaged or in the models directory). */
    public static final List<String> NAMES = List.of(SENTENCE_OPENERS, LEMMA_FIXES, PERSONAL_PRONOUNS, NAME_PARTICLES, SIDE_NOUNS,
            CAPITALISED_FUNCTION_WORDS, HEADLINE_LOWER_WORDS, NAME_JOINERS, RELATION_NOUNS, MEASURE_UNITS, NUMBER_WORDS, DATE_WORDS,
            DATE_STARTS, HONORIFIC_HEADS, TITLE_STOP_WORDS, PREPOSITIONS, CLAUSE_OPENERS, NEGATIONS, CONDITION_OPENERS, HELP_VERBS,
            REPORTING_VERBS, CLAUSE_STOPS, TOPIC_STOPS, TOPIC_LEAD_INS, NON_TOPIC_NOUNS, SUBJECT_PRONOUNS, AUXILIARY_LEMMAS, IRREGULAR_PARTICIPLES,
            IRREGULAR_PAST, GOAL_NOUNS, PLAN_VERBS, FUTURE_AUXILIARIES, PRESENT_BE, PAST_AUXILIARIES, STATE_WORDS,
            DETERMINERS, MULTIPLIERS, PAIR_NOUNS, DEFINITE_PAIR_NOUNS, MODAL_AUXILIARIES, ONGOING_CUES, PAST_CUES, PLANNED_CUES,
            ANAPHORIC_DETERMINERS, ANAPHORIC_ITEM_STARTS, PEOPLE_PAIR_NOUNS, RELATIVE_PREPOSITIONS, VENUE_NOUNS,
            VALUE_CUES, PASSIVE_PARTICLES, MODIFIER_NOUNS, COUNTERPART_NOUNS, APPOSITION_OPENERS,
            POSSESSIVE_DETERMINERS, NUMBER_DETERMINERS, DATE_HEADER_LABELS, DAY_OFFSETS, POSSESSIVE_NAME_OWNERS,
            APART_WORDS, CONTAINER_NOUNS, CONTENT_VERBS, PERIOD_PARTS, AMOUNT_QUALIFIERS, PORTFOLIO_WORDS, TITLE_JOINERS,
            ORGANIZATION_NAME_LINKS, PLACE_MODIFIERS, PRESS_NAME_HEADS, LOWER_CASE_WORDS, CAPITALISED_WORDS, SPOUSE_WORDS,
            FUTURE_DATE_WORDS, PAST_DATE_WORDS, NON_GOODS_ITEMS, SPECULATIVE_MODIFIERS, SETTLEMENT_NOUNS, PROMISE_VERBS,
            CONNECTIVE_LEADS, PRIVATE_TRAVELLER_HEADS, OPINION_ADJECTIVES, SIGNATURE_ROLES, COUNTRY_PERSON_NOUNS,
            PARTICIPLE_ADJUNCT_OPENERS, PERIOD_START_WORDS, MEMBER_GROUP_NOUNS, GROUP_OFFICE_MODIFIERS,
            RECEIVER_PLACE_NOUNS, NON_RECEIVER_HEADS, CONJUNCT_PARTY_HEADS);

    private final Map<String, Set<String>> lists;

    private Lexicons(Map<String, Set<String>> lists) {
        this.lists = Map.copyOf(lists);
    }

    /** Loads every lexicon in {@link #NAMES}; throws one exception listing all malformed lines. */
    public static Lexicons load(ModelSource source) {
        Map<String, Set<String>> lists = new HashMap<>();
        List<String> errors = new ArrayList<>();
        for (String name : NAMES) {
            String rel = DIR + name + ".txt";
            try {
                List<ModelSource.Line> lines = source.lines(rel, errors);
                if (lines == null) {
                    errors.add("missing lexicon file: models/" + rel);
                    continue;
                }
                lists.put(name, read(lines, errors));
            } catch (IOException e) {
                errors.add("cannot read " + source.describe(rel) + ": " + e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new ModelFileException(ModelSource.inFileOrder(errors), null);
        }
        return new Lexicons(lists);
    }

    /**
     * The entries of one word list; malformed lines (a tab, an entry listed twice) are added to
     * {@code errors} as {@code file:line: reason} and skipped.
     */
    static Set<String> read(List<ModelSource.Line> lines, List<String> errors) {
        Set<String> words = new LinkedHashSet<>();
        for (ModelSource.Line line : lines) {
            String entry = line.text().strip();
            if (entry.indexOf('\t') >= 0) {
                errors.add(line.where() + ": one entry per line, found a tab in '" + entry.replace("\t", "\\t") + "'");
            } else if (!words.add(entry)) {
                errors.add(line.where() + ": '" + entry + "' is listed twice");
            }
        }
        return Set.copyOf(words);
    }

    /** The entries of a lexicon, as written in its file. */
    public Set<String> get(String name) {
        Set<String> words = lists.get(name);
        if (words == null) {
            throw new IllegalArgumentException("no lexicon '" + name + "' (known: " + NAMES + ")");
        }
        return words;
    }
}
