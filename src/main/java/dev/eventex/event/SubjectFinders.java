package dev.eventex.event;

import static dev.eventex.event.NounPhrases.compoundModifier;
import static dev.eventex.event.NounPhrases.isDateline;
import static dev.eventex.event.NounPhrases.namedPersonEndsAt;
import static dev.eventex.event.NounPhrases.noVerb;
import static dev.eventex.event.NounPhrases.ofComplement;
import static dev.eventex.event.NounPhrases.placeModifier;
import static dev.eventex.event.NounPhrases.precededByPreposition;
import static dev.eventex.event.ObjectFinders.phrase;
import static dev.eventex.event.TitledNames.appositive;
import static dev.eventex.event.TitledNames.namedBefore;
import static dev.eventex.event.TitledNames.titleStart;
import static dev.eventex.internal.Lexicons.CLAUSE_STOPS;
import static dev.eventex.internal.Lexicons.PARTICIPLE_ADJUNCT_OPENERS;
import static dev.eventex.internal.Lexicons.PLAN_VERBS;
import static dev.eventex.internal.Lexicons.POSSESSIVE_DETERMINERS;
import static dev.eventex.internal.Lexicons.REPORTING_VERBS;
import static dev.eventex.internal.Lexicons.SUBJECT_PRONOUNS;

import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the actors before the trigger: the subject left of it (with coordinations, titles and
 * relative clauses), the party of an adverbial phrase, the first actor of a sentence and the
 * possessor ("his visit", "Varga's visit"). Stateless; each method reads one sentence.
 */
final class SubjectFinders {

    private SubjectFinders() {
    }

    /** The nearest actor left of the trigger that is not inside a prepositional phrase. */
    static Arg subject(SentenceContext ctx, String text, int tStart, Set<String> types) {
        return subject(ctx, text, tStart, types, false);
    }

    /**
     * As {@link #subject(SentenceContext, String, int, Set)}; with {@code parties} (a role listing an event's
     * parties) a place that only modifies the noun after it ("U.S. officials") is no subject.
     */
    static Arg subject(SentenceContext ctx, String text, int tStart, Set<String> types, boolean parties) {
        Arg antecedent = relativeAntecedent(ctx, text, tStart, types);
        if (antecedent != null) {
            return antecedent;
        }
        int i = tStart - 1;
        // "The mission, which includes experts from X (UNOWAS), met President Y", "X, whose country ..., will be
        // in Y": skip the relative clause
        int k = i;
        while (k >= 0 && (ctx.token(k).pos().equals("ADV") || ctx.token(k).pos().equals("AUX")
                || ctx.inner[k] != null && ctx.inner[k].type() == EntityType.DATE)) {
            k--;
        }
        int c = k;
        while (c >= 0 && (ctx.token(c).pos().equals("PART") || ctx.token(c).lower().equals("be"))) {
            c--;
        }
        if (c > 0 && ctx.token(c).pos().equals("VERB") && ctx.words(PLAN_VERBS).contains(ctx.token(c).lemma())
                && ctx.token(c - 1).pos().equals("AUX")) {
            // "X met Y, and is expected to meet Z": the planning verb's group, then the "and" before it
            int a = c - 1;
            while (a > 0 && (ctx.token(a).pos().equals("AUX") || ctx.token(a).pos().equals("ADV"))) {
                a--;
            }
            if (ctx.token(a).lower().equals("and")) {
                c = a;
            }
        }
        if (c > 0 && ctx.token(c).lower().equals("and") && ctx.outer[c] == null) {
            // "X leads a delegation to Y and will meet Z": the verbs share the subject of the first one
            for (int v = c - 1; v >= 0; v--) {
                if (ctx.token(v).pos().equals("VERB") && ctx.outer[v] == null) {
                    return subject(ctx, text, v, types, parties);
                }
                if (ctx.words(CLAUSE_STOPS).contains(ctx.token(v).lower())) {
                    break;
                }
            }
        }
        if (k > 0 && ctx.token(k).text().equals(",")) {
            for (int j = k - 1; j > 0 && j > k - 40; j--) {
                String w = ctx.token(j).lower();
                if ((w.equals("which") || w.equals("who") || w.equals("whose")) && ctx.token(j - 1).text().equals(",")) {
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
        boolean purpose = k >= 0 && k < tStart && ctx.token(k).lower().equals("to") && ctx.token(k).pos().equals("PART");
        // only a participle adjunct ("X said, traveling to Y, that ...") reaches past a reporting verb: a progressive
        // ("the group was traveling to X") or a participle after its noun ("a truck traveling in X") has its own
        // subject in the reported clause; "X says it is donating" is read by reportedIt
        int before = tStart - 1;
        while (before >= 0 && ctx.token(before).pos().equals("ADV")) {
            before--;
        }
        boolean participle = ctx.token(tStart).lower().endsWith("ing") && (before < 0 || ctx.token(before).isPunct()
                || ctx.token(before).pos().equals("SCONJ") || ctx.token(before).pos().equals("ADP")); // "X said while meeting Y"
        if (participle && before >= 0 && ctx.words(PARTICIPLE_ADJUNCT_OPENERS).contains(ctx.token(before).lower())) {
            // "X held talks with Y and Z, a day after meeting W": the participle adjunct's subject is the subject of the
            // clause it modifies, not the nearest name (an object of that clause); after "from" or "for" the object is
            // ("kept X from visiting Y", "thanked X for meeting Y"), and the walk below finds it
            for (int v = before - 1; v >= 0; v--) {
                if (ctx.words(CLAUSE_STOPS).contains(ctx.token(v).lower())) {
                    break;
                }
                if (ctx.token(v).pos().equals("VERB") && ctx.outer[v] == null) {
                    // a verb with no subject of its own ("suggested holding a conference after meeting W", a participle
                    // modifier "fact-finding") passes the search on to the verb before it
                    Arg a = subject(ctx, text, v, types, parties);
                    if (a != null) {
                        return a;
                    }
                }
            }
        }
        while (i >= 0) {
            Token t = ctx.token(i);
            if (purpose && i < k - 1 && ctx.outer[i] == null && t.pos().equals("VERB") && objectBetween(ctx, i, k)) {
                // "X visited the Assembly to meet Y": an infinitive of purpose has the subject of the verb it serves
                return subject(ctx, text, i, types, parties);
            }
            if (ctx.words(CLAUSE_STOPS).contains(t.lower()) && i < tStart - 1) {
                // "X, who met Y" is still X's meeting: only stop when the clause word is not right before the verb
                if (!t.lower().equals("who")) {
                    return null;
                }
            }
            if (t.lower().equals("that") && !t.pos().equals("DET")
                    || reportingVerb(ctx, i) && !participle && !(i > 0 && ctx.token(i - 1).lower().equals("to"))) {
                // "He said (that) the shipment was heading to X": the subject is inside the reported clause; an
                // infinitive reports none ("things to say as part of the delegation meeting X")
                return reportedIt(ctx, text, i, tStart, types);
            }
            EntityMention m = ctx.outer[i];
            if (m == null && ctx.words(SUBJECT_PRONOUNS).contains(t.lower()) && t.pos().equals("PRON")) {
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
            if (purpose && m.kind() != MentionKind.GROUP && m.type() != EntityType.PERSON) {
                int v = m.tokens().start() - 1;
                while (v >= 0 && ctx.outer[v] == null && (ctx.token(v).pos().equals("DET") || ctx.token(v).pos().equals("ADJ"))) {
                    v--;
                }
                if (v >= 0 && ctx.outer[v] == null && ctx.token(v).pos().equals("VERB")) {
                    return subject(ctx, text, v, types, parties); // "visited the Assembly to meet Y": the place is the verb's object, not the one who meets
                }
            }
            if (!precededByPreposition(ctx, m) && !isDateline(ctx, m) && !compoundModifier(ctx, m) && !aside) {
                Arg a = ctx.arg(namedBefore(ctx, m), text);
                if (a != null && SentenceContext.accepts(a, types) && !(parties && a.type().equals("LOCATION")
                        && (placeModifier(ctx, m, types) || verbObject(ctx, m)))) {
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
     * A place named right after a verb (past a determiner) is the verb's object: "X visited A, holding talks
     * with Y" is X's talks, not A's. A reporting verb's clause is not its object.
     */
    private static boolean verbObject(SentenceContext ctx, EntityMention m) {
        int p = m.tokens().start() - 1;
        if (p >= 0 && ctx.token(p).pos().equals("DET")) {
            p--;
        }
        // after a reporting verb the place opens the reported clause as its subject ("X says Cuban authorities will meet Y")
        return m.kind() == MentionKind.NAME && p >= 0 && ctx.outer[p] == null && ctx.token(p).pos().equals("VERB")
                && !ctx.words(REPORTING_VERBS).contains(ctx.token(p).lemma());
    }

    /**
     * When the word at {@code end} closes an "of" phrase written right after a person's name ("A of the
     * ruling party", "A of the national bank"), the index of the name's last token; else -1. The phrase holds
     * only determiners, modifiers, nouns and names, at most eight words.
     */
    private static int ofPhraseStart(SentenceContext ctx, int end) {
        for (int p = end; p >= 1 && p > end - 8; p--) {
            Token t = ctx.token(p);
            if (t.lower().equals("of")) {
                EntityMention before = ctx.outer[p - 1];
                return p < end && before != null && before.type() == EntityType.PERSON && before.kind() == MentionKind.NAME
                        && before.tokens().end() == p ? p - 1 : -1;
            }
            String pos = t.pos();
            if (ctx.outer[p] == null && !(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN")
                    || pos.equals("VERB") && p > 0 && ctx.token(p - 1).pos().equals("DET"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A reporting verb at {@code i}: tagged a verb, or "says" / "said" right after an entity, which the
     * tagger may call a noun once the name before it is read as one word ("The spokesman says"). Other
     * reporting verbs so tagged are left alone: "told" takes an object ("told a press conference").
     */
    static boolean reportingVerb(SentenceContext ctx, int i) {
        Token t = ctx.token(i);
        if (ctx.outer[i] != null || !ctx.words(REPORTING_VERBS).contains(t.lemma())) {
            return false;
        }
        return t.pos().equals("VERB") || t.pos().equals("NOUN") && t.lemma().equals("say") && i > 0 && ctx.outer[i - 1] != null
                && !t.lower().equals(t.lemma());
    }

    /**
     * "The spokesman says the group was traveling to X": the trigger's clause is reported, and its own
     * subject is written between the reporting verb and the trigger (no other verb between), so the
     * speaker is not its agent, however the parse attaches the clause.
     */
    static boolean reportedClauseSubject(SentenceContext ctx, int tStart) {
        if (!ctx.token(tStart).pos().equals("VERB")) {
            return false; // a noun trigger ("told a joint press conference"): the nouns before it are its own phrase
        }
        boolean written = false;
        for (int i = tStart - 1; i >= 0; i--) {
            Token t = ctx.token(i);
            if (reportingVerb(ctx, i)) {
                return written;
            }
            if (ctx.words(CLAUSE_STOPS).contains(t.lower()) && !t.lower().equals("that") || t.isPunct()
                    || t.isVerbLike() && !t.pos().equals("AUX") && !ctx.words(PLAN_VERBS).contains(t.lemma()) && ctx.outer[i] == null) {
                return false;
            }
            written |= ctx.outer[i] != null || t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("PRON");
        }
        return false;
    }

    /**
     * "Elbonia says (that) it will send aid": when the reported clause's subject is a bare "it", the
     * organization or country that says so is its antecedent, as news writes of a government or a
     * company speaking of itself. {@code at} is the reporting verb or the "that" after it; only
     * auxiliaries, adverbs and planning verbs ("it plans to", "it has agreed to") may stand between
     * "it" and the trigger. A person is no antecedent of "it"; null when the clause is not so.
     */
    private static Arg reportedIt(SentenceContext ctx, String text, int at, int tStart, Set<String> types) {
        int verb = at;
        int p = at + 1;
        if (ctx.token(at).lower().equals("that")) {
            verb = at - 1;
        } else if (p < tStart && ctx.token(p).lower().equals("that")) {
            p++;
        }
        if (verb < 1 || p >= tStart || !ctx.token(p).lower().equals("it") || ctx.outer[p] != null
                || !reportingVerb(ctx, verb)) {
            return null;
        }
        for (int j = p + 1; j < tStart; j++) {
            Token w = ctx.token(j);
            boolean plan = w.pos().equals("VERB") && ctx.words(PLAN_VERBS).contains(w.lemma());
            if (!(w.pos().equals("AUX") || w.pos().equals("ADV") || w.pos().equals("PART") || plan) || ctx.outer[j] != null) {
                return null;
            }
        }
        Arg speaker = subject(ctx, text, verb, types);
        return speaker != null && speaker.mention() != null && speaker.mention().type() != EntityType.PERSON
                && speaker.mention().kind() != MentionKind.PRONOUN ? speaker : null;
    }

    /**
     * The index of the "of" that ties mention {@code m} to the person named right before it ("Minister A of
     * Elbonia", "President B of the Republic of Tarvo"), or -1.
     */
    private static int ofAfterPerson(SentenceContext ctx, EntityMention m) {
        int p = m.tokens().start() - 1;
        while (p >= 0 && ctx.outer[p] == null && (ctx.token(p).lower().equals("the") || ctx.token(p).pos().equals("ADJ"))) {
            p--;
        }
        if (p < 1 || !ctx.token(p).lower().equals("of")) {
            return -1;
        }
        EntityMention before = ctx.outer[p - 1];
        return before != null && before.type() == EntityType.PERSON && before.tokens().end() == p ? p : -1;
    }

    /** Whether the words between verb {@code v} and {@code to} are one noun phrase, its object ("visited the old fort to"). */
    private static boolean objectBetween(SentenceContext ctx, int v, int to) {
        for (int j = v + 1; j < to; j++) {
            String pos = ctx.token(j).pos();
            if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NUM") || pos.equals("NOUN") || pos.equals("PROPN"))) {
                return false;
            }
        }
        return true;
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
        int i = describedStart(ctx, CounterpartDescriptions.descriptionStart(ctx, titleStart(ctx, last.mention()))) - 1;
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
                } else if (joined && ofPhraseStart(ctx, i) >= 0) {
                    i = ofPhraseStart(ctx, i); // "A of the ruling party and B met": the complement describes A
                    continue;
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
            if (bareOffice(ctx, m)) {
                break; // "Event Chair and University Professor X": two offices of one person, not two parties
            }
            int of = m.type() == EntityType.PERSON ? -1 : ofAfterPerson(ctx, m);
            if (of >= 0) {
                i = of - 1; // "President A of Elbonia and Prime Minister B of Ruritania": the place belongs to the person before it
                continue;
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
     * A person named only by a capitalised office written without a determiner ("Event Chair", "Professor"): before
     * "and" and a titled name it is another office of that person, as no other person is written so.
     */
    private static boolean bareOffice(SentenceContext ctx, EntityMention m) {
        if (m.type() != EntityType.PERSON || m.kind() != MentionKind.NOMINAL) {
            return false;
        }
        for (int k = m.tokens().start(); k < m.tokens().end(); k++) {
            if (!ctx.token(k).isCapitalized()) {
                return false;
            }
        }
        int b = m.tokens().start() - 1;
        return b < 0 || !(ctx.token(b).pos().equals("DET") || ctx.words(POSSESSIVE_DETERMINERS).contains(ctx.token(b).lower())
                || ctx.token(b).isPossessive());
    }

    /** Most tokens a description written between "and" and the name it describes may take. */
    private static final int MAX_DESCRIPTION = 10;

    /**
     * "A and the exiled leader of the militant group B met", "A of the ruling party and the rebel movement B",
     * "A and C's political chief B": where a description written before the name at {@code start} begins, when
     * an "and" opens it, so that the subject walk reaches the party coordinated before it; else {@code start}.
     * The description holds determiners, possessives, adjectives, nouns, participles before a noun, "of", title
     * words and the bodies or places it names (never a person, who would be a party of his own), at most
     * {@link #MAX_DESCRIPTION} tokens, and at least one word in lower case: capitalised words alone after an "and"
     * are an office's portfolios ("Public Works and Administration Minister X").
     */
    static int describedStart(SentenceContext ctx, int start) {
        boolean lower = false;
        for (int j = start - 1; j >= 0 && j >= start - MAX_DESCRIPTION; j--) {
            Token t = ctx.token(j);
            EntityMention m = ctx.outer[j];
            if (m != null) {
                if (m.type() == EntityType.PERSON || m.kind() == MentionKind.PRONOUN || m.kind() == MentionKind.VALUE) {
                    return start;
                }
                j = m.tokens().start();
                continue;
            }
            String w = t.lower();
            if (w.equals("and")) {
                // only capitalised words after the "and" are the office's own portfolios ("Trade and Industry Minister")
                return j + 1 < start && lower ? j + 1 : start;
            }
            String pos = t.pos();
            lower |= !t.isCapitalized() && !w.equals("of") && !t.isPunct();
            boolean participle = pos.equals("VERB") && (w.endsWith("ed") || w.endsWith("ing")) && j + 1 < start
                    && (ctx.token(j + 1).pos().equals("ADJ") || ctx.token(j + 1).pos().equals("NOUN"));
            if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM")
                    || w.equals("of") || t.isPossessive() || w.equals("'") || w.equals("-") || participle
                    || pos.equals("PRON") && ctx.words(POSSESSIVE_DETERMINERS).contains(w))) {
                return start;
            }
        }
        return start;
    }

    /** A reporting verb ("said") whose speaker follows a closing quotation mark: it reports the quotation. */
    static boolean reportsQuotation(SentenceContext ctx, int verb) {
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
    static boolean stopsClause(SentenceContext ctx, Token t) {
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
    static List<Arg> adjunctSubject(MatchContext match, RoleSpec spec, Finder f, boolean verbSubject) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        int tStart = match.tStart();
        Set<String> types = match.types(spec, f);
        int from = NounPhrases.modifiersBeforeComma(ctx, tStart);
        int p = from - 1;
        while (p >= 0 && p >= from - 6 && !f.words().contains(ctx.token(p).lower())) {
            String pos = ctx.token(p).pos();
            // "on last month's tour": a possessive inside the phrase is one of its modifiers
            if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NUM") || pos.equals("NOUN") || pos.equals("PROPN")
                    || pos.equals("PRON") || ctx.token(p).text().equals("-") || pos.equals("VERB") && ctx.token(p).lower().endsWith("ed")
                    || ctx.token(p).isPossessive())) {
                return List.of();
            }
            p--;
        }
        if (p < 0 || p < from - 6) {
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
    static Arg clauseActor(SentenceContext ctx, String text, EntityMention m, Set<String> types) {
        if (precededByPreposition(ctx, m) || isDateline(ctx, m)) {
            return null;
        }
        Arg a = ctx.arg(m, text);
        return a != null && SentenceContext.accepts(a, types) ? a : null;
    }

    /** The first actor of the sentence before the trigger's that is not inside a prepositional phrase (its subject, usually). */
    static List<Arg> firstActor(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.previous();
        String text = match.text();
        Set<String> types = match.types(spec, f);
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

    static List<Arg> possessor(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        int tStart = match.tStart();
        Set<String> types = match.types(spec, f);
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
}
