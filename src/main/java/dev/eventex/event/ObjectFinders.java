package dev.eventex.event;

import static dev.eventex.event.Coordinations.GROUP_PLACE;
import static dev.eventex.event.Coordinations.listFrom;
import static dev.eventex.event.NounPhrases.firstAfter;
import static dev.eventex.event.NounPhrases.firstInPhrase;
import static dev.eventex.event.NounPhrases.isDeterminerPronoun;
import static dev.eventex.event.NounPhrases.participleModifier;
import static dev.eventex.event.NounPhrases.precededByPreposition;
import static dev.eventex.event.NounPhrases.startsClause;
import static dev.eventex.event.PlaceFinders.place;
import static dev.eventex.event.TitledNames.appositive;
import static dev.eventex.event.TitledNames.namedMembers;
import static dev.eventex.event.TitledNames.titledName;
import static dev.eventex.internal.Lexicons.AUXILIARY_LEMMAS;
import static dev.eventex.internal.Lexicons.CLAUSE_STOPS;
import static dev.eventex.internal.Lexicons.CONNECTIVE_LEADS;
import static dev.eventex.internal.Lexicons.DETERMINERS;
import static dev.eventex.internal.Lexicons.MODIFIER_NOUNS;
import static dev.eventex.internal.Lexicons.NON_RECEIVER_HEADS;
import static dev.eventex.internal.Lexicons.RECEIVER_PLACE_NOUNS;
import static dev.eventex.internal.Lexicons.TITLE_JOINERS;

import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the arguments after the trigger: its object, the argument or the noun phrase after a
 * preposition, and the argument of a phrase ("on behalf of"). Stateless; each method reads one
 * sentence.
 */
final class ObjectFinders {

    private ObjectFinders() {
    }

    static List<Arg> object(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        int tEnd = match.tEnd();
        Set<String> types = match.types(spec, f);
        int i = tEnd;
        // particles and the allowed prepositions right after the verb ("met with", "handed over")
        while (i < ctx.size() && (f.words().contains(ctx.token(i).lower()) || ctx.token(i).pos().equals("ADV")
                || ctx.token(i).pos().equals("PART"))) {
            i++;
        }
        int limit = Math.min(ctx.size(), tEnd + f.maxDistance());
        int officeWords = 0;
        boolean inOffice = false;
        while (i < limit) {
            Token t = ctx.token(i);
            if (ctx.words(CLAUSE_STOPS).contains(t.lower()) || t.text().equals(".") || (t.isVerbLike() && i > tEnd && ctx.outer[i] == null
                    && !participleModifier(ctx, i, f) && NounPhrases.settlementAhead(ctx, i) < 0) || t.text().equals("\u201D") || t.text().equals("\"")) {
                return List.of(); // a closing quote ends the clause the trigger is in
            }
            EntityMention m = ctx.outer[i];
            if (m == null && t.pos().equals("DET")) {
                // "visited the former rebel stronghold of X": the words describing the kind of place take none of
                // the distance the finder allows; the name after "of" is still within reach
                int kind = NounPhrases.settlementAhead(ctx, i + 1);
                if (kind >= 0) {
                    limit = Math.max(limit, Math.min(ctx.size(), kind + 3));
                }
            }
            inOffice = m == null && t.isCapitalized() && !t.isVerbLike() || inOffice && officeContinues(ctx, i);
            if (inOffice && officeWords < Coordinations.TITLE_SPAN) {
                // "received Ambassador Extraordinary and Plenipotentiary of Elbonia to Ruritania Lena Moor": the office
                // written before the name takes none of the distance the finder allows
                officeWords++;
                limit = Math.min(ctx.size(), limit + 1);
            }
            if (m != null) {
                if (m.type() == EntityType.DATE || (precededByPreposition(ctx, m) && !firstAfter(ctx, tEnd, m, f))) {
                    i = m.tokens().end();
                    continue;
                }
                boolean possessor = m.tokens().end() < ctx.size() && ctx.token(m.tokens().end()).isPossessive()
                        || m.kind() == MentionKind.PRONOUN && isDeterminerPronoun(ctx, m);
                Arg a = possessor ? null : ctx.arg(appositive(ctx, titledName(ctx, m)), text);
                if (a != null && SentenceContext.accepts(a, types)) {
                    Arg named = m.kind() == MentionKind.GROUP ? namedMembers(ctx, text, m, types) : null;
                    return listFrom(ctx, text, named != null ? named : a, types, f.list());
                }
                i = m.tokens().end();
                continue;
            }
            i++;
        }
        return List.of();
    }

    /**
     * The office begun before {@code i} goes on: a capitalised word, a joiner ("of", "and" inside a
     * title), "to" before a place ("Ambassador of A to B"), or the place or body it names.
     */
    private static boolean officeContinues(SentenceContext ctx, int i) {
        Token t = ctx.token(i);
        EntityMention m = ctx.outer[i];
        if (m != null) {
            return m.type() != EntityType.PERSON && m.type() != EntityType.DATE;
        }
        return t.isCapitalized() || ctx.words(TITLE_JOINERS).contains(t.lower()) || t.lower().equals("and")
                && i + 1 < ctx.size() && ctx.outer[i + 1] == null && ctx.token(i + 1).isCapitalized() || t.lower().equals("to") && i + 1 < ctx.size()
                && ctx.outer[i + 1] != null && ctx.outer[i + 1].type() == EntityType.LOCATION;
    }

    static List<Arg> afterPrep(MatchContext match, RoleSpec spec, Finder f, boolean forward) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        int from = forward ? match.tEnd() : match.tStart();
        Set<String> types = match.types(spec, f);
        int dist = 0;
        int i = forward ? from : from - 1;
        int adjunctsEnd = from; // where the run of the trigger's own adjuncts (dates, places) ends so far
        while (i >= 0 && i < ctx.size() && dist < f.maxDistance()) {
            Token t = ctx.token(i);
            if (forward && t.text().equals("\u2014")) {
                // "a visit\u2014six months after taking office\u2014to China": the aside between dashes is skipped
                int close = i + 1;
                while (close < ctx.size() && close < i + 15 && !ctx.token(close).text().equals("\u2014")) {
                    close++;
                }
                if (close < ctx.size() && ctx.token(close).text().equals("\u2014")) {
                    i = close + 1;
                    dist++;
                    continue;
                }
            }
            int pastDate = forward && i == adjunctsEnd && !f.words().contains(t.lower()) ? pastDate(ctx, i) : -1;
            if (pastDate > i) {
                // "meetings Saturday, with X", "a news conference Monday in Lima alongside X": the dates and places right
                // after the trigger, with their prepositions and a comma after them, are one step together
                dist += i == from ? 1 : 0;
                i = pastDate;
                adjunctsEnd = pastDate;
                continue;
            }
            if (forward && (ctx.words(CLAUSE_STOPS).contains(t.lower()) || startsClause(ctx, i) && i > from)) {
                return List.of(); // "the trip, before returning to Nairobi": another verb's complement
            }
            if (forward && t.lower().equals("from") && !f.words().contains("from")) {
                int after = originPhraseEnd(ctx, i);
                if (after > i) {
                    // "travelled from his ranch in Tarvo to the capital": the place locates the origin, not the goal
                    dist++;
                    i = after;
                    continue;
                }
            }
            if (f.words().contains(t.lower()) && !connective(ctx, i)) {
                // "between A and B officials": the two sides, the preposition that pairs its objects
                List<Arg> sides = forward && t.lower().equals("between") ? Coordinations.placeSides(ctx, text, i + 1, types) : List.of();
                if (!sides.isEmpty()) {
                    return sides;
                }
                boolean parties = spec.value() == RoleSpec.ValueKind.ARGUMENTS;
                Arg a = firstInPhrase(ctx, text, i + 1, types, parties);
                if (a != null) {
                    return listFrom(ctx, text, a, types, f.list(), parties);
                }
                int past = forward && t.lower().equals("to") ? pastPurpose(ctx, i + 1) : -1;
                if (past > 0 && f.words().contains(ctx.token(past).lower())) {
                    // "syrup to fight measles (MV) to the Ministry": the purpose is skipped, the phrase after it taken
                    dist += past - i;
                    i = past;
                    continue;
                }
            }
            i += forward ? 1 : -1;
            dist++;
        }
        return List.of();
    }

    /**
     * For an adjunct of the trigger at {@code i}: a date (or "on" before one) or a place after "in" or "at" ("talks
     * in Lima with X"): the index past it and past a comma right after it; -1 when none starts at {@code i}. The caller
     * passes over it only when its preposition is not one the finder looks for.
     */
    private static int pastDate(SentenceContext ctx, int i) {
        int s = i;
        String w = ctx.token(s).lower();
        boolean place = w.equals("in") || w.equals("at");
        if ((place || w.equals("on")) && s + 1 < ctx.size()) {
            s++;
        }
        if (place && s + 1 < ctx.size() && ctx.token(s).lower().equals("the")) {
            s++;
        }
        EntityMention d = ctx.outer[s];
        if (d == null || d.type() != (place ? EntityType.LOCATION : EntityType.DATE) || d.tokens().start() != s) {
            return -1;
        }
        int e = d.tokens().end();
        return e < ctx.size() && ctx.token(e).text().equals(",") ? e + 1 : e;
    }

    /**
     * True when the mention lies in a described origin after {@code from} ("from his home in
     * Tarvo"): the place the journey started from, not where it went.
     */
    static boolean inOrigin(SentenceContext ctx, int from, EntityMention m) {
        for (int k = from; k < m.tokens().start() && k < ctx.size(); k++) {
            if (ctx.token(k).lower().equals("from") && originPhraseEnd(ctx, k) > m.tokens().start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * For "from" at {@code from} opening a described origin ("from his home in Tarvo", "from a base
     * near X"): the index just past the place that locates it; -1 for "from Tarvo", whose
     * place is the origin itself and ends the phrase.
     */
    static int originPhraseEnd(SentenceContext ctx, int from) {
        int j = from + 1;
        if (j >= ctx.size() || ctx.outer[j] != null && ctx.outer[j].kind() != MentionKind.PRONOUN
                || !ctx.words(DETERMINERS).contains(ctx.token(j).lower())) {
            return -1;
        }
        j++;
        while (j < ctx.size() && j < from + 6 && ctx.outer[j] == null
                && (ctx.token(j).pos().equals("NOUN") || ctx.token(j).pos().equals("ADJ"))) {
            j++;
        }
        if (j == from + 2 || j >= ctx.size() || !(ctx.token(j).lower().equals("in") || ctx.token(j).lower().equals("at")
                || ctx.token(j).lower().equals("near"))) {
            return -1;
        }
        j++;
        while (j < ctx.size() && ctx.outer[j] == null && j < from + 10 && !ctx.token(j).text().equals(",")) {
            j++;
        }
        if (j >= ctx.size() || ctx.outer[j] == null) {
            return -1;
        }
        EntityMention m = ctx.outer[j];
        while (j < ctx.size() && ctx.outer[j] == m) {
            j++;
        }
        return j;
    }

    /**
     * True when the preposition at {@code i} closes a fixed connective ("according to the
     * ministry", "thanks to donors"): it introduces no role of the event.
     */
    static boolean connective(SentenceContext ctx, int i) {
        return i > 0 && ctx.words(CONNECTIVE_LEADS).contains(ctx.token(i - 1).lower());
    }

    /**
     * After a purpose infinitive that starts at {@code v} ("to fight measles (MV)"), the
     * index of the token that follows its object; -1 when {@code v} starts no such phrase.
     */
    static int pastPurpose(SentenceContext ctx, int v) {
        if (v >= ctx.size() || !ctx.token(v).pos().equals("VERB") || ctx.outer[v] != null
                || !ctx.token(v).lower().equals(ctx.token(v).lemma())) {
            return -1;
        }
        int j = v + 1;
        while (j < ctx.size() && j < v + 10) {
            Token t = ctx.token(j);
            String p = t.pos();
            if (ctx.outer[j] != null || p.equals("NOUN") || p.equals("ADJ") || p.equals("DET") || p.equals("NUM") || p.equals("PROPN")
                    || t.text().equals("(") || t.text().equals(")") || t.lower().equals("of")) {
                j++;
            } else {
                break;
            }
        }
        return j > v + 1 && j < ctx.size() ? j : -1;
    }

    /**
     * The noun phrase after one of the prepositions, as written, when it names no entity:
     * "to the management of the Seme-Krake border post", "to twelve rural schools".
     */
    static List<Arg> afterPhrase(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        int from = match.tEnd();
        for (int i = from; i < Math.min(ctx.size() - 1, from + f.maxDistance()); i++) {
            Token t = ctx.token(i);
            if (ctx.words(CLAUSE_STOPS).contains(t.lower()) || startsClause(ctx, i) && i > from) {
                return List.of();
            }
            if (!f.words().contains(t.lower()) || connective(ctx, i)) {
                continue;
            }
            int s = i + 1;
            if (i == from && verbInfinitive(ctx, s)) {
                continue; // "pledged to undertake 10 projects": the verb's own infinitive, a receiver may follow it
            }
            if (infinitiveWithObject(ctx, s)) {
                return List.of(); // "$3 million to strengthen Elbonia's schools": a purpose, no receiver
            }
            int e = s;
            while (e < ctx.size() && (ctx.token(e).pos().equals("DET") && (e == s || ctx.token(e - 1).lower().equals("of"))
                    || ctx.token(e).pos().equals("VERB") && (ctx.token(e).lower().endsWith("ed") || ctx.token(e).lower().endsWith("ing"))
                    && e + 1 < ctx.size()
                    && (ctx.token(e + 1).pos().equals("NOUN") || ctx.token(e + 1).pos().equals("ADJ"))
                    || ctx.token(e).pos().equals("ADJ")
                    || ctx.token(e).pos().equals("NOUN") || ctx.token(e).pos().equals("PROPN") || ctx.token(e).pos().equals("NUM")
                    || ctx.token(e).text().equals("-") || ctx.token(e).isPossessive()
                    || adjectiveAnd(ctx, s, e)
                    || modifierNoun(ctx, e)
                    || ctx.token(e).lower().equals("of") && e + 1 < ctx.size() && !ctx.token(e + 1).isPunct())) {
                e++;
            }
            while (e > s && (ctx.token(e - 1).lower().equals("of") || ctx.token(e - 1).pos().equals("DET"))) {
                e--;
            }
            boolean hasNoun = false;
            boolean named = false;
            for (int k = s; k < e; k++) {
                hasNoun |= ctx.token(k).pos().equals("NOUN") || ctx.token(k).pos().equals("PROPN");
                named |= ctx.token(k).isCapitalized() && k > s;
            }
            String head = e > s ? ctx.token(e - 1).lower() : "";
            // a receiving party: a name, a plural ("twelve schools", "flood-affected households") or a group noun
            boolean plural = head.endsWith("s") && head.length() > 3 || ctx.token(e - 1).pos().equals("NOUN")
                    && !ctx.token(e - 1).lemma().equals(head); // "children", "people"
            boolean inPlace = e + 1 < ctx.size() && ctx.token(e).lower().equals("in") && ctx.inner[e + 1] != null
                    && ctx.inner[e + 1].type() == EntityType.LOCATION && ctx.inner[e + 1].tokens().start() == e + 1;
            // "to a wildlife sanctuary in A": one receiver described by its kind and its place, named or not; a
            // definite one ("to the institution in A") refers back to a receiver named before, which it does not name
            boolean described = inPlace && (ctx.token(s).lower().equals("a") || ctx.token(s).lower().equals("an")) && e - s >= 2;
            // "aid for the region", "to the quake-hit country": a definite place noun refers to the place the text is about
            boolean definitePlace = ctx.token(s).lower().equals("the") && e - s >= 2 && ctx.words(RECEIVER_PLACE_NOUNS).contains(head);
            // "for relief efforts", "for reconstruction projects": what the money is for, no receiver (a place after it is
            // one); "to relief programs" names where the money goes, as the receiver
            boolean purpose = t.lower().equals("for") && plural && !named && !inPlace && ctx.words(NON_RECEIVER_HEADS).contains(head);
            if (!hasNoun || purpose || !(named || plural || described || definitePlace || ctx.token(s).isCapitalized())) {
                return List.of();
            }
            boolean placed = false;
            if (inPlace) {
                e = ctx.inner[e + 1].tokens().end(); // "families in Gaza": the place tells which ones
                placed = true;
            }
            int cs = ctx.token(s).start();
            int ce = ctx.token(e - 1).end();
            List<Arg> out = new ArrayList<>();
            out.add(new Arg(text.substring(cs, ce), cs, ce, null, null, "ORGANIZATION"));
            // "schools in A, B and C": the same kind of receiver in each listed place ("in A, Ghana" names one)
            boolean closed = false;
            for (int k = e; placed && k < ctx.size(); ) {
                int j = k;
                boolean and = false;
                while (j < ctx.size() && (ctx.token(j).text().equals(",") || ctx.token(j).lower().equals("and"))) {
                    and |= ctx.token(j).lower().equals("and");
                    j++;
                }
                EntityMention place = j > k && j < ctx.size() ? ctx.inner[j] : null;
                if (place == null || place.type() != EntityType.LOCATION || place.kind() != MentionKind.NAME || place.tokens().start() != j
                        || !and && "country".equals(place.attribute("gaz"))) {
                    break;
                }
                Arg a = ctx.arg(place, text);
                out.add(new Arg(a.text(), a.start(), a.end(), a.mention(), a.entity(), GROUP_PLACE));
                closed = and;
                k = place.tokens().end();
            }
            return closed ? out : out.subList(0, 1);
        }
        return List.of();
    }

    /**
     * Whether the lower-case word at {@code s}, after "to", is a verb with its object, whatever the tagger
     * read: a determiner or a possessive name right after a common noun opens no noun phrase of its own
     * ("to strengthen the schools", "to improve Elbonia's roads").
     */
    static boolean infinitiveWithObject(SentenceContext ctx, int s) {
        if (s + 1 >= ctx.size() || ctx.outer[s] != null || ctx.token(s).isCapitalized()
                || !(ctx.token(s).pos().equals("NOUN") || ctx.token(s).pos().equals("VERB"))) {
            return false;
        }
        Token next = ctx.token(s + 1);
        if (next.pos().equals("DET")) {
            return true;
        }
        EntityMention owner = ctx.outer[s + 1];
        return owner != null && owner.tokens().start() == s + 1 && owner.tokens().end() < ctx.size()
                && ctx.token(owner.tokens().end()).isPossessive();
    }

    /**
     * A base form at {@code s} right after the trigger's "to" that opens an infinitive: tagged a verb, or
     * a noun before a number or a determiner, as the tagger may read it ("pledged to undertake 10 projects").
     * "donated to flood victims" is not one: a noun follows.
     */
    private static boolean verbInfinitive(SentenceContext ctx, int s) {
        if (s + 1 >= ctx.size() || ctx.outer[s] != null || !ctx.token(s).lower().equals(ctx.token(s).lemma())) {
            return false;
        }
        String next = ctx.token(s + 1).pos();
        return ctx.token(s).pos().equals("VERB") || ctx.token(s).pos().equals("NOUN") && (next.equals("NUM") || next.equals("DET"));
    }

    /**
     * A noun of the modifier-nouns lexicon the tagger read as a verb, right before a noun:
     * "to flood victims" names the receivers, it is not an infinitive.
     */
    static boolean modifierNoun(SentenceContext ctx, int e) {
        return e + 1 < ctx.size() && ctx.token(e).pos().equals("VERB") && ctx.token(e + 1).pos().equals("NOUN")
                && ctx.words(MODIFIER_NOUNS).contains(ctx.token(e).lower());
    }

    /** "and" joining two modifiers of one head: "to 40 health and youth centres". */
    static boolean adjectiveAnd(SentenceContext ctx, int s, int e) {
        return e > s && e + 2 < ctx.size() && ctx.token(e).lower().equals("and")
                && (ctx.token(e - 1).pos().equals("ADJ") || ctx.token(e - 1).pos().equals("NOUN") && ctx.token(e - 1).lemma().equals(ctx.token(e - 1).lower()))
                && modifierWord(ctx, ctx.token(e + 1)) && ctx.token(e + 2).pos().equals("NOUN");
    }

    /** A noun or adjective, also one the tagger misreads as an auxiliary or a name ("welfare", "health"). */
    static boolean modifierWord(SentenceContext ctx, Token t) {
        return t.pos().equals("ADJ") || t.pos().equals("NOUN") || t.pos().equals("PROPN")
                || t.pos().equals("AUX") && t.text().chars().allMatch(Character::isLowerCase) && !ctx.words(AUXILIARY_LEMMAS).contains(t.lemma());
    }

    static List<Arg> phrase(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        Set<String> types = match.types(spec, f);
        for (String p : f.words()) {
            String[] words = p.toLowerCase(java.util.Locale.ROOT).split("\\s+");
            for (int i = 0; i + words.length <= ctx.size(); i++) {
                boolean hit = true;
                for (int k = 0; k < words.length && hit; k++) {
                    hit = ctx.token(i + k).lower().equals(words[k]);
                }
                if (!hit) {
                    continue;
                }
                int j = i + words.length;
                while (j < ctx.size() && j < i + words.length + 3 && ctx.outer[j] == null) {
                    j++;
                }
                if (j < ctx.size() && ctx.outer[j] != null) {
                    Arg a = ctx.arg(ctx.outer[j], text);
                    if (a != null && SentenceContext.accepts(a, types)) {
                        return listFrom(ctx, text, a, types, f.list());
                    }
                }
            }
        }
        return List.of();
    }
}
