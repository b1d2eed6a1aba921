package dev.eventex.event;

import static dev.eventex.event.NounPhrases.firstInPhrase;
import static dev.eventex.event.NounPhrases.nounPhraseWord;
import static dev.eventex.event.NounPhrases.startsClause;
import static dev.eventex.event.ObjectFinders.phrase;
import static dev.eventex.internal.Lexicons.CLAUSE_STOPS;
import static dev.eventex.internal.Lexicons.DETERMINERS;
import static dev.eventex.internal.Lexicons.RELATIVE_PREPOSITIONS;
import static dev.eventex.internal.Lexicons.VENUE_NOUNS;

import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Finds where an event took place: the place after a preposition ("in", "at"), the city a
 * phrase names with its country, a venue, the object venue of a verb and the last place of a
 * sentence. Stateless; each method reads one sentence.
 */
final class PlaceFinders {

    private PlaceFinders() {
    }

    /**
     * The last place of the given types named in the sentence before the trigger's: what
     * "that country" points back to in "... left for A. He made a trip to that country". With
     * {@code words}, the mention must be of one of those gazetteer kinds ("country").
     */
    static List<Arg> lastPlace(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.previous();
        String text = match.text();
        Set<String> types = match.types(spec, f);
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

    /**
     * Where something took place: after one of the prepositions ("in", "at"), a place name
     * anywhere in the phrase ("in the Kenyan capital, Nairobi") or a named building or
     * institution the preposition governs directly ("at State House", "at the Ministry of
     * Foreign Affairs"); "at the invitation of the Ministry" names no place. Looks after the
     * trigger, or (not {@code forward}) in a phrase that ends before it ("At Parliament, she met").
     */
    static List<Arg> place(MatchContext match, RoleSpec spec, Finder f, boolean forward) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        int tStart = match.tStart();
        int tEnd = match.tEnd();
        int from = forward ? tEnd : Math.max(0, tStart - f.maxDistance());
        int to = forward ? Math.min(ctx.size(), tEnd + f.maxDistance()) : tStart;
        for (int i = forward ? from : to - 1; forward ? i < to : i >= from; i += forward ? 1 : -1) {
            Token t = ctx.token(i);
            if (forward && (ctx.words(CLAUSE_STOPS).contains(t.lower()) || startsClause(ctx, i) && i > from)) {
                return List.of();
            }
            if (!f.words().contains(t.lower()) || ctx.outer[i] != null || ObjectFinders.connective(ctx, i)) {
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
                Arg a = placeOfGathering(ctx, text, m);
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
     * The place of an organization named after "at": the organization itself when it is a
     * building ("at State House", its head a venue noun), else the place the phrase goes on to
     * name ("met at APEC in Lima", "at the ASEAN summit in Jakarta"): a body or its summit is held
     * somewhere, it is not the somewhere.
     */
    static Arg placeOfGathering(SentenceContext ctx, String text, EntityMention org) {
        int end = org.tokens().end();
        boolean building = ctx.words(VENUE_NOUNS).contains(ctx.token(end - 1).lower());
        int k = end;
        while (!building && k < ctx.size() && ctx.outer[k] == null && nounPhraseWord(ctx.token(k))
                && !ctx.token(k).isCapitalized()) {
            k++; // "at the ASEAN summit in Jakarta": the gathering the body held
        }
        if (!building && k + 1 < ctx.size() && ctx.token(k).lower().equals("in")) {
            k++;
            if (ctx.words(DETERMINERS).contains(ctx.token(k).lower()) && k + 1 < ctx.size()) {
                k++;
            }
            EntityMention place = ctx.outer[k];
            if (place != null && place.type() == EntityType.LOCATION && place.kind() == MentionKind.NAME
                    && place.tokens().start() == k) {
                Arg a = ctx.arg(place, text);
                if (a != null) {
                    return a;
                }
            }
        }
        return ctx.arg(org, text);
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
    static List<Arg> venueObject(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        int tEnd = match.tEnd();
        int i = tEnd;
        while (i < ctx.size() && ctx.outer[i] == null && (ctx.token(i).pos().equals("ADV") || ctx.token(i).pos().equals("PART"))) {
            i++;
        }
        Arg v = venue(ctx, text, i, Math.min(ctx.size(), i + f.maxDistance()), f.words());
        return v == null ? List.of() : List.of(v);
    }

    /**
     * The named place that locates a venue the trigger goes to, where the venue is a described thing rather than a
     * name: "visited a research reactor in D", "travelled to a prison in northern D", "visiting troops at a naval
     * base in D" give D. The venue is the verb's object or a phrase on it after one of the {@code words}
     * prepositions; the place hangs on the venue's noun after one of the same prepositions. Read from the tree, and
     * only when such a preposition comes before a place named after the trigger (parsing is the cost).
     */
    static List<Arg> locatedPlace(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        int t = match.tStart();
        int limit = Math.min(ctx.size(), match.tEnd() + f.maxDistance());
        boolean prep = false;
        boolean place = false;
        for (int i = match.tEnd(); i < limit && !place; i++) {
            prep |= ctx.outer[i] == null && f.words().contains(ctx.token(i).lower());
            place = prep && ctx.outer[i] != null && ctx.outer[i].type() == EntityType.LOCATION;
        }
        dev.eventex.text.Syntax tree = place ? ctx.syntax() : null;
        if (tree == null) {
            return List.of();
        }
        Set<String> types = match.types(spec, f);
        boolean described = false;
        for (int venue : tree.children(t)) {
            if (venue <= t || venue >= limit || ctx.outer[venue] != null || !ctx.token(venue).pos().equals("NOUN")
                    || !(tree.is(venue, "obj") || tree.is(venue, "obl") && governedBy(tree, ctx, venue, f.words()))) {
                continue; // a named venue is the other finders' business; a described one is a common noun
            }
            described |= tree.is(venue, "obj");
            for (int c : tree.children(venue, "nmod")) {
                if (c < limit && governedBy(tree, ctx, c, f.words())) {
                    List<Arg> args = SyntaxFinders.argsAt(tree, ctx, match.text(), c, types, false);
                    if (!args.isEmpty()) {
                        return args;
                    }
                }
            }
        }
        if (described) {
            // the parser may hang the place on the verb: "visited a reactor | in D", "visiting troops | in D"
            for (int c : tree.children(t, "obl")) {
                if (c > t && c < limit && governedBy(tree, ctx, c, f.words())) {
                    List<Arg> args = SyntaxFinders.argsAt(tree, ctx, match.text(), c, types, false);
                    if (!args.isEmpty()) {
                        return args;
                    }
                }
            }
        }
        return List.of();
    }

    /** Whether a noun of the tree has one of the prepositions as its {@code case} word. */
    private static boolean governedBy(dev.eventex.text.Syntax tree, SentenceContext ctx, int noun, List<String> words) {
        for (int k : tree.children(noun, "case")) {
            if (words.contains(ctx.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "During her trip, X visited the National University of Elbonia": a trip with no place of its
     * own went to the country whose name the venue bears, the object of one of the {@code words}
     * verbs after the trigger. The country is a mention of it in the report (the venue's own
     * country code, or a country named inside the venue's name). Empty otherwise.
     */
    static List<Arg> venueCountry(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        for (int i = match.tEnd(); i < Math.min(ctx.size(), match.tEnd() + f.maxDistance()); i++) {
            Token t = ctx.token(i);
            if (!t.pos().equals("VERB") || ctx.outer[i] != null || !f.words().contains(t.lemma())) {
                continue;
            }
            int j = i + 1;
            while (j < ctx.size() && ctx.outer[j] == null && ctx.words(DETERMINERS).contains(ctx.token(j).lower())) {
                j++;
            }
            EntityMention venue = j < ctx.size() ? ctx.outer[j] : null;
            if (venue == null || venue.kind() != MentionKind.NAME || venue.type() != EntityType.ORGANIZATION
                    && (venue.type() != EntityType.LOCATION || venue.attribute("gaz") != null)) {
                return List.of();
            }
            Arg country = countryOfVenue(ctx, match.text(), venue);
            return country == null ? List.of() : List.of(country);
        }
        return List.of();
    }

    private static Arg countryOfVenue(SentenceContext ctx, String text, EntityMention venue) {
        dev.eventex.api.Entity ve = ctx.resolved.entityOf(venue);
        String code = ve == null ? null : ve.attributes().get("country");
        String name = " " + venue.text() + " ";
        for (EntityMention m : ctx.resolved.mentions()) {
            if (m.type() != EntityType.LOCATION || m.kind() != MentionKind.NAME || !"country".equals(m.attribute("gaz"))) {
                continue;
            }
            dev.eventex.api.Entity e = ctx.resolved.entityOf(m);
            if (e != null && (code != null && code.equals(e.code()) || code == null && name.contains(" " + m.text() + " "))) {
                return ctx.arg(m, text);
            }
        }
        return null;
    }
}
