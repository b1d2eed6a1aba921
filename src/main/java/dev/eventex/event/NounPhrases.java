package dev.eventex.event;

import static dev.eventex.event.TitledNames.appositive;
import static dev.eventex.event.TitledNames.isTitleComplement;
import static dev.eventex.internal.Lexicons.CLAUSE_OPENERS;
import static dev.eventex.internal.Lexicons.CLAUSE_STOPS;
import static dev.eventex.internal.Lexicons.HELP_VERBS;
import static dev.eventex.internal.Lexicons.IRREGULAR_PARTICIPLES;
import static dev.eventex.internal.Lexicons.PREPOSITIONS;
import static dev.eventex.internal.Lexicons.REPORTING_VERBS;
import static dev.eventex.internal.Lexicons.SETTLEMENT_NOUNS;

import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.text.Token;
import java.util.Set;

/**
 * Walks the noun phrases of a sentence for the finders: whether a mention stands inside a
 * prepositional phrase or a dateline, modifies another word, opens a clause, and the first
 * acceptable argument of a phrase. Stateless; each method reads one sentence.
 */
final class NounPhrases {

    private NounPhrases() {
    }

    /** "BEIRUT, March 3 (Agency) -": a place in capitals opening the sentence is a dateline, not an actor. */
    static boolean isDateline(SentenceContext ctx, EntityMention m) {
        if (m.tokens().start() > 1 || m.type() != EntityType.LOCATION) {
            return false;
        }
        String t = m.text();
        return t.equals(t.toUpperCase(java.util.Locale.ROOT)) && t.chars().anyMatch(Character::isLetter) && setOff(ctx, m);
    }

    /**
     * A dateline is set off from the report by a mark ("OSLO, March 4", "RIYADH:", "LIMA.-") or
     * ends the sentence; "US donated" and "UAE sent" open with a country's initials as the subject.
     */
    private static boolean setOff(SentenceContext ctx, EntityMention m) {
        int after = m.tokens().end();
        if (after >= ctx.size() || !Character.isLetterOrDigit(m.text().charAt(m.text().length() - 1))) {
            return true;
        }
        return !Character.isLetterOrDigit(ctx.token(after).text().charAt(0));
    }

    static boolean precededByPreposition(SentenceContext ctx, EntityMention m) {
        int p = m.tokens().start() - 1;
        while (p >= 0 && (ctx.token(p).lower().equals("the") || ctx.token(p).pos().equals("ADJ"))) {
            p--;
        }
        return p >= 0 && ctx.words(PREPOSITIONS).contains(ctx.token(p).lower());
    }

    static boolean namedPersonEndsAt(SentenceContext ctx, int i) {
        EntityMention m = ctx.outer[i];
        return m != null && m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME && m.tokens().end() == i + 1;
    }

    /**
     * A description between {@code from} and {@code to}: no verb of its own, no person named in
     * it, and not opened by a conjunction ("X, and her counterpart, Y, met" lists two people).
     */
    static boolean noVerb(SentenceContext ctx, int from, int to) {
        if (ctx.token(from).pos().equals("CCONJ")) {
            return false;
        }
        for (int i = from; i < to; i++) {
            EntityMention m = ctx.outer[i];
            if (m == null && ctx.token(i).isVerbLike() || m != null && m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME) {
                return false;
            }
        }
        return true;
    }

    /** "chairman of the Southern Trade Union (STU)": the name completes a noun before "of" (its acronym too). */
    static boolean ofComplement(SentenceContext ctx, EntityMention m) {
        int p = m.tokens().start() - 1;
        while (p >= 0 && (ctx.token(p).lower().equals("the") || ctx.token(p).pos().equals("ADJ"))) {
            p--;
        }
        return p >= 0 && ctx.token(p).lower().equals("of");
    }

    /** "a delegation-level meeting", "a Kenya-based firm": a mention glued by a hyphen to the next word modifies it. */
    static boolean compoundModifier(SentenceContext ctx, EntityMention m) {
        int k = m.tokens().end();
        return k + 1 < ctx.size() && ctx.token(k).text().equals("-") && ctx.token(k).start() == ctx.token(k - 1).end()
                && ctx.token(k + 1).start() == ctx.token(k).end() && ctx.outer[k + 1] == null;
    }

    /**
     * A place named as the modifier of what follows it, no party of its own, where an actor is looked
     * for: "with U.S. President X", "with the Central African Prime Minister", "with Kenya and Uganda
     * officials", "his Iranian and Ruritanian counterparts". It is so when a noun, a capitalised adjective or
     * a name follows it, also after the places it is listed with.
     * Asked only where a role lists the parties of an event and its finder looks for people too ({@code types}
     * has a person besides the place): there an office or a group the place modifies is the party.
     */
    static boolean placeModifier(SentenceContext ctx, EntityMention m, Set<String> types) {
        if (m.type() != EntityType.LOCATION || m.kind() != MentionKind.NAME || !types.contains("PERSON")) {
            return false;
        }
        int end = m.tokens().end();
        for (int guard = 0; guard < 6 && end < ctx.size(); guard++) {
            Token next = ctx.token(end);
            EntityMention at = ctx.outer[end];
            if (at != null && at.type() == EntityType.LOCATION && at.kind() == MentionKind.NAME && end > m.tokens().end()) {
                end = at.tokens().end(); // "Kenya and Uganda officials": the list's last place tells
                continue;
            }
            EntityMention listed = end + 1 < ctx.size() ? ctx.outer[end + 1] : null;
            if (at == null && (next.lower().equals("and") || next.text().equals(",")) && listed != null && listed.tokens().start() == end + 1
                    && (listed.type() == EntityType.LOCATION || listed.kind() == MentionKind.GROUP && ctx.token(end + 1).isCapitalized()
                    && !ctx.token(end + 1).pos().equals("DET") && ctx.token(listed.tokens().end() - 1).isCapitalized())) {
                // "Kenya and Uganda officials"; "A and B Presidents", an office of both in title case (not "A and B
                // negotiators", where the group may be the other side)
                end++;
                continue;
            }
            if (at != null) {
                return at.type() != EntityType.DATE && at.tokens().start() == end && at != m;
            }
            return next.pos().equals("NOUN") || next.pos().equals("PROPN") || next.isCapitalized() && next.pos().equals("ADJ");
        }
        return false;
    }

    /** "met with visiting President X", "received the outgoing envoy Y": a participle before a name describes it. */
    static boolean participleModifier(SentenceContext ctx, int i, Finder f) {
        Token t = ctx.token(i);
        if (!t.pos().equals("VERB") || !t.lower().endsWith("ing") || i == 0 || i + 1 >= ctx.size()) {
            return false;
        }
        Token prev = ctx.token(i - 1);
        Token next = ctx.token(i + 1);
        boolean opens = f.words().contains(prev.lower()) || prev.pos().equals("DET") || ctx.outer[i - 1] == null && prev.isVerbLike();
        return opens && (ctx.outer[i + 1] != null || next.isCapitalized() && !next.isPunct());
    }

    static boolean firstAfter(SentenceContext ctx, int tEnd, EntityMention m, Finder f) {
        int p = m.tokens().start() - 1;
        if (p >= 2 && ctx.token(p).lower().equals("of") && ctx.words(SETTLEMENT_NOUNS).contains(ctx.token(p - 1).lower())) {
            int from = p - 2;
            while (from >= tEnd && from >= p - 5 && !ctx.token(from).pos().equals("DET")) {
                from--;
            }
            if (from >= tEnd && from >= p - 5 && settlementAhead(ctx, from + 1) == p - 1) {
                p = from; // "toured the resort city of X": the words describing the place are no other phrase
            }
        }
        while (p >= tEnd && (ctx.token(p).lower().equals("the") || ctx.token(p).pos().equals("ADJ")
                || ctx.token(p).pos().equals("PROPN") && ctx.outer[p] == null // a demonym tagged as a name: "the Peruvian city of"
                || ctx.token(p).pos().equals("ADV") || f.words().contains(ctx.token(p).lower())
                || ctx.outer[p] != null && ctx.outer[p].type() == EntityType.DATE)) { // "met this Thursday with X"
            p--;
        }
        return p < tEnd;
    }

    /**
     * Skips a description in apposition between two listed names: "X, director of the national
     * archive, and Y" continues at ", and Y". Returns {@code i} when there is none.
     */
    static int skipDescription(SentenceContext ctx, int i) {
        if (i + 1 >= ctx.size() || !ctx.token(i).text().equals(",") || !Character.isLowerCase(ctx.token(i + 1).text().charAt(0))
                || ctx.token(i + 1).lower().equals("and") || ctx.outer[i + 1] != null) {
            return i;
        }
        for (int k = i + 1; k < Math.min(ctx.size() - 1, i + 12); k++) {
            Token t = ctx.token(k);
            if (ctx.outer[k] == null && (t.isVerbLike() || ctx.words(CLAUSE_STOPS).contains(t.lower()) || t.text().equals("."))) {
                return i;
            }
            if (t.text().equals(",") && ctx.token(k + 1).lower().equals("and")) {
                return k;
            }
        }
        return i;
    }

    /** Skips an acronym or aside in parentheses: "the Argentine Industrial Union (UIA)". */
    static int skipParenthesis(SentenceContext ctx, int i) {
        if (i < ctx.size() && ctx.token(i).text().equals("(")) {
            for (int k = i + 1; k < Math.min(ctx.size(), i + 8); k++) {
                if (ctx.token(k).text().equals(")")) {
                    return k + 1;
                }
            }
        }
        return i;
    }

    /**
     * Where a noun's modifiers start when a comma joins two of them ("a four-day, three-nation tour",
     * "a long, difficult trip"): the comma's index, so that walks back to the noun's verb or subject
     * pass it as one phrase. Returns {@code i} when no such comma stands before the noun.
     */
    static int modifiersBeforeComma(SentenceContext ctx, int i) {
        int start = i;
        for (int k = i - 1; k > 0; k--) {
            Token t = ctx.token(k);
            if (t.text().equals(",")) {
                if (k + 1 < i && modifierWord(ctx, k - 1) && modifierWord(ctx, k + 1) && !ctx.token(k + 1).pos().equals("NOUN")) {
                    start = k;
                    continue;
                }
                break;
            }
            if (!modifierWord(ctx, k)) {
                break;
            }
        }
        return start;
    }

    /** A modifier word before a head noun: an adjective, a number, a hyphen, or a noun joined by a hyphen ("-day", "nation" in "three-nation"). */
    private static boolean modifierWord(SentenceContext ctx, int k) {
        if (ctx.outer[k] != null && !(ctx.outer[k].kind() == MentionKind.VALUE && ctx.outer[k].type() == EntityType.QUANTITY)) {
            return false; // a name is no modifier here; a number the value rules read ("three" in "three-nation") is
        }
        Token t = ctx.token(k);
        String pos = t.pos();
        if (pos.equals("ADJ") || pos.equals("NUM") || t.text().equals("-") || t.text().startsWith("-")) {
            return true;
        }
        return pos.equals("NOUN") && k > 0 && (ctx.token(k - 1).text().equals("-") || ctx.token(k - 1).text().endsWith("-"));
    }

    /** A word that may stand inside a noun phrase before its head: modifiers, names, numbers, hyphens. */
    static boolean nounPhraseWord(Token t) {
        String pos = t.pos();
        return pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM") || t.text().equals("-");
    }

    /**
     * The first acceptable argument of the phrase starting at {@code j}: skips possessors
     * ("Chile's National Forest Corporation" gives the corporation) and mentions of other
     * types inside the phrase, and stops at the next verb or clause.
     */
    static Arg firstInPhrase(SentenceContext ctx, String text, int j, Set<String> types) {
        return firstInPhrase(ctx, text, j, types, false);
    }

    /**
     * As {@link #firstInPhrase(SentenceContext, String, int, Set)}; with {@code parties} (a role listing the
     * parties of an event) a place that only modifies what follows it is passed over ({@link #placeModifier}).
     */
    static Arg firstInPhrase(SentenceContext ctx, String text, int j, Set<String> types, boolean parties) {
        int limit = Math.min(ctx.size(), j + 16);
        if (j < ctx.size() && ctx.token(j).pos().equals("VERB") && ctx.words(HELP_VERBS).contains(ctx.token(j).lemma())) {
            j++; // "a grant to help Senegal ..."
        }
        int phraseStart = j;
        while (j < limit) {
            Token t = ctx.token(j);
            EntityMention m = ctx.outer[j];
            int kind = m == null && j > phraseStart && (t.isVerbLike() || t.pos().equals("ADP") && !t.lower().equals("of"))
                    ? settlementAhead(ctx, j) : -1;
            if (kind >= j) {
                j = kind + 1; // "the mining hub town of X", "the embattled city of X": words describing the place, no verb
                continue;
            }
            if (m == null && (t.isVerbLike() || ctx.words(CLAUSE_STOPS).contains(t.lower()) || t.text().equals(".") || t.text().equals(";"))) {
                return null;
            }
            if (m == null && j > phraseStart && t.pos().equals("ADP") && !t.lower().equals("of")) {
                return null; // "in Australia's smallest town, 800 km from Brisbane": another phrase begins
            }
            if (m == null) {
                j++;
                continue;
            }
            int after = m.tokens().end();
            boolean possessor = after < ctx.size() && ctx.token(after).isPossessive()
                    || m.kind() == MentionKind.PRONOUN && isDeterminerPronoun(ctx, m);
            // "by the Speaker of the Grand National Assembly of Turkey, Mehmet Ali Kaya": the assembly
            // only completes the title; the argument is the person named after it
            boolean complement = isTitleComplement(ctx, phraseStart, j);
            if (j > phraseStart && ctx.token(j - 1).text().equals(",") && after < ctx.size() && ctx.token(after).pos().equals("VERB")
                    && ctx.words(REPORTING_VERBS).contains(ctx.token(after).lemma())) {
                return null; // "supplies to a nursing home, Ana Velor said": the name opens the reporting clause
            }
            if (!possessor && !complement) {
                for (EntityMention cand : new EntityMention[] {m, ctx.inner[j]}) {
                    if (cand == null) {
                        continue;
                    }
                    Arg a = ctx.arg(appositive(ctx, cand), text);
                    if (a != null && SentenceContext.accepts(a, types) && !(parties && a.type().equals("LOCATION") && placeModifier(ctx, cand, types))) {
                        return a;
                    }
                }
            }
            j = after;
        }
        return null;
    }

    /**
     * "the resort city of X", "the mining hub town of X": the index of the kind of place right before
     * "of", at {@code j} or at most three words after it, in a phrase opened by an article at most three
     * words before {@code j}, with no entity or punctuation in it; else -1. The tagger takes such
     * modifiers, and the kind of place itself, for verbs or prepositions; asked only where one stops a phrase.
     */
    static int settlementAhead(SentenceContext ctx, int j) {
        int k = j;
        while (k < Math.min(ctx.size() - 1, j + 4) && !(ctx.words(SETTLEMENT_NOUNS).contains(ctx.token(k).lower())
                && ctx.token(k + 1).lower().equals("of"))) {
            if (ctx.outer[k] != null || ctx.token(k).isPunct() || ctx.token(k).pos().equals("DET") || ctx.token(k).pos().equals("AUX")) {
                return -1;
            }
            k++;
        }
        if (k >= Math.min(ctx.size() - 1, j + 4) || ctx.outer[k] != null) {
            return -1;
        }
        int b = j - 1;
        while (b >= 0 && b >= j - 3 && ctx.outer[b] == null && !ctx.token(b).isPunct() && !ctx.token(b).pos().equals("DET")) {
            b--;
        }
        return b >= 0 && b >= j - 3 && ctx.outer[b] == null && ctx.token(b).pos().equals("DET") ? k : -1;
    }

    /** A verb that opens another clause ("before returning", "that will take her"), not a participle modifier. */
    static boolean startsClause(SentenceContext ctx, int i) {
        Token t = ctx.token(i);
        if (ctx.outer[i] != null) {
            return false;
        }
        if (t.pos().equals("AUX")) {
            return true;
        }
        if (!t.pos().equals("VERB") || t.lower().endsWith("ed") || t.lower().equals("including")
                || ctx.words(IRREGULAR_PARTICIPLES).contains(t.lower()) || i == 0) {
            return false;
        }
        // the tagger calls some nouns verbs ("maize seed"); a clause opens after a subordinator or "to"
        String prev = ctx.token(i - 1).lower();
        return ctx.words(CLAUSE_OPENERS).contains(prev) || ctx.token(i - 1).pos().equals("PRON");
    }

    static boolean onlyDeterminers(SentenceContext ctx, int from, int to) {
        for (int i = from; i < to; i++) {
            String p = ctx.token(i).pos();
            if (!p.equals("DET") && !p.equals("ADJ")) {
                return false;
            }
        }
        return true;
    }

    /** "her counterpart": a possessive pronoun before a noun phrase determines it; it is not the argument. */
    static boolean isDeterminerPronoun(SentenceContext ctx, EntityMention m) {
        String w = m.text().toLowerCase(java.util.Locale.ROOT);
        int next = m.tokens().end();
        return (w.equals("his") || w.equals("her")) && next < ctx.size()
                && (ctx.token(next).pos().equals("ADJ") || ctx.token(next).pos().equals("NOUN") || ctx.token(next).pos().equals("PROPN"));
    }
}
