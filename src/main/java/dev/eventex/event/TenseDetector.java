package dev.eventex.event;

import static dev.eventex.internal.Lexicons.ANAPHORIC_DETERMINERS;
import static dev.eventex.internal.Lexicons.CLAUSE_OPENERS;
import static dev.eventex.internal.Lexicons.CLAUSE_STOPS;
import static dev.eventex.internal.Lexicons.FUTURE_AUXILIARIES;
import static dev.eventex.internal.Lexicons.GOAL_NOUNS;
import static dev.eventex.internal.Lexicons.IRREGULAR_PARTICIPLES;
import static dev.eventex.internal.Lexicons.IRREGULAR_PAST;
import static dev.eventex.internal.Lexicons.MODAL_AUXILIARIES;
import static dev.eventex.internal.Lexicons.ONGOING_CUES;
import static dev.eventex.internal.Lexicons.PAST_AUXILIARIES;
import static dev.eventex.internal.Lexicons.PAST_CUES;
import static dev.eventex.internal.Lexicons.PLAN_VERBS;
import static dev.eventex.internal.Lexicons.POSSESSIVE_DETERMINERS;
import static dev.eventex.internal.Lexicons.PLANNED_CUES;
import static dev.eventex.internal.Lexicons.PROMISE_VERBS;
import static dev.eventex.internal.Lexicons.FUTURE_DATE_WORDS;
import static dev.eventex.internal.Lexicons.PAST_DATE_WORDS;
import static dev.eventex.internal.Lexicons.PRESENT_BE;
import static dev.eventex.internal.Lexicons.REPORTING_VERBS;

import dev.eventex.api.DateValue;
import dev.eventex.api.Tense;
import dev.eventex.text.Token;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * When an event happens, from the verb group around its trigger: modals and planning verbs
 * ("will visit", "is expected to meet"), progressive and perfect forms, past morphology, the
 * clause a nominal trigger sits in, and dates against the publication date. Stateless.
 */
final class TenseDetector {

    private TenseDetector() {
    }

    static boolean isPassive(SentenceContext ctx, int t) {
        Token trig = ctx.token(t);
        boolean participle = trig.lower().endsWith("ed") || trig.lower().endsWith("en") || ctx.words(IRREGULAR_PARTICIPLES).contains(trig.lower());
        if (!participle || !trig.pos().equals("VERB")) {
            return false;
        }
        for (int i = t - 1; i >= Math.max(0, t - 3); i--) {
            Token p = ctx.token(i);
            if (p.lemma().equals("be") || p.lower().equals("been") || p.lower().equals("being")) {
                return true;
            }
            if (!p.pos().equals("ADV") && !p.pos().equals("AUX") && !p.pos().equals("PART")) {
                return false;
            }
        }
        return false;
    }

    /** Tense from the verb group around the trigger; null when the trigger says nothing (nouns). */
    static Tense tense(SentenceContext ctx, int tStart, int tEnd, LocalDate anchor) {
        Token trig = ctx.token(tStart);
        if (trig.pos().equals("VERB") && ctx.words(PROMISE_VERBS).contains(trig.lemma())) {
            return Tense.PLANNED; // "pledged $5 million to X": what is promised is still to be given
        }
        // look left for modals, "to" infinitives after planning verbs, progressive and perfect auxiliaries
        for (int i = tStart - 1; i >= Math.max(0, tStart - 5); i--) {
            Token p = ctx.token(i);
            String w = p.lower();
            if (ctx.words(MODAL_AUXILIARIES).contains(w)) {
                return Tense.PLANNED;
            }
            if ((w.equals("towards") || w.equals("toward") || w.equals("at")
                    || w.equals("of") && i > 0 && ctx.words(GOAL_NOUNS).contains(ctx.token(i - 1).lemma())) && i == tStart - 1
                    && trig.lower().endsWith("ing")) {
                return Tense.PLANNED; // "the goal of doubling", "work towards raising", "aimed at increasing"
            }
            if (w.equals("to") && i > 0 && i == tStart - 1 && ctx.token(i - 1).pos().equals("NOUN")
                    && ctx.words(GOAL_NOUNS).contains(ctx.token(i - 1).lemma())) {
                return Tense.PLANNED; // "steps to achieve", "a plan to raise"
            }
            if (w.equals("to") && i > 0) {
                Token v = ctx.token(beforeDate(ctx, i - 1));
                if (planBeforeTo(ctx, v) || v.lemma().equals("be") || v.lower().equals("likely")) { // "is to visit", "is likely to"
                    return Tense.PLANNED;
                }
            }
            if (p.pos().equals("VERB") || p.pos().equals("NOUN") || p.pos().equals("PROPN") || p.isPunct()) {
                break;
            }
        }
        if (trig.lemma().equals("be")) {
            // "is in D on a visit": being there now; "was in D for talks": done
            String w = trig.lower();
            return w.equals("was") || w.equals("were") ? Tense.PAST
                    : w.equals("is") || w.equals("are") || w.equals("am") ? Tense.ONGOING : null;
        }
        if (trig.pos().equals("VERB")) {
            String w = trig.lower();
            boolean progressive = w.endsWith("ing");
            if (progressive) {
                for (int i = tStart - 1; i >= Math.max(0, tStart - 3); i--) {
                    String a = ctx.token(i).lower();
                    if (a.equals("is") || a.equals("are") || a.equals("am")) {
                        return Tense.ONGOING;
                    }
                    if (a.equals("was") || a.equals("were")) {
                        return Tense.PAST;
                    }
                }
            }
            if (progressive && tStart > 0 && ctx.token(tStart - 1).lower().equals("for")) {
                return Tense.PAST; // "thanked him for visiting": what one is thanked for is done
            }
            for (int i = tStart - 1; i >= Math.max(0, tStart - 3) && ctx.words(IRREGULAR_PARTICIPLES).contains(w); i--) {
                String a = ctx.token(i).lower();
                if (a.equals("have") || a.equals("has") || a.equals("had")) {
                    return Tense.PAST; // "have come to", perfect with a participle spelled like the base form
                }
                if (!ctx.token(i).pos().equals("ADV")) {
                    break;
                }
            }
            int b = tStart - 1;
            while (b > 0 && ctx.token(b).pos().equals("ADV")) {
                b--;
            }
            if (b >= 0 && ctx.token(b).lower().equals("be")) {
                return null; // "will meet X and be received by Y": the participle's clause has the tense
            }
            if (w.endsWith("ed") || ctx.words(IRREGULAR_PAST).contains(w) || ctx.words(IRREGULAR_PARTICIPLES).contains(w) && !w.equals(trig.lemma())) {
                return Tense.PAST;
            }
            if (w.endsWith("s") && !w.equals(trig.lemma()) && headline(ctx)) {
                return Tense.PAST; // "Minister meets envoy" over a report: headlines tell what happened in the present
            }
            if (w.equals(trig.lemma()) || w.endsWith("s")) {
                // present simple in running text and "to visit": nothing certain
                return null;
            }
        }
        if (trig.pos().equals("NOUN")) {
            // "is on a three-day visit", "currently in X on a visit"
            for (int i = tStart - 1; i >= Math.max(0, tStart - 9); i--) {
                Token p = ctx.token(i);
                String a = p.lower();
                if (ctx.words(ONGOING_CUES).contains(a)) {
                    return Tense.ONGOING;
                }
                if (ctx.words(PAST_CUES).contains(a)) {
                    return Tense.PAST;
                }
                if (ctx.words(PLANNED_CUES).contains(a)) {
                    return Tense.PLANNED;
                }
                if (p.pos().equals("VERB") && ctx.outer[i] == null && !p.lemma().equals("be") && ctx.words(PLAN_VERBS).contains(p.lemma())
                        && directObject(ctx, i + 1, tStart)) {
                    return Tense.PLANNED; // "was preparing a visit", "expects a state visit": the visit is the plan's object
                }
                if (i + 1 < tStart && ctx.token(i + 1).lower().equals("to") && ctx.outer[i] == null && planBeforeTo(ctx, p)
                        && !known(ctx, tStart)) {
                    // "is expected to raise it during talks", "said he plans to discuss it during talks": the noun is
                    // in the planned clause, whatever the verbs before the plan say
                    return Tense.PLANNED;
                }
                // the light verb governing the noun: "paid a visit", "started his visit", "returned from a visit"
                if (p.pos().equals("VERB") && ctx.outer[i] == null && !a.endsWith("ing")
                        && (a.endsWith("ed") || ctx.words(IRREGULAR_PAST).contains(a)) && !(i > 0 && ctx.token(i - 1).lemma().equals("be"))) {
                    return Tense.PAST;
                }
                if (p.isPunct() && !a.equals("-") || ctx.words(CLAUSE_STOPS).contains(a)) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * The noun is told as an event the reader knows: "during his visit", "during the talks", "during X's trip".
     * What is planned to happen during it says nothing of its own tense.
     */
    private static boolean known(SentenceContext ctx, int noun) {
        int i = noun - 1;
        while (i >= 0 && (ctx.token(i).pos().equals("ADJ") || ctx.token(i).pos().equals("NUM") || ctx.token(i).text().equals("-")
                || ctx.token(i).pos().equals("NOUN"))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        Token d = ctx.token(i);
        return d.isPossessive() || ctx.outer[i] != null || ctx.words(POSSESSIVE_DETERMINERS).contains(d.lower())
                || ctx.words(ANAPHORIC_DETERMINERS).contains(d.lower());
    }

    /** A planning verb or adjective before an infinitive: "plans to", "is expected to", "is due to". */
    private static boolean planBeforeTo(SentenceContext ctx, Token p) {
        String w = p.lower();
        return w.equals("expected") || w.equals("scheduled") || w.equals("due") || w.equals("set") || w.equals("going")
                || ctx.words(PLAN_VERBS).contains(p.lemma()) && !p.lemma().equals("be");
    }

    /** Only the noun's own determiners and modifiers between a verb and it: the noun is the verb's object. */
    private static boolean directObject(SentenceContext ctx, int from, int noun) {
        for (int k = from; k < noun; k++) {
            String pos = ctx.token(k).pos();
            if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NUM") || pos.equals("NOUN") || ctx.words(POSSESSIVE_DETERMINERS).contains(ctx.token(k).lower()) || ctx.token(k).text().equals("-"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * For nominal triggers ("a working visit that will take her to Shanghai"): the modal or
     * planning verb of the clause the noun sits in, if any.
     */
    static Tense sentenceTense(SentenceContext ctx, int tStart) {
        int from = tStart;
        while (from > 0 && !ctx.token(from - 1).text().equals(";") && !ctx.words(CLAUSE_STOPS).contains(ctx.token(from - 1).lower())) {
            from--;
        }
        int to = Math.min(ctx.size(), tStart + 8);
        from = Math.max(from, reportedBefore(ctx, from, tStart));
        for (int i = from; i < to; i++) {
            String w = ctx.token(i).lower();
            if (w.equals("will") || w.equals("shall") || w.equals("'ll")) {
                return Tense.PLANNED;
            }
            if (w.equals("to") && i > 0 && i + 1 < ctx.size() && ctx.token(i + 1).pos().equals("VERB")) {
                if (planBeforeTo(ctx, ctx.token(i - 1))) {
                    return Tense.PLANNED;
                }
            }
        }
        for (int i = from; i < to; i++) {
            // "X's remarks came after a meeting with Y", "talks held in Z": a verb of the clause in the past
            Token v = ctx.token(i);
            String w = v.lower();
            boolean reported = ctx.words(REPORTING_VERBS).contains(v.lemma()) && !w.endsWith("s") && !w.endsWith("ing"); // "X said following the talks"
            if (v.isVerbLike() && !ctx.words(PLAN_VERBS).contains(v.lemma()) && !w.equals(v.lemma()) && (w.endsWith("ed") || ctx.words(IRREGULAR_PAST).contains(w)
                    || reported || w.equals("was") || w.equals("were")) && !(i > 0 && ctx.token(i - 1).lower().equals("to"))) {
                return Tense.PAST;
            }
        }
        return null;
    }

    /**
     * The token after the last past reporting verb in [from, tStart), or {@code from}: in "A and B
     * plan to double trade, X said during a visit to C" the noun belongs to the saying, so the
     * plan reported before it says nothing about the visit.
     */
    private static int reportedBefore(SentenceContext ctx, int from, int tStart) {
        for (int i = tStart - 1; i > from; i--) {
            Token v = ctx.token(i);
            String w = v.lower();
            if (v.pos().equals("VERB") && ctx.words(REPORTING_VERBS).contains(v.lemma()) && !w.equals(v.lemma()) && !w.endsWith("s")
                    && !w.endsWith("ing")) {
                return i;
            }
        }
        return from;
    }

    /**
     * The token before a date and adverbs that end at {@code i}: "is next week to visit" is
     * "is to visit" with a date in between.
     */
    private static int beforeDate(SentenceContext ctx, int i) {
        int k = i;
        while (k > 0 && (ctx.inner[k] != null && ctx.inner[k].type() == dev.eventex.api.EntityType.DATE || ctx.token(k).pos().equals("ADV"))) {
            k--;
        }
        return k;
    }

    /** A headline or caption: a sentence that does not end as running text does. */
    private static boolean headline(SentenceContext ctx) {
        String last = ctx.token(ctx.size() - 1).text();
        return !(last.endsWith(".") || last.equals("!") || last.equals("?") || last.equals(":") || last.equals(";")
                || last.endsWith("\"") || last.endsWith("\u201d") || last.endsWith("'") || last.endsWith("\u2019"));
    }

    /**
     * For a verb without tense of its own: a participle opening an adverbial clause ("while
     * receiving X", "after meeting Y"), an infinitive of purpose ("arrived to meet Y", "plans to
     * fly to D to meet Y") or a bare infinitive coordinated under a modal ("will meet X and be
     * received by Y"): the tense of the clause it depends on.
     */
    /**
     * The tense of an absolute clause ("..., with the other members raising a further $4bn"):
     * a gerund whose subject follows "with" states its event in the time of the verb the clause
     * hangs on, the nearest verb left of "with" in the same sentence. Null when the trigger is
     * no such gerund or that verb shows no tense.
     */
    static Tense absoluteTense(SentenceContext ctx, int tStart, LocalDate anchor) {
        Token trig = ctx.token(tStart);
        if (!trig.pos().equals("VERB") || !trig.lower().endsWith("ing")) {
            return null;
        }
        int w = tStart - 1;
        while (w > 0 && w >= tStart - 8 && !ctx.token(w).lower().equals("with")) {
            String pos = ctx.token(w).pos();
            if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM")
                    || ctx.token(w).lower().equals("of"))) {
                return null; // only a noun phrase between "with" and the gerund: its subject
            }
            w--;
        }
        if (w <= 0 || w == tStart - 1 || !ctx.token(w).lower().equals("with")) {
            return null;
        }
        for (int v = w - 1; v >= 0; v--) {
            Token t = ctx.token(v);
            if (t.text().equals(";") || ctx.words(CLAUSE_STOPS).contains(t.lower())) {
                return null;
            }
            if (t.pos().equals("VERB") && ctx.outer[v] == null) {
                return tense(ctx, v, v + 1, anchor);
            }
            if (t.pos().equals("AUX") && v + 1 < w) {
                return tense(ctx, v + 1, v + 2, anchor); // "would mobilise", the verb itself mistagged
            }
        }
        return null;
    }

    static Tense nonFiniteTense(SentenceContext ctx, int tStart) {
        Token trig = ctx.token(tStart);
        if (tStart == 0 || !trig.pos().equals("VERB")) {
            return null;
        }
        int p = tStart - 1;
        while (p > 0 && ctx.token(p).pos().equals("ADV")) {
            p--;
        }
        String before = ctx.token(p).lower();
        if (trig.lower().endsWith("ing") && ctx.words(CLAUSE_OPENERS).contains(before) && !before.equals("to")) {
            return sentenceTense(ctx, p);
        }
        boolean bare = trig.lower().equals(trig.lemma());
        if (bare && before.equals("to") || before.equals("be") && isPassive(ctx, tStart)) {
            return sentenceTense(ctx, p);
        }
        return null;
    }

    /**
     * Tense from the parse, for triggers whose own verb group says nothing: the auxiliaries
     * and copula of the trigger ("is on a visit", "will hold talks"), else of the verb it
     * depends on ("arrived for a visit", "is expected to visit"), up to three levels.
     */
    static Tense fromSyntax(SentenceContext ctx, int t) {
        dev.eventex.text.Syntax tree = ctx.syntax();
        if (tree == null) {
            return null;
        }
        int v = t;
        String via = null;
        for (int depth = 0; depth < 4 && v >= 0; depth++) {
            Token tok = ctx.token(v);
            if (via != null && via.equals("xcomp") && ctx.words(PLAN_VERBS).contains(tok.lemma()) && !tok.lemma().equals("be")) {
                return Tense.PLANNED; // "is expected to visit", "plans to travel"
            }
            Tense own = auxTense(tree, ctx, v);
            if (own != null) {
                return own;
            }
            if (tok.pos().equals("VERB") && v != t) {
                String w = tok.lower();
                if (w.endsWith("ed") || ctx.words(IRREGULAR_PAST).contains(w) || ctx.words(IRREGULAR_PARTICIPLES).contains(w) && !w.equals(tok.lemma())) {
                    return Tense.PAST;
                }
                if (!w.equals(tok.lemma()) && w.endsWith("s")) {
                    return null; // present simple: nothing certain
                }
            }
            int h = tree.head(v);
            if (h < 0 || tree.is(v, "ccomp") || tree.is(v, "parataxis") || tree.is(v, "acl")) {
                return null; // another clause's tense says nothing about this one
            }
            via = tree.relation(v);
            v = h;
        }
        return null;
    }

    /**
     * A nominal trigger whose relative clause sets it in the future ("talks that will be held
     * tomorrow", "talks which are scheduled for Friday") is planned, whatever the verb governing
     * the noun says ("arrived for talks"): the clause speaks of the talks themselves. Null otherwise.
     */
    static Tense relativeClauseTense(SentenceContext ctx, int t) {
        // the words below are needed for either answer: without them the sentence is not parsed for it
        if (ctx.token(t).pos().equals("VERB") || !mayPlanInRelativeClause(ctx)) {
            return null;
        }
        dev.eventex.text.Syntax tree = ctx.syntax();
        if (tree == null) {
            return null;
        }
        for (int c : tree.children(t)) {
            if (!tree.is(c, "acl:relcl")) {
                continue;
            }
            for (int a : tree.children(c)) {
                if ((tree.is(a, "aux") || tree.is(a, "aux:pass")) && ctx.words(FUTURE_AUXILIARIES).contains(ctx.token(a).lower())
                        && !ctx.token(a).lower().equals("would")) {
                    return Tense.PLANNED;
                }
            }
            String lemma = ctx.token(c).lemma();
            if (ctx.words(PLAN_VERBS).contains(lemma) && !lemma.equals("be") && ctx.token(c).lower().endsWith("ed")) {
                for (int a : tree.children(c)) {
                    if (tree.is(a, "aux:pass") && ctx.words(PRESENT_BE).contains(ctx.token(a).lower())) {
                        return Tense.PLANNED; // "which are scheduled for Friday", "that is planned for May"
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the sentence has the words {@link #relativeClauseTense} looks for in a relative clause:
     * a future auxiliary other than "would", or a planning verb in "-ed" with a present form of "be".
     */
    static boolean mayPlanInRelativeClause(SentenceContext ctx) {
        boolean planned = false;
        boolean presentBe = false;
        for (int i = 0; i < ctx.size(); i++) {
            Token tok = ctx.token(i);
            String w = tok.lower();
            if (ctx.words(FUTURE_AUXILIARIES).contains(w) && !w.equals("would")) {
                return true;
            }
            String lemma = tok.lemma();
            planned |= lemma != null && w.endsWith("ed") && !lemma.equals("be") && ctx.words(PLAN_VERBS).contains(lemma);
            presentBe |= ctx.words(PRESENT_BE).contains(w);
        }
        return planned && presentBe;
    }

    /** Tense from the auxiliaries and copula the tree attaches to {@code v}. */
    private static Tense auxTense(dev.eventex.text.Syntax tree, SentenceContext ctx, int v) {
        boolean progressive = ctx.token(v).lower().endsWith("ing");
        for (int c : tree.children(v)) {
            boolean cop = tree.is(c, "cop");
            if (!cop && !tree.is(c, "aux")) {
                continue;
            }
            String a = ctx.token(c).lower();
            if (ctx.words(FUTURE_AUXILIARIES).contains(a)) {
                return Tense.PLANNED;
            }
            if (ctx.words(PRESENT_BE).contains(a) && (cop || progressive)) {
                return Tense.ONGOING; // "is on a visit", "is visiting"
            }
            if (ctx.words(PAST_AUXILIARIES).contains(a)) {
                return Tense.PAST;
            }
        }
        return null;
    }

    /**
     * A nominal trigger dated in its own phrase ("his visit in 2019", "her 2010 trip") is past or
     * planned by that date, whatever the sentence's verb says ("is visiting A to follow up on his
     * visit in 2019"); null when no such date, or one of the anchor's own period.
     */
    static Tense ownDateTense(SentenceContext ctx, int tStart, int tEnd, LocalDate anchor) {
        if (anchor == null) {
            return null;
        }
        dev.eventex.entity.EntityMention date = null;
        if (tEnd + 1 < ctx.size() && ctx.token(tEnd).lower().equals("in") && ctx.outer[tEnd + 1] != null
                && ctx.outer[tEnd + 1].tokens().start() == tEnd + 1) {
            date = ctx.outer[tEnd + 1];
        } else if (tStart > 0 && ctx.outer[tStart - 1] != null && ctx.outer[tStart - 1].tokens().end() == tStart) {
            date = ctx.outer[tStart - 1];
        }
        if (date == null || date.type() != dev.eventex.api.EntityType.DATE) {
            return null;
        }
        dev.eventex.api.Entity e = ctx.resolved.entityOf(date);
        String value = e == null ? null : e.attributes().get("value");
        if (value == null || !value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return null;
        }
        return tenseFromDate(null, Map.of("date", new RoleValue.Date(new DateValue(date.text(), value))), anchor);
    }

    /**
     * The tense a firing's date gives when its verb says nothing: a date before or after the
     * publication date; else, with {@code ctx}, the direction the date's own words point
     * ("next week", "later this month", "two days ago"), which holds when no publication date is
     * known or the date falls in the anchor's own week.
     */
    static Tense tenseFromDate(SentenceContext ctx, Map<String, RoleValue> roles, LocalDate anchor) {
        for (RoleValue v : roles.values()) {
            if (!(v instanceof RoleValue.Date date)) {
                continue;
            }
            DateValue d = date.date();
            if (anchor != null && d.value() != null && d.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                String a = anchor.toString().substring(0, d.value().length());
                int c = d.value().compareTo(a);
                if (c < 0) {
                    return Tense.PAST;
                }
                if (c > 0) {
                    return Tense.PLANNED;
                }
            }
            if (ctx != null && d.text() != null) {
                String words = " " + d.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
                if (containsEntry(words, ctx.words(FUTURE_DATE_WORDS))) {
                    return Tense.PLANNED;
                }
                if (containsEntry(words, ctx.words(PAST_DATE_WORDS))) {
                    return Tense.PAST;
                }
            }
        }
        return null;
    }

    private static boolean containsEntry(String spacedWords, Set<String> entries) {
        for (String e : entries) {
            if (spacedWords.contains(" " + e + " ")) {
                return true;
            }
        }
        return false;
    }

}
