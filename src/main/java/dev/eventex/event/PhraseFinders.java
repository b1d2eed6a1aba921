package dev.eventex.event;

import static dev.eventex.internal.Lexicons.AUXILIARY_LEMMAS;
import static dev.eventex.internal.Lexicons.CLAUSE_OPENERS;
import static dev.eventex.internal.Lexicons.CLAUSE_STOPS;
import static dev.eventex.internal.Lexicons.MODIFIER_NOUNS;
import static dev.eventex.internal.Lexicons.DETERMINERS;
import static dev.eventex.internal.Lexicons.HELP_VERBS;
import static dev.eventex.internal.Lexicons.IRREGULAR_PARTICIPLES;
import static dev.eventex.internal.Lexicons.PREPOSITIONS;
import static dev.eventex.internal.Lexicons.RELATIVE_PREPOSITIONS;
import static dev.eventex.internal.Lexicons.REPORTING_VERBS;
import static dev.eventex.internal.Lexicons.SUBJECT_PRONOUNS;
import static dev.eventex.internal.Lexicons.VENUE_NOUNS;

import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the participants of an event in its sentence: the subject left of the trigger
 * (with coordinations, titles and relative clauses), the object, the argument after a
 * preposition, possessors ("his visit", "Tokayev's visit"), phrases ("on behalf of") and
 * appositions ("the Speaker of the Assembly, Neema Kilango"). Stateless; each method reads
 * one sentence.
 */
final class PhraseFinders {

    private PhraseFinders() {
    }

    /** "BEIRUT, March 3 (Agency) -": a place in capitals opening the sentence is a dateline, not an actor. */
    static boolean isDateline(SentenceContext ctx, EntityMention m) {
        if (m.tokens().start() > 1 || m.type() != EntityType.LOCATION) {
            return false;
        }
        String t = m.text();
        return t.equals(t.toUpperCase(java.util.Locale.ROOT)) && t.chars().anyMatch(Character::isLetter);
    }

    static boolean precededByPreposition(SentenceContext ctx, EntityMention m) {
        int p = m.tokens().start() - 1;
        while (p >= 0 && (ctx.token(p).lower().equals("the") || ctx.token(p).pos().equals("ADJ"))) {
            p--;
        }
        return p >= 0 && ctx.words(PREPOSITIONS).contains(ctx.token(p).lower());
    }

    /** The nearest actor left of the trigger that is not inside a prepositional phrase. */
    static Arg subject(SentenceContext ctx, String text, int tStart, Set<String> types) {
        Arg antecedent = relativeAntecedent(ctx, text, tStart, types);
        if (antecedent != null) {
            return antecedent;
        }
        int i = tStart - 1;
        // "The mission, which includes experts from X (UNOWAS), met President Y": skip the relative clause
        int k = i;
        while (k >= 0 && (ctx.token(k).pos().equals("ADV") || ctx.token(k).pos().equals("AUX")
                || ctx.inner[k] != null && ctx.inner[k].type() == EntityType.DATE)) {
            k--;
        }
        int c = k;
        while (c >= 0 && (ctx.token(c).pos().equals("PART") || ctx.token(c).lower().equals("be"))) {
            c--;
        }
        if (c > 0 && ctx.token(c).lower().equals("and") && ctx.outer[c] == null) {
            // "X leads a delegation to Y and will meet Z": the verbs share the subject of the first one
            for (int v = c - 1; v >= 0; v--) {
                if (ctx.token(v).pos().equals("VERB") && ctx.outer[v] == null) {
                    return subject(ctx, text, v, types);
                }
                if (ctx.words(CLAUSE_STOPS).contains(ctx.token(v).lower())) {
                    break;
                }
            }
        }
        if (k > 0 && ctx.token(k).text().equals(",")) {
            for (int j = k - 1; j > 0 && j > k - 40; j--) {
                String w = ctx.token(j).lower();
                if ((w.equals("which") || w.equals("who")) && ctx.token(j - 1).text().equals(",")) {
                    i = j - 2;
                    break;
                }
                if ((w.equals("a") || w.equals("an")) && ctx.token(j - 1).text().equals(",") && j - 2 >= 0 && ctx.outer[j - 2] != null) {
                    i = j - 2; // "X, a senior envoy of the UN Secretary-General, visited": the apposition describes X
                    break;
                }
                if (ctx.token(j - 1).text().equals(",") && j - 2 >= 0 && namedPersonEndsAt(ctx, j - 2) && noVerb(ctx, j, k)) {
                    i = j - 2; // "Ann Lee, Board Member and Chair of the Fund, donated": the titles describe the person
                    break;
                }
                if (ctx.token(j).isVerbLike() && j < k - 1 && ctx.token(j - 1).text().equals(",")) {
                    break;
                }
            }
        }
        while (i >= 0) {
            Token t = ctx.token(i);
            if (ctx.words(CLAUSE_STOPS).contains(t.lower()) && i < tStart - 1) {
                // "X, who met Y" is still X's meeting: only stop when the clause word is not right before the verb
                if (!t.lower().equals("who")) {
                    return null;
                }
            }
            if (t.lower().equals("that") && !t.pos().equals("DET")
                    || ctx.words(REPORTING_VERBS).contains(t.lemma()) && t.pos().equals("VERB") && !ctx.token(tStart).lower().endsWith("ing")) {
                return null; // "He said (that) the shipment was heading to X": the subject is inside the reported clause
            }
            EntityMention m = ctx.outer[i];
            if (m == null && SUBJECT_PRONOUNS.contains(t.lower()) && t.pos().equals("PRON")) {
                return null; // "they met X": a plural or first-person subject names no one here; a name before it is not it
            }
            if (m == null) {
                i--;
                continue;
            }
            int after = m.tokens().end();
            if (after + 1 < tStart && ctx.token(after).isPossessive() && ctx.outer[after + 1] == null) {
                return null; // "Kovacs's sisters met X": the possessed noun is the subject, and it names no entity
            }
            boolean aside = m.tokens().start() > 1 && ctx.token(m.tokens().start() - 1).text().equals("(")
                    && ctx.outer[m.tokens().start() - 2] != null && ofComplement(ctx, ctx.outer[m.tokens().start() - 2]);
            if (!precededByPreposition(ctx, m) && !isDateline(ctx, m) && !compoundModifier(ctx, m) && !aside) {
                Arg a = ctx.arg(namedBefore(ctx, m), text);
                if (a != null && SentenceContext.accepts(a, types)) {
                    return a;
                }
                if (a == null && m.kind() == MentionKind.PRONOUN && ctx.words(SUBJECT_PRONOUNS).contains(m.text().toLowerCase(java.util.Locale.ROOT))) {
                    return null; // "they met X": the subject is there, only not known; an earlier name is not it
                }
            }
            i = m.tokens().start() - 1;
        }
        return null;
    }

    /**
     * "talks between the two leaders, who last met in May": the subject of a clause opened by
     * "who" right before its verb is the party the comma follows, even inside a prepositional
     * phrase. Null when the clause is not such or that party is no actor of the given types.
     */
    static Arg relativeAntecedent(SentenceContext ctx, String text, int tStart, Set<String> types) {
        int k = tStart - 1;
        while (k >= 0 && k >= tStart - 3 && (ctx.token(k).pos().equals("ADV") || ctx.token(k).pos().equals("AUX")
                || ctx.token(k).pos().equals("ADJ") && ctx.outer[k] == null)) {
            k--;
        }
        if (k < 2 || !ctx.token(k).lower().equals("who") || !ctx.token(k - 1).text().equals(",") || ctx.outer[k - 2] == null) {
            return null;
        }
        EntityMention m = ctx.outer[k - 2];
        if (m.tokens().end() != k - 1 || m.kind() == MentionKind.PRONOUN) {
            return null;
        }
        Arg a = ctx.arg(m, text);
        return a != null && SentenceContext.accepts(a, types) ? a : null;
    }

    private static boolean namedPersonEndsAt(SentenceContext ctx, int i) {
        EntityMention m = ctx.outer[i];
        return m != null && m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME && m.tokens().end() == i + 1;
    }

    /**
     * A description between {@code from} and {@code to}: no verb of its own, no person named in
     * it, and not opened by a conjunction ("X, and her counterpart, Y, met" lists two people).
     */
    private static boolean noVerb(SentenceContext ctx, int from, int to) {
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

    /** "Jane Doe, Head of the Projects Department at X, handed over": the description stands for the name before it. */
    static EntityMention namedBefore(SentenceContext ctx, EntityMention m) {
        int k = m.tokens().start() - 1;
        if (m.kind() != MentionKind.NOMINAL || m.type() != EntityType.PERSON || k < 1 || !ctx.token(k).text().equals(",")) {
            return m;
        }
        EntityMention p = ctx.outer[k - 1];
        return p != null && p.type() == EntityType.PERSON && p.kind() == MentionKind.NAME ? p : m;
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

    static List<Arg> object(SentenceContext ctx, String text, int tEnd, Finder f, Set<String> types) {
        int i = tEnd;
        // particles and the allowed prepositions right after the verb ("met with", "handed over")
        while (i < ctx.size() && (f.words().contains(ctx.token(i).lower()) || ctx.token(i).pos().equals("ADV")
                || ctx.token(i).pos().equals("PART"))) {
            i++;
        }
        int limit = Math.min(ctx.size(), tEnd + f.maxDistance());
        while (i < limit) {
            Token t = ctx.token(i);
            if (ctx.words(CLAUSE_STOPS).contains(t.lower()) || t.text().equals(".") || (t.isVerbLike() && i > tEnd && ctx.outer[i] == null
                    && !participleModifier(ctx, i, f)) || t.text().equals("\u201D") || t.text().equals("\"")) {
                return List.of(); // a closing quote ends the clause the trigger is in
            }
            EntityMention m = ctx.outer[i];
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
     * An institution or place that only completes the title of the person named right after it:
     * "Head of the Small Business Agency (SBA) Ana Lee", "Speaker of the Senate of
     * Elbonia Tom Reed" stand for the person.
     */
    static EntityMention titledName(SentenceContext ctx, EntityMention m) {
        boolean title = m.type() == EntityType.PERSON && m.kind() != MentionKind.PRONOUN
                && (m.kind() == MentionKind.NOMINAL || ctx.resolved.entityOf(m) != null && ctx.resolved.entityOf(m).name().contains(" of "));
        if (m.type() == EntityType.PERSON && !title || m.type() != EntityType.PERSON && m.kind() != MentionKind.NAME) {
            return m;
        }
        int k = m.tokens().end();
        int limit = Math.min(ctx.size(), k + 12);
        int b = m.tokens().start();
        // "the Speaker of Kenya's National Assembly, Ann Mwangi": a title's institution may take its holder after a comma
        boolean complement = title || b >= 2 && ctx.token(b - 1).isPossessive()
                && ctx.outer[b - 2] != null && ctx.outer[b - 2].type() == EntityType.PERSON && ctx.outer[b - 2].kind() == MentionKind.NOMINAL
                || b >= 1 && ctx.token(b - 1).lower().equals("of") || b >= 2 && ctx.token(b - 1).lower().equals("the")
                && ctx.token(b - 2).lower().equals("of");
        boolean comma = false;
        while (k < limit) {
            k = skipParenthesis(ctx, k);
            if (complement && !comma && k + 1 < ctx.size() && ctx.token(k).text().equals(",") && ctx.outer[k + 1] != null
                    && ctx.outer[k + 1].type() == EntityType.PERSON && ctx.outer[k + 1].kind() == MentionKind.NAME) {
                comma = true;
                k++;
                break;
            }
            if (k >= limit) {
                break;
            }
            EntityMention n = ctx.outer[k];
            String w = ctx.token(k).lower();
            if (n == null && (w.equals("of") || w.equals("the") || w.equals("-"))) {
                k++;
            } else if (n == null && titleBeforeHolder(ctx, k) > k) {
                k = titleBeforeHolder(ctx, k); // "met Acme president Ann Lee": the body's office, then its holder
            } else if (n == null && w.equals("and") && k + 1 < ctx.size() && ctx.outer[k + 1] != null
                    && ctx.outer[k + 1].type() != EntityType.PERSON) {
                k++;
            } else if (n != null && n.type() != EntityType.PERSON && n.type() != EntityType.DATE && n.kind() == MentionKind.NAME) {
                k = n.tokens().end();
            } else {
                break;
            }
        }
        EntityMention p = k < ctx.size() ? ctx.outer[k] : null;
        return p != null && p.type() == EntityType.PERSON && p.kind() == MentionKind.NAME && p.tokens().start() == k ? p : m;
    }

    /**
     * Where the titled person starts whose title is spelt by the unmentioned words from {@code k}
     * ("president Ann Lee", "Deputy Chairman Ann Lee"), or {@code k} when none does.
     */
    private static int titleBeforeHolder(SentenceContext ctx, int k) {
        for (int j = k + 1; j < Math.min(ctx.size(), k + 4); j++) {
            EntityMention p = ctx.outer[j];
            if (p != null) {
                String title = p.attribute("title");
                if (p.type() != EntityType.PERSON || p.kind() != MentionKind.NAME || p.tokens().start() != j || title == null) {
                    return k;
                }
                String words = " " + title.toLowerCase(java.util.Locale.ROOT) + " ";
                for (int i = k; i < j; i++) {
                    if (!words.contains(" " + ctx.token(i).lower() + " ")) {
                        return k;
                    }
                }
                return j;
            }
        }
        return k;
    }

    /** "several business associations in Z such as the A Board and the B Union": the first named member. */
    static Arg namedMembers(SentenceContext ctx, String text, EntityMention group, Set<String> types) {
        for (int k = group.tokens().end(); k + 2 < Math.min(ctx.size(), group.tokens().end() + 10); k++) {
            Token t = ctx.token(k);
            if (ctx.outer[k] == null && (t.isVerbLike() || ctx.words(CLAUSE_STOPS).contains(t.lower()) || t.text().equals("."))) {
                return null;
            }
            if (t.lower().equals("such") && ctx.token(k + 1).lower().equals("as")) {
                int j = k + 2;
                while (j < ctx.size() && ctx.outer[j] == null && ctx.token(j).pos().equals("DET")) {
                    j++;
                }
                EntityMention m = j < ctx.size() ? ctx.outer[j] : null;
                Arg a = m == null || m.kind() != MentionKind.NAME ? null : ctx.arg(m, text);
                return a != null && SentenceContext.accepts(a, types) ? a : null;
            }
        }
        return null;
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
        while (p >= tEnd && (ctx.token(p).lower().equals("the") || ctx.token(p).pos().equals("ADJ")
                || ctx.token(p).pos().equals("PROPN") && ctx.outer[p] == null // a demonym tagged as a name: "the Peruvian city of"
                || ctx.token(p).pos().equals("ADV") || f.words().contains(ctx.token(p).lower())
                || ctx.outer[p] != null && ctx.outer[p].type() == EntityType.DATE)) { // "met this Thursday with X"
            p--;
        }
        return p < tEnd;
    }

    /**
     * The subject and, with {@code list}, the subjects coordinated before it: "X and Y met",
     * "X, and her counterpart, Y, met" (descriptions in apposition are skipped).
     */
    static List<Arg> subjects(SentenceContext ctx, String text, Arg last, Set<String> types, boolean list) {
        if (last == null) {
            return List.of();
        }
        List<Arg> out = new ArrayList<>();
        out.add(last);
        if (!list || last.mention() == null) {
            return out;
        }
        int i = titleStart(ctx, last.mention()) - 1;
        boolean joined = false;
        boolean byComma = false;
        while (i >= 0) {
            Token t = ctx.token(i);
            EntityMention m = ctx.outer[i];
            if (m == null) {
                if (t.lower().equals("and")) {
                    joined = true;
                } else if (t.text().equals(",") && out.size() >= 2 && !joined) {
                    joined = true; // "X, Y and Z": once "and" joined two, commas join the ones before
                    byComma = true;
                } else if (!t.text().equals(",") && !t.lower().equals("his") && !t.lower().equals("her")
                        && !t.lower().equals("their")) {
                    break;
                }
                i--;
                continue;
            }
            if (!joined) {
                // a description in apposition to the subject already found ("her counterpart, Y")
                if (m.kind() == MentionKind.NOMINAL && ctx.resolved.entityOf(appositive(ctx, m)) == out.get(0).entity()) {
                    i = m.tokens().start() - 1;
                    continue;
                }
                if (m.kind() == MentionKind.PRONOUN) {
                    i--;
                    continue;
                }
                break;
            }
            Arg a = byComma && (precededByPreposition(ctx, m) || isDateline(ctx, m)) ? null : ctx.arg(m, text);
            if (a == null || !SentenceContext.accepts(a, types)) {
                break;
            }
            out.add(0, a);
            joined = false;
            byComma = false;
            i = titleStart(ctx, m) - 1;
        }
        return out;
    }

    /**
     * Where a titled name's description starts: "Mozambique's Minister of Industry and
     * Commerce, Alcinda Chissano" starts at "Mozambique". The title text recorded on the
     * mention is looked for right before the name (a comma may sit between).
     */
    static int titleStart(SentenceContext ctx, EntityMention m) {
        String title = m.attribute("title");
        int start = m.tokens().start();
        if (start == 0) {
            return start;
        }
        if (title == null || !ctx.token(start - 1).text().equals(",") && !title.toLowerCase(java.util.Locale.ROOT)
                .endsWith(ctx.token(start - 1).lower())) {
            // no recorded title, or one not written right before the name ("President of the Republic of X Y"):
            // walk back over a capitalised description ("Kenya's Cabinet Secretary for Foreign Affairs")
            int k = start - 1;
            while (k >= 0 && (ctx.token(k).isCapitalized() && !ctx.token(k).isPunct() || ctx.token(k).isPossessive()
                    || Set.of("of", "for", "the", "-").contains(ctx.token(k).lower())) && !ctx.token(k).isVerbLike()) {
                k--;
            }
            return k + 1;
        }
        int k = start - 1;
        if (ctx.token(k).text().equals(",")) {
            k--;
        }
        // walk back over the title's tokens
        String[] words = title.split("\\s+");
        int w = words.length - 1;
        while (k >= 0 && w >= 0 && ctx.token(k).text().equalsIgnoreCase(words[w])) {
            k--;
            w--;
        }
        if (w >= 0) {
            // the title may be glued differently ("Secretary-General"): accept a partial walk only if it consumed something
            if (w == words.length - 1) {
                return start;
            }
        }
        int begin = k + 1;
        // "Kenya's", "the", a demonym before the title
        if (k >= 1 && ctx.token(k).isPossessive() && ctx.outer[k - 1] != null) {
            begin = ctx.outer[k - 1].tokens().start();
        } else if (k >= 0 && (ctx.token(k).lower().equals("the") || ctx.token(k).pos().equals("ADJ") && ctx.token(k).isCapitalized())) {
            begin = k;
            if (begin > 0 && ctx.token(begin - 1).lower().equals("the")) {
                begin--;
            }
        }
        return begin;
    }

    /** A reporting verb ("said") whose speaker follows a closing quotation mark: it reports the quotation. */
    private static boolean reportsQuotation(SentenceContext ctx, int verb) {
        if (!ctx.words(REPORTING_VERBS).contains(ctx.token(verb).lemma())) {
            return false;
        }
        for (int i = verb - 1; i >= Math.max(0, verb - 12); i--) {
            String w = ctx.token(i).text();
            if (w.equals("\u201D") || w.equals("\"") || w.equals("''")) {
                return true;
            }
        }
        return false;
    }

    /** A clause stop word, or "that" opening a clause (not the determiner). */
    private static boolean stopsClause(SentenceContext ctx, Token t) {
        return ctx.words(CLAUSE_STOPS).contains(t.lower()) || t.lower().equals("that") && !t.pos().equals("DET");
    }

    /**
     * The party of an event noun in an adverbial phrase ("during a meeting with Y", "after
     * talks with Y"): the actor of the clause the phrase modifies, left of the phrase ("X said
     * during a meeting with Y") or, when the phrase opens the sentence, after its comma ("In
     * talks with Y, X presented ..."). The finder's words are the prepositions. With
     * {@code verbSubject} the subject of the nearest verb left of the phrase comes first ("X met
     * Y after a visit to Z" is X's visit, not Y's).
     */
    static List<Arg> adjunctSubject(SentenceContext ctx, String text, int tStart, Finder f, Set<String> types, boolean verbSubject) {
        int p = tStart - 1;
        while (p >= 0 && p >= tStart - 6 && !f.words().contains(ctx.token(p).lower())) {
            String pos = ctx.token(p).pos();
            if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NUM") || pos.equals("NOUN") || pos.equals("PROPN")
                    || pos.equals("PRON") || ctx.token(p).text().equals("-") || pos.equals("VERB") && ctx.token(p).lower().endsWith("ed"))) {
                return List.of();
            }
            p--;
        }
        if (p < 0 || p < tStart - 6) {
            return List.of();
        }
        for (int i = p - 1; verbSubject && i >= 0; i--) {
            Token t = ctx.token(i);
            if (stopsClause(ctx, t)) {
                break;
            }
            if (t.pos().equals("VERB") && ctx.outer[i] == null) {
                if (reportsQuotation(ctx, i)) {
                    return List.of(); // "'... in Cairo,' the spokesman said, after stops in A": the stops are not the speaker's
                }
                // "X met Y after a visit to Z": the subject of the verb, not its object, is the clause's actor
                Arg a = subject(ctx, text, i, types);
                if (a != null) {
                    return List.of(a);
                }
                break;
            }
        }
        for (int i = p - 1; i >= 0; i--) {
            Token t = ctx.token(i);
            if (stopsClause(ctx, t)) {
                return List.of();
            }
            EntityMention m = ctx.outer[i];
            if (m == null) {
                continue;
            }
            Arg a = clauseActor(ctx, text, m, types);
            if (a != null) {
                return List.of(a);
            }
            i = m.tokens().start();
        }
        int comma = tStart + 1;
        while (comma < ctx.size() && !ctx.token(comma).text().equals(",")) {
            if (ctx.token(comma).text().equals(".") || ctx.token(comma).text().equals(";")) {
                return List.of();
            }
            comma++;
        }
        for (int i = comma + 1; i < Math.min(ctx.size(), comma + 8); i++) {
            EntityMention m = ctx.outer[i];
            if (m != null && !precededByPreposition(ctx, m)) {
                Arg a = ctx.arg(appositive(ctx, m), text);
                return a != null && SentenceContext.accepts(a, types) ? List.of(a) : List.of();
            }
            if (m == null && ctx.token(i).isVerbLike()) {
                return List.of();
            }
        }
        return List.of();
    }

    /** The argument for a mention that can act in its clause: not inside a prepositional phrase, not a dateline, of an accepted type. */
    private static Arg clauseActor(SentenceContext ctx, String text, EntityMention m, Set<String> types) {
        if (precededByPreposition(ctx, m) || isDateline(ctx, m)) {
            return null;
        }
        Arg a = ctx.arg(m, text);
        return a != null && SentenceContext.accepts(a, types) ? a : null;
    }

    /** The first actor of a sentence that is not inside a prepositional phrase (its subject, usually). */
    static List<Arg> firstActor(SentenceContext ctx, String text, Set<String> types) {
        for (int i = 0; i < ctx.size(); i++) {
            EntityMention m = ctx.outer[i];
            if (m == null) {
                continue;
            }
            Arg a = clauseActor(ctx, text, m, types);
            if (a != null) {
                return List.of(a);
            }
            i = m.tokens().end() - 1;
        }
        return List.of();
    }

    /**
     * The last place of the given types named in a sentence (the one before the trigger's): what
     * "that country" points back to in "... left for A. He made a trip to that country". With
     * {@code words}, the mention must be of one of those gazetteer kinds ("country").
     */
    static List<Arg> lastPlace(SentenceContext ctx, String text, Finder f, Set<String> types) {
        for (int i = ctx.size() - 1; i >= 0; i--) {
            EntityMention m = ctx.outer[i];
            if (m == null) {
                continue;
            }
            i = m.tokens().start();
            String gaz = m.attribute("gaz");
            if (!f.words().isEmpty() && (gaz == null || !f.words().contains(gaz))) {
                continue;
            }
            Arg a = ctx.arg(m, text);
            if (a != null && SentenceContext.accepts(a, types)) {
                return List.of(a);
            }
        }
        return List.of();
    }

    /** Expands "X and Y", "X, Y and Z" when {@code list} is set. */
    static List<Arg> listFrom(SentenceContext ctx, String text, Arg first, Set<String> types, boolean list) {
        if (first == null) {
            return List.of();
        }
        List<Arg> out = new ArrayList<>();
        out.add(first);
        if (!list || first.mention() == null) {
            return out;
        }
        int i = first.mention().tokens().end();
        while (i < ctx.size()) {
            int j = skipDescription(ctx, skipParenthesis(ctx, skipOfPlace(ctx, out.get(out.size() - 1), i)));
            boolean joined = false;
            boolean commaOnly = true;
            while (j < ctx.size() && (ctx.token(j).text().equals(",") || ctx.token(j).text().equals(";") || ctx.token(j).lower().equals("and")
                    || ctx.token(j).lower().equals("as") || ctx.token(j).lower().equals("well"))) {
                joined = true;
                commaOnly &= ctx.token(j).text().equals(",");
                j++;
            }
            // "with X and (with) the Y", "representatives of X and of Y", "to A, B and later to C"
            boolean place = first.mention().type() == EntityType.LOCATION;
            while (j < ctx.size() && (ctx.token(j).lower().equals("the") || ctx.token(j).lower().equals("with")
                    || ctx.token(j).lower().equals("of") || joined && ctx.token(j).pos().equals("ADV") && ctx.outer[j] == null
                    || joined && place && (ctx.token(j).lower().equals("to") || ctx.token(j).lower().equals("in")))) {
                j++;
            }
            if (joined && j < ctx.size() && ctx.outer[j] == null) {
                // "X and Speaker of Parliament Rose Tanui": skip the title before the next name
                int k = j;
                while (k < ctx.size() && k < j + 9 && (ctx.outer[k] == null && (ctx.token(k).isCapitalized()
                        || Set.of("of", "the", "for", "-").contains(ctx.token(k).lower()))
                        || ctx.outer[k] != null && ctx.outer[k].type() != EntityType.PERSON && ctx.token(k - 1).lower().equals("of"))) {
                    k = ctx.outer[k] != null ? ctx.outer[k].tokens().end() : k + 1; // "Prime Minister of Elbonia Ana Varga"
                }
                if (k < ctx.size() && ctx.outer[k] != null && ctx.outer[k].type() == EntityType.PERSON
                        && ctx.outer[k].kind() == MentionKind.NAME) {
                    j = k;
                }
            }
            if (!joined || j >= ctx.size() || ctx.outer[j] == null) {
                break;
            }
            EntityMention at = ctx.outer[j];
            if (at.kind() == MentionKind.PRONOUN && isDeterminerPronoun(ctx, at)
                    || commaOnly && at.kind() == MentionKind.NOMINAL && at.type() == EntityType.PERSON) {
                break; // "the king and his delegation", "X, the head of Y": no further party
            }
            at = titledName(ctx, at);
            int after = at.tokens().end();
            if (after + 1 < ctx.size() && ctx.token(after).isPossessive() && ctx.outer[after + 1] != null) {
                at = ctx.outer[after + 1]; // "Brazil's National Confederation of Industry"
            }
            EntityMention next = appositive(ctx, at);
            Arg a = ctx.arg(next, text);
            if (a != null && placeOfGroup(ctx, out.get(out.size() - 1), next)) {
                // "the leaders of Ghana and Senegal", "families in Tamale and Kumasi": the group again, of the next place
                a = new Arg(a.text(), a.start(), a.end(), a.mention(), a.entity(), GROUP_PLACE);
            }
            if (a == null || !SentenceContext.accepts(a, types)) {
                break;
            }
            out.add(a);
            i = Math.max(at.tokens().end(), next.tokens().end());
        }
        return out;
    }

    /**
     * "The foreign ministers of A and B met": the places coordinated after the place that names
     * a group subject are groups of their own, one per place (the subject list otherwise runs
     * leftwards from the verb only).
     */
    static List<Arg> groupPlacesAfter(SentenceContext ctx, String text, List<Arg> subjects, Set<String> types) {
        if (subjects.isEmpty()) {
            return subjects;
        }
        Arg last = subjects.get(subjects.size() - 1);
        if (last.mention() == null || last.mention().kind() != MentionKind.GROUP) {
            return subjects;
        }
        List<Arg> listed = listFrom(ctx, text, last, types, true);
        List<Arg> out = new ArrayList<>(subjects);
        for (Arg a : listed.subList(1, listed.size())) {
            if (!a.type().equals(GROUP_PLACE)) {
                break;
            }
            out.add(a);
        }
        return out;
    }

    /**
     * The type of a place coordinated with the place a group is named by ("the leaders of A
     * and B"): it stands for the group of that place, an actor, not a location.
     */
    static final String GROUP_PLACE = "GROUP";

    /**
     * True when {@code place} continues the place that names the group {@code previous}
     * ("the heads of state of A, B and C", "schools in A and B"), or the place of such a
     * continuation.
     */
    static boolean placeOfGroup(SentenceContext ctx, Arg previous, EntityMention place) {
        if (place.type() != EntityType.LOCATION || place.kind() != MentionKind.NAME || previous.mention() == null) {
            return false;
        }
        EntityMention m = previous.mention();
        if (m.type() == EntityType.LOCATION && m.kind() == MentionKind.NAME) {
            return previous.type().equals(GROUP_PLACE);
        }
        EntityMention last = ctx.inner[m.tokens().end() - 1];
        return m.kind() == MentionKind.GROUP && last != null && last.type() == EntityType.LOCATION;
    }

    /**
     * Skips the country of a listed person or body ("X of Ghana and Y of Mali", "the Naval
     * College of Ghana and the Air Academy of Ghana" continue at "and"), so that the list goes
     * on; returns {@code i} when no such phrase follows.
     */
    static int skipOfPlace(SentenceContext ctx, Arg previous, int i) {
        if (!previous.type().equals("PERSON") && !previous.type().equals("ORGANIZATION") || i + 1 >= ctx.size()
                || !ctx.token(i).lower().equals("of")) {
            return i;
        }
        int k = i + 1 < ctx.size() && ctx.token(i + 1).lower().equals("the") ? i + 2 : i + 1;
        EntityMention place = k < ctx.size() ? ctx.outer[k] : null;
        return place != null && place.type() == EntityType.LOCATION && place.tokens().start() == k ? place.tokens().end() : i;
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

    static List<Arg> afterPrep(SentenceContext ctx, String text, int from, Finder f, Set<String> types, boolean forward) {
        int dist = 0;
        int i = forward ? from : from - 1;
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
            if (forward && (ctx.words(CLAUSE_STOPS).contains(t.lower()) || startsClause(ctx, i) && i > from)) {
                return List.of(); // "the trip, before returning to Nairobi": another verb's complement
            }
            if (f.words().contains(t.lower())) {
                Arg a = firstInPhrase(ctx, text, i + 1, types);
                if (a != null) {
                    return listFrom(ctx, text, a, types, f.list());
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
     * After a purpose infinitive that starts at {@code v} ("to fight measles (MV)"), the
     * index of the token that follows its object; -1 when {@code v} starts no such phrase.
     */
    private static int pastPurpose(SentenceContext ctx, int v) {
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
     * Where something took place: after one of the prepositions ("in", "at"), a place name
     * anywhere in the phrase ("in the Kenyan capital, Nairobi") or a named building or
     * institution the preposition governs directly ("at State House", "at the Ministry of
     * Foreign Affairs"); "at the invitation of the Ministry" names no place. Looks after the
     * trigger, or (not {@code forward}) in a phrase that ends before it ("At Parliament, she met").
     */
    static List<Arg> place(SentenceContext ctx, String text, int tStart, int tEnd, Finder f, boolean forward) {
        int from = forward ? tEnd : Math.max(0, tStart - f.maxDistance());
        int to = forward ? Math.min(ctx.size(), tEnd + f.maxDistance()) : tStart;
        for (int i = forward ? from : to - 1; forward ? i < to : i >= from; i += forward ? 1 : -1) {
            Token t = ctx.token(i);
            if (forward && (ctx.words(CLAUSE_STOPS).contains(t.lower()) || startsClause(ctx, i) && i > from)) {
                return List.of();
            }
            if (!f.words().contains(t.lower()) || ctx.outer[i] != null) {
                continue;
            }
            if (t.lower().equals("where") || t.lower().equals("which")) {
                // "a visit to Tehran, during which he met", "in Singapore, where her talks": the place the clause is about
                int k = i - 1;
                if (t.lower().equals("which") && k >= 0 && ctx.words(RELATIVE_PREPOSITIONS).contains(ctx.token(k).lower())) {
                    k--;
                } else if (t.lower().equals("which")) {
                    continue;
                }
                if (k >= 0 && ctx.token(k).text().equals(",")) {
                    k--;
                }
                EntityMention m = k >= 0 ? ctx.outer[k] : null;
                if (!forward && m != null && m.type() == EntityType.LOCATION && m.kind() == MentionKind.NAME) {
                    Arg a = ctx.arg(m, text);
                    if (a != null) {
                        return List.of(a);
                    }
                }
                if (!forward && m == null && k >= 0) {
                    // "entered the marble hall, where the talks began": a venue described, not named
                    int s = k;
                    while (s > 0 && ctx.outer[s - 1] == null && nounPhraseWord(ctx.token(s - 1))) {
                        s--;
                    }
                    if (s > 0 && ctx.words(DETERMINERS).contains(ctx.token(s - 1).lower())) {
                        s--;
                    }
                    Arg v = venue(ctx, text, s, k + 1);
                    if (v != null && v.end() == ctx.token(k).end()) {
                        return List.of(v);
                    }
                }
                continue;
            }
            int j = i + 1;
            while (j < to && ctx.outer[j] == null && (ctx.token(j).pos().equals("DET") || ctx.token(j).pos().equals("ADJ"))) {
                j++;
            }
            EntityMention m = j < to ? ctx.outer[j] : null;
            if (m != null && m.type() == EntityType.ORGANIZATION && m.kind() == MentionKind.NAME && m.tokens().start() == j
                    && (forward || m.tokens().end() <= tStart)) {
                Arg a = ctx.arg(m, text);
                if (a != null) {
                    return List.of(a);
                }
            }
            Arg venue = venue(ctx, text, i + 1, forward ? ctx.size() : tStart);
            if (venue != null) {
                return List.of(venue);
            }
            Arg a = cityNamedAfter(ctx, text, firstInPhrase(ctx, text, i + 1, Set.of("LOCATION")), to);
            if (a != null && a.mention() != null && (forward || a.mention().tokens().end() <= tStart)
                    && !(a.mention().kind() == MentionKind.NOMINAL && a.mention().type() == EntityType.LOCATION
                    && "#pair".equals(a.mention().key()))) {
                return List.of(a);
            }
        }
        return List.of();
    }

    /**
     * Of a country and the city the phrase goes on to name as its capital or city ("in Kenya's
     * capital Nairobi", "in the Kenyan capital, Nairobi"), the city, which says more; else {@code a}.
     */
    static Arg cityNamedAfter(SentenceContext ctx, String text, Arg a, int limit) {
        EntityMention m = a == null ? null : a.mention();
        if (m == null || m.type() != EntityType.LOCATION) {
            return a;
        }
        String last = ctx.token(m.tokens().end() - 1).lower();
        boolean named = last.equals("capital") || last.equals("city");
        int k = m.tokens().end();
        while (k < limit && k < m.tokens().end() + 4 && ctx.outer[k] == null) {
            String w = ctx.token(k).lower();
            if (w.equals("capital") || w.equals("city")) {
                named = true;
            } else if (!(w.equals("'s") || w.equals("\u2019s") || w.equals(",") || w.equals("of"))) {
                return a;
            }
            k++;
        }
        EntityMention c = k < limit ? ctx.outer[k] : null;
        if (!named || c == null || c.type() != EntityType.LOCATION || c.kind() != MentionKind.NAME || c.tokens().start() != k
                || "country".equals(c.attribute("gaz"))) {
            return a;
        }
        Arg city = ctx.arg(c, text);
        return city == null ? a : city;
    }

    /**
     * A venue the phrase starting at {@code j} describes, when it names no place or body the
     * entity stage found: a noun phrase opened by a determiner, a possessive or a capitalised word
     * whose head is a venue noun ("her office", "the official residence of X", "the Jade Hall",
     * "a refugee camp"), with an "of" complement and a place right after it ("his office in Accra",
     * "the Blue Room, Ardenne"), as written. Null otherwise ("in office", "in the region").
     */
    static Arg venue(SentenceContext ctx, String text, int j, int limit) {
        return venue(ctx, text, j, limit, ctx.words(VENUE_NOUNS));
    }

    /** {@link #venue(SentenceContext, String, int, int)} with the head nouns given. */
    static Arg venue(SentenceContext ctx, String text, int j, int limit, java.util.Collection<String> heads) {
        if (j >= limit || ctx.outer[j] != null && ctx.outer[j].kind() != MentionKind.PRONOUN) {
            return null;
        }
        Token first = ctx.token(j);
        boolean opened = ctx.words(DETERMINERS).contains(first.lower()) || first.isCapitalized() && ctx.outer[j] == null;
        if (!opened) {
            return null;
        }
        int e = j + 1;
        while (e < limit && ctx.outer[e] == null && nounPhraseWord(ctx.token(e))) {
            e++;
        }
        int head = e - 1;
        if (!heads.contains(ctx.token(head).lower()) || ctx.token(head).pos().equals("DET")
                || ctx.token(head).pos().equals("PRON")) {
            return null;
        }
        // "the residence of the Ardenne family", "the headquarters of the Red Cross"
        if (e + 1 < limit && ctx.token(e).lower().equals("of")) {
            int k = e + 1;
            while (k < limit && ctx.outer[k] == null && ctx.token(k).pos().equals("DET")) {
                k++;
            }
            // names and capitalised words, which the entity stage may have found in part only ("Villa" of "Villa Serena")
            int n = k;
            while (n < limit && (ctx.outer[n] == null && ctx.token(n).isCapitalized() && !ctx.token(n).isPunct()
                    || ctx.outer[n] != null && ctx.outer[n].kind() == MentionKind.NAME && ctx.outer[n].tokens().start() == n)) {
                n = ctx.outer[n] != null ? Math.min(limit, ctx.outer[n].tokens().end()) : n + 1;
            }
            if (n > k) {
                e = n;
            }
        }
        // "his office in Accra", "the Jade Hall, Ardenne": the place the venue is in
        int p = e < limit && (ctx.token(e).lower().equals("in") || ctx.token(e).text().equals(",")) ? e + 1 : -1;
        if (p > 0 && p < limit && ctx.outer[p] != null && ctx.outer[p].type() == EntityType.LOCATION
                && ctx.outer[p].kind() == MentionKind.NAME && ctx.outer[p].tokens().start() == p) {
            e = Math.min(limit, ctx.outer[p].tokens().end());
        }
        int cs = first.start();
        int ce = ctx.token(e - 1).end();
        return new Arg(text.substring(cs, ce), cs, ce, null, null, "LOCATION");
    }

    /**
     * The venue a verb takes as its object when no place or body the entity stage found stands
     * there: "visited a refugee camp", "will visit the new teaching hospital of X". The finder's
     * words are the head nouns accepted; adverbs and particles after the verb are skipped.
     */
    static List<Arg> venueObject(SentenceContext ctx, String text, int tEnd, Finder f) {
        int i = tEnd;
        while (i < ctx.size() && ctx.outer[i] == null && (ctx.token(i).pos().equals("ADV") || ctx.token(i).pos().equals("PART"))) {
            i++;
        }
        Arg v = venue(ctx, text, i, Math.min(ctx.size(), i + f.maxDistance()), f.words());
        return v == null ? List.of() : List.of(v);
    }

    /** A word that may stand inside a noun phrase before its head: modifiers, names, numbers, hyphens. */
    private static boolean nounPhraseWord(Token t) {
        String pos = t.pos();
        return pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM") || t.text().equals("-");
    }

    /**
     * The noun phrase after one of the prepositions, as written, when it names no entity:
     * "to the management of the Seme-Krake border post", "to twelve rural schools".
     */
    static List<Arg> afterPhrase(SentenceContext ctx, String text, int from, Finder f) {
        for (int i = from; i < Math.min(ctx.size() - 1, from + f.maxDistance()); i++) {
            Token t = ctx.token(i);
            if (ctx.words(CLAUSE_STOPS).contains(t.lower()) || startsClause(ctx, i) && i > from) {
                return List.of();
            }
            if (!f.words().contains(t.lower())) {
                continue;
            }
            int s = i + 1;
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
            if (!hasNoun || !(named || plural || ctx.token(s).isCapitalized())) {
                return List.of();
            }
            boolean placed = false;
            if (e + 1 < ctx.size() && ctx.token(e).lower().equals("in") && ctx.inner[e + 1] != null
                    && ctx.inner[e + 1].type() == EntityType.LOCATION && ctx.inner[e + 1].tokens().start() == e + 1) {
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
     * A noun of the modifier-nouns lexicon the tagger read as a verb, right before a noun:
     * "to flood victims" names the receivers, it is not an infinitive.
     */
    private static boolean modifierNoun(SentenceContext ctx, int e) {
        return e + 1 < ctx.size() && ctx.token(e).pos().equals("VERB") && ctx.token(e + 1).pos().equals("NOUN")
                && ctx.words(MODIFIER_NOUNS).contains(ctx.token(e).lower());
    }

    /** "and" joining two modifiers of one head: "to 40 health and youth centres". */
    private static boolean adjectiveAnd(SentenceContext ctx, int s, int e) {
        return e > s && e + 2 < ctx.size() && ctx.token(e).lower().equals("and")
                && (ctx.token(e - 1).pos().equals("ADJ") || ctx.token(e - 1).pos().equals("NOUN") && ctx.token(e - 1).lemma().equals(ctx.token(e - 1).lower()))
                && modifierWord(ctx, ctx.token(e + 1)) && ctx.token(e + 2).pos().equals("NOUN");
    }

    /** A noun or adjective, also one the tagger misreads as an auxiliary or a name ("welfare", "health"). */
    private static boolean modifierWord(SentenceContext ctx, Token t) {
        return t.pos().equals("ADJ") || t.pos().equals("NOUN") || t.pos().equals("PROPN")
                || t.pos().equals("AUX") && t.text().chars().allMatch(Character::isLowerCase) && !ctx.words(AUXILIARY_LEMMAS).contains(t.lemma());
    }

    /**
     * The first acceptable argument of the phrase starting at {@code j}: skips possessors
     * ("Chile's National Forest Corporation" gives the corporation) and mentions of other
     * types inside the phrase, and stops at the next verb or clause.
     */
    static Arg firstInPhrase(SentenceContext ctx, String text, int j, Set<String> types) {
        int limit = Math.min(ctx.size(), j + 16);
        if (j < ctx.size() && ctx.token(j).pos().equals("VERB") && ctx.words(HELP_VERBS).contains(ctx.token(j).lemma())) {
            j++; // "a grant to help Senegal ..."
        }
        int phraseStart = j;
        while (j < limit) {
            Token t = ctx.token(j);
            EntityMention m = ctx.outer[j];
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
            if (!possessor && !complement) {
                for (EntityMention cand : new EntityMention[] {m, ctx.inner[j]}) {
                    if (cand == null) {
                        continue;
                    }
                    Arg a = ctx.arg(appositive(ctx, cand), text);
                    if (a != null && SentenceContext.accepts(a, types)) {
                        return a;
                    }
                }
            }
            j = after;
        }
        return null;
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

    /** True when the mention at {@code j} follows "Title of (the) ..." inside the phrase starting at {@code from}. */
    static boolean isTitleComplement(SentenceContext ctx, int from, int j) {
        int p = j - 1;
        while (p >= from && (ctx.token(p).pos().equals("DET") || ctx.token(p).isCapitalized() && ctx.outer[p] == null
                && !ctx.token(p).lower().equals("of"))) {
            p--;
        }
        return p > from && ctx.token(p).lower().equals("of") && !onlyDeterminers(ctx, from, p);
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

    /**
     * A description followed by its name in apposition ("the Speaker of Tanzania's National
     * Assembly, Neema Kilango") is represented by the name.
     */
    static EntityMention appositive(SentenceContext ctx, EntityMention m) {
        if (m.kind() == MentionKind.GROUP && m.attribute("head") != null && m.attribute("head").startsWith("delegation")) {
            // "a delegation led by the Minister of State, Khalid Al-Mannai": the leader represents it
            int k = m.tokens().end();
            if (k + 1 < ctx.size() && (ctx.token(k).lower().equals("led") || ctx.token(k).lower().equals("headed"))
                    && ctx.token(k + 1).lower().equals("by")) {
                for (int j = k + 2; j < Math.min(ctx.size(), k + 16); j++) {
                    EntityMention p = ctx.outer[j];
                    if (p != null && p.type() == EntityType.PERSON) {
                        // a leader told only by a long title the name of which is not found ("led by the Head of
                        // the X-Y Friendship Group of ...") leaves the delegation as the party
                        EntityMention leader = appositive(ctx, titledName(ctx, p));
                        dev.eventex.api.Entity e = ctx.resolved.entityOf(leader);
                        return leader.kind() == MentionKind.NAME || e != null && !e.attributes().containsKey("nominal") ? leader : m;
                    }
                    if (ctx.token(j).isVerbLike()) {
                        break;
                    }
                }
            }
            return m;
        }
        if (m.kind() == MentionKind.GROUP) {
            // "the opposition leaders Ann Lee, Bo Li and ...": the names that follow are the people of the group
            int k = m.tokens().end();
            EntityMention name = k < ctx.size() ? ctx.inner[k] : null;
            return name != null && name.type() == EntityType.PERSON && name.kind() == MentionKind.NAME && name.tokens().start() == k
                    ? name : m;
        }
        boolean counterpart = m.text().endsWith("counterpart") || m.text().endsWith("counterparts");
        if (m.kind() != MentionKind.NOMINAL || (m.type() != EntityType.PERSON && !counterpart)) {
            return m;
        }
        int k = m.tokens().end();
        // "her Estonian counterpart Priit Saar"; "his counterpart Anna-Maria Berg" when the entity stage
        // kept only the last part of a hyphenated name: the capitalized words before it belong to it
        int n = k;
        while (counterpart && n < Math.min(ctx.size(), k + 3) && ctx.inner[n] == null
                && (ctx.token(n).isCapitalized() && !ctx.token(n).isPunct() || ctx.token(n).text().equals("-"))) {
            n++;
        }
        for (int at : new int[] {k, n}) {
            if (at < ctx.size() && ctx.inner[at] != null && ctx.inner[at].type() == EntityType.PERSON
                    && ctx.inner[at].kind() == MentionKind.NAME && ctx.inner[at].tokens().start() == at) {
                return ctx.inner[at];
            }
        }
        // "the ambassador accredited in X and concurrent for Y, Ann Lee": a participle right after the
        // description opens a longer description before the name
        int first = k;
        boolean participle = k < ctx.size() && ctx.outer[k] == null && ctx.token(k).pos().equals("VERB")
                && (ctx.token(k).lower().endsWith("ed") || ctx.words(IRREGULAR_PARTICIPLES).contains(ctx.token(k).lower()));
        int limit = Math.min(ctx.size() - 1, k + (participle ? 12 : 8));
        while (k < limit) {
            Token t = ctx.token(k);
            if (t.isVerbLike() && !(participle && k == first)) {
                return m;
            }
            if (t.text().equals(",")) {
                // skip honorifics between the comma and the name: ", Mr. Ahmed Khalil Mansour"
                int h = k + 1;
                while (h < ctx.size() && h <= k + 3 && ctx.inner[h] == null && ctx.token(h).isCapitalized()) {
                    h++;
                }
                EntityMention next = h < ctx.size() ? ctx.inner[h] : null;
                if (next != null && next.type() == EntityType.PERSON && next.kind() == MentionKind.NAME
                        && next.tokens().start() == h) {
                    return next;
                }
            }
            k++;
        }
        return m;
    }

    static List<Arg> possessor(SentenceContext ctx, String text, int tStart, Set<String> types) {
        int i = tStart - 1;
        int skipped = 0;
        while (i >= 0 && skipped < 4) {
            Token t = ctx.token(i);
            if (t.lower().equals("his") || t.lower().equals("her")) {
                EntityMention m = ctx.outer[i];
                Arg a = m == null ? null : ctx.arg(m, text);
                return a == null ? List.of() : List.of(a);
            }
            if (t.text().length() > 2 && PosRepair.isBarePossessive(ctx.sentence, i) && ctx.outer[i] != null) {
                Arg a = ctx.arg(ctx.outer[i], text); // "Ross' visit", the apostrophe glued to the name
                return a != null && SentenceContext.accepts(a, types) ? List.of(a) : List.of();
            }
            if (t.isPossessive() || PosRepair.isBarePossessive(ctx.sentence, i)) {
                if (i > 0 && (ctx.token(i - 1).lower().equals("latter") || ctx.token(i - 1).lower().equals("former"))) {
                    // "the latter's visit": the second (or first) of the two people just named
                    List<EntityMention> people = new ArrayList<>();
                    for (EntityMention m : ctx.mentions) {
                        if (m.end() <= t.start() && m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME) {
                            people.add(m);
                        }
                    }
                    if (people.size() >= 2) {
                        EntityMention m = ctx.token(i - 1).lower().equals("latter") ? people.get(people.size() - 1)
                                : people.get(people.size() - 2);
                        Arg a = ctx.arg(m, text);
                        return a == null ? List.of() : List.of(a);
                    }
                    return List.of();
                }
                if (i > 0 && ctx.outer[i - 1] != null) {
                    Arg a = ctx.arg(ctx.outer[i - 1], text);
                    if (a != null && SentenceContext.accepts(a, types)) {
                        return List.of(a);
                    }
                }
                return List.of();
            }
            if (!(t.pos().equals("ADJ") || t.pos().equals("NOUN") || t.pos().equals("NUM") || t.text().equals("-")
                    || t.pos().equals("ADV") || t.pos().equals("PROPN") && ctx.outer[i] == null)) {
                return List.of(); // "X's first overseas trip": the tagger calls some modifiers adverbs
            }
            i--;
            skipped++;
        }
        return List.of();
    }

    static List<Arg> phrase(SentenceContext ctx, String text, Finder f, Set<String> types) {
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
