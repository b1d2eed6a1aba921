package dev.eventex.event;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One compiled event rule from {@code models/rules/*.json}.
 *
 * @param id          unique rule id
 * @param eventType   event type it produces ("Visit", or a custom type such as "Agreement")
 * @param lemmas      trigger lemmas (any POS in {@code pos} if given)
 * @param phrases     multi-word triggers as lower-case token lists ("hand over")
 * @param pos         accepted POS of the trigger's first token (empty = any)
 * @param pattern     optional pattern that must match over the trigger; its captures fill roles
 * @param unless      veto patterns: no event when one matches within {@code unlessWindow} tokens of the trigger
 * @param unlessWindow window for veto patterns
 * @param unlessTied  veto patterns that count only where the dependency tree ties a word they match to the
 *                    trigger: the trigger's own dependent ("flew back", "arrived at an agreement") or a word of its
 *                    subject ("the peacekeeping force arrived"), not a word inside a phrase one of them governs
 *                    ("arrived for talks on the force"); within {@code unlessWindow} as well
 * @param requireInSentence patterns that must match somewhere in the sentence
 * @param requireInContext patterns that must match in the sentence or the one before it ("Trade reached $2bn.
 *                    The aim is $5bn": what the amount measures was said just before)
 * @param roles       role specs by role name, in file order
 * @param required    roles that must be filled for the rule to produce an event
 * @param confidence  base confidence of the rule (0..1)
 * @param rejectTenses tenses for which the rule produces nothing ("past" for targets: "grew to" reports a figure)
 * @param requireTenses when not empty, the only tenses for which the rule produces an event
 * @param source      file the rule came from (for messages)
 * @param awayFrom    two roles, a party and a place: no event when the place is a country and the
 *                    party is of that country ("the Emir of Qatar ... left for Qatar" is no visit)
 * @param requireAway two roles, a party and a place: an event only when both countries are known
 *                    and differ (a journey the text only implies: "the Algerian minister is in Damascus")
 * @param tense       the tense of every event the rule states, whatever the trigger's own tense, or null
 *                    ("invited X for talks": the talks an invitation asks for are still to come)
 */
public record EventRule(String id, String eventType, Set<String> lemmas, List<List<String>> phrases, Set<String> pos,
                        TokenPattern pattern, List<TokenPattern> unless, int unlessWindow, List<TokenPattern> unlessTied,
                        List<TokenPattern> requireInSentence, List<TokenPattern> requireInContext, Map<String, RoleSpec> roles, List<String> required,
                        double confidence, java.util.Set<dev.eventex.api.Tense> rejectTenses,
                        java.util.Set<dev.eventex.api.Tense> requireTenses, String source, List<String> awayFrom,
                        List<String> requireAway, dev.eventex.api.Tense tense) {

    public EventRule {
        lemmas = Set.copyOf(lemmas);
        phrases = List.copyOf(phrases);
        pos = Set.copyOf(pos);
        unless = List.copyOf(unless);
        unlessTied = List.copyOf(unlessTied);
        requireInSentence = List.copyOf(requireInSentence);
        requireInContext = List.copyOf(requireInContext);
        roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
        required = List.copyOf(required);
        rejectTenses = Set.copyOf(rejectTenses);
        requireTenses = Set.copyOf(requireTenses);
        awayFrom = List.copyOf(awayFrom);
        requireAway = List.copyOf(requireAway);
    }

    /** A rule without country constraints. */
    public EventRule(String id, String eventType, Set<String> lemmas, List<List<String>> phrases, Set<String> pos,
                     TokenPattern pattern, List<TokenPattern> unless, int unlessWindow,
                     List<TokenPattern> requireInSentence, List<TokenPattern> requireInContext, Map<String, RoleSpec> roles,
                     List<String> required, double confidence, Set<dev.eventex.api.Tense> rejectTenses,
                     Set<dev.eventex.api.Tense> requireTenses, String source) {
        this(id, eventType, lemmas, phrases, pos, pattern, unless, unlessWindow, List.of(), requireInSentence, requireInContext, roles, required,
                confidence, rejectTenses, requireTenses, source, List.of(), List.of(), null);
    }
}
