package dev.eventex.event;

import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.Syntax;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Who travels, when the clause of the event does not say it plainly. The finder
 * {@code verbSubject}: the actor of another verb of the same sentence, one of the finder's
 * words (lemmas); news often names the stops of a tour in a phrase that hangs far from the
 * clause of the journey, with a reporting clause between them ("X arrived for talks, the
 * ministry said, after stops in A and B"), where neither the nearest subject nor the clause
 * subject is the traveller; the subject of the journey's verb is. The finder {@code
 * hostCountry}: a visit paid to a person goes to that person's country. And a description
 * heading a list of travellers that stands for a named person leads the party. Stateless.
 */
final class Travellers {

    private Travellers() {
    }

    /**
     * Coordinated persons filling a one-party role without the spouses among them ("President A and First
     * Lady B travelled to C" is A's visit; lexicon {@code spouse-words}), unless no one else is left.
     */
    static List<Arg> withoutSpouses(SentenceContext ctx, List<Arg> listed) {
        if (listed.size() < 2) {
            return listed;
        }
        List<Arg> out = new ArrayList<>();
        for (Arg a : listed) {
            if (!spouse(ctx, a)) {
                out.add(a);
            }
        }
        return out.isEmpty() ? listed : out;
    }

    private static boolean spouse(SentenceContext ctx, Arg a) {
        Set<String> words = ctx.words(Lexicons.SPOUSE_WORDS);
        String title = a.entity() != null ? a.entity().attributes().get("title") : null;
        if (title != null && words.contains(title.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (a.mention() == null || a.mention().sentence() != ctx.sentence.index()) {
            return false;
        }
        int s = TitledNames.titleStart(ctx, a.mention());
        String one = s >= 1 ? ctx.token(s - 1).lower() : "";
        String two = s >= 2 ? ctx.token(s - 2).lower() + " " + one : "";
        if (one.equals(",") && s >= 2) {
            one = ctx.token(s - 2).lower(); // "his wife, B": the description in apposition before the name
            two = s >= 3 ? ctx.token(s - 3).lower() + " " + one : "";
        }
        return words.contains(one) || words.contains(two);
    }

    /** The subject of the nearest verb of the sentence whose lemma is one of the finder's words, or an empty list. */
    static List<Arg> verbSubject(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        int tStart = match.tStart();
        Set<String> types = match.types(spec, f);
        List<Integer> verbs = new ArrayList<>();
        for (int i = 0; i < ctx.size(); i++) {
            if (i != tStart && Math.abs(i - tStart) <= f.maxDistance() && ctx.outer[i] == null
                    && ctx.token(i).pos().equals("VERB") && f.words().contains(ctx.token(i).lemma())) {
                verbs.add(i);
            }
        }
        verbs.sort(Comparator.comparingInt(i -> Math.abs(i - tStart)));
        for (int v : verbs) {
            Arg a = SubjectFinders.subject(ctx, text, v, types);
            if (a != null) {
                return List.of(a);
            }
            Syntax tree = ctx.syntax();
            if (tree != null) {
                List<Arg> args = SyntaxFinders.argsAt(tree, ctx, text, SyntaxFinders.agent(tree, ctx, v), types, false);
                if (!args.isEmpty()) {
                    return args;
                }
            }
        }
        return List.of();
    }

    /**
     * Whether the first of coordinated subjects is a description of a person the document names
     * elsewhere ("The Kenyan President, two ministers and a business delegation are on a visit",
     * the president named in an earlier sentence): that person leads the party, as a name in
     * that place would. Not when a name follows it in apposition ("The Commissioner for X, Ann
     * Lee"), which is the principal itself.
     */
    static boolean describedPrincipal(List<Arg> listed) {
        if (listed.size() < 2) {
            return false;
        }
        Arg first = listed.get(0);
        EntityMention m = first.mention();
        if (m == null || m.kind() != MentionKind.NOMINAL || m.type() != EntityType.PERSON || first.entity() == null
                || first.entity().name().equalsIgnoreCase(first.text().replaceFirst("^(?i:the)\\s+", ""))) {
            return false;
        }
        EntityMention next = listed.get(1).mention();
        return next == null || next.type() != EntityType.PERSON || next.kind() != MentionKind.NAME;
    }

    /**
     * A description heading a list of subjects that stands for a person the document names
     * ("The Kenyan President, a team of ministers and members of the business community are
     * on a visit"), as an argument; null when it is not linked to a name, or when a name
     * follows it in apposition ("The Minister of A, B and C, Mr. X": the name is the person).
     */
    static Arg describedLead(SentenceContext ctx, String text, EntityMention m, Set<String> types) {
        Arg a = ctx.arg(m, text);
        int e = m.tokens().end();
        if (a == null || a.entity() == null || !SentenceContext.accepts(a, types)
                || a.entity().name().equalsIgnoreCase(a.text().replaceFirst("^(?i:the)\\s+", ""))
                || e + 1 >= ctx.size() || !ctx.token(e).text().equals(",")) {
            return null;
        }
        EntityMention next = ctx.outer[e + 1];
        boolean apposition = next != null && next.type() == EntityType.PERSON && next.kind() == MentionKind.NAME
                || ctx.token(e + 1).isCapitalized() && next == null && e + 2 < ctx.size() && ctx.outer[e + 2] != null
                && ctx.outer[e + 2].type() == EntityType.PERSON;
        return apposition ? null : a;
    }

    /**
     * The finder {@code hostCountry}: the country of the person a visit is paid to ("made a
     * courtesy visit to President X", X of Uganda), as the document names that country; the
     * person is the first one after one of the finder's words (prepositions), within its
     * distance. Empty when the person's country is unknown or the document never names it.
     */
    static List<Arg> hostCountry(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        int tEnd = match.tEnd();
        int limit = Math.min(ctx.size(), tEnd + f.maxDistance());
        for (int i = tEnd; i < limit; i++) {
            if (!f.words().contains(ctx.token(i).lower())) {
                continue;
            }
            for (int j = i + 1; j < limit; j++) {
                EntityMention m = ctx.outer[j];
                if (m == null) {
                    if (ctx.token(j).isVerbLike() || ctx.token(j).isPunct()) {
                        break;
                    }
                    continue;
                }
                Entity e = ctx.resolved.entityOf(m);
                if (m.type() != EntityType.PERSON || e == null || e.attributes().get("country") == null) {
                    break;
                }
                Arg country = countryNamed(ctx, e.attributes().get("country"));
                return country == null ? List.of() : List.of(country);
            }
        }
        return List.of();
    }

    /** The document's first mention of the country with this code, as an argument, or null. */
    static Arg countryNamed(SentenceContext ctx, String code) {
        for (EntityMention m : ctx.resolved.mentions()) {
            Entity e = ctx.resolved.entityOf(m);
            if (e != null && e.type() == EntityType.LOCATION && code.equals(e.code()) && !e.attributes().containsKey("country")
                    && m.kind() == MentionKind.NAME) {
                return new Arg(m.text(), m.start(), m.end(), m, e, e.type().name());
            }
        }
        return null;
    }
}
