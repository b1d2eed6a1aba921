package dev.eventex.event;

import static dev.eventex.internal.Lexicons.CLAUSE_STOPS;
import static dev.eventex.internal.Lexicons.IRREGULAR_PARTICIPLES;
import static dev.eventex.internal.Lexicons.IRREGULAR_PAST;
import static dev.eventex.event.RoleFiller.wrap;
import static dev.eventex.event.EventGates.governed;
import static dev.eventex.event.EventGates.titledOrCollective;

import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.event.RoleSpec.ValueKind;
import dev.eventex.text.Syntax;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finders of a trigger's participants in its own clause: the subject (or its lead), the patient of a
 * passive, the parse's objects and prepositional phrases, and the countries a sentence or a hyphenated name joins.
 * Registered by name in {@link RoleFinders}.
 */
final class ParticipantFinders {

    private ParticipantFinders() {
    }

    /**
     * The nearest actor left of the trigger; when there is none (a relative clause, a
     * controlled verb, a passive with its "by" agent), the agent the parse gives.
     */
    static RoleValue subject(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        int tStart = match.tStart();
        boolean passive = match.passive();
        Set<String> types = match.types(spec, f);
        if (!governed(ctx, tStart, f)) {
            return null;
        }
        if (!passive && !afterItsNoun(ctx, tStart)) {
            boolean parties = spec.value() == ValueKind.ARGUMENTS;
            // "began a four-day, three-nation tour": the walk back to the subject passes the modifiers' comma
            int from = NounPhrases.modifiersBeforeComma(ctx, tStart);
            List<Arg> subjects = SubjectFinders.subjects(ctx, text, SubjectFinders.subject(ctx, text, from, types, parties), types, f.list());
            if (f.list()) {
                // "the presidents of A and B arrived": a group per place, one party each (or one traveller each)
                subjects = Coordinations.groupPlacesAfter(ctx, text, subjects, types);
            }
            if (f.list() && spec.value() == ValueKind.ARGUMENTS) {
                subjects = coordinatedSubjects(ctx, text, tStart, subjects, types, f);
                // "A and B negotiators met", "the government and rebel leaders resumed talks": conjuncts the walk lost
                subjects = SharedHeads.expand(ctx, text, spec, subjects, types);
            }
            RoleValue v = wrap(spec, f, subjects);
            if (v != null) {
                return v;
            }
            if (GroupAntecedents.pronounSubject(ctx, tStart) >= 0 || SubjectFinders.reportedClauseSubject(ctx, tStart)) {
                return null; // "they met X", "X says the group was traveling": the subject is written, only not a name
            }
        }
        if (!SyntaxFinders.hasMention(ctx)) {
            return null; // what the tree gives below is a mention: none, without parsing for it
        }
        Syntax tree = ctx.syntax();
        if (tree == null) {
            return null;
        }
        List<Arg> parsed = SyntaxFinders.argsAt(tree, ctx, text, SyntaxFinders.agent(tree, ctx, lightVerb(ctx, tree, tStart, f)), types, f.list());
        return wrap(spec, f, spec.value() == ValueKind.ARGUMENTS ? withoutPlaceModifiers(ctx, parsed, types) : parsed);
    }

    /**
     * "A of the ruling party and Kenyan Minister B met": when the word-order walk stopped at the
     * last of coordinated subjects (a complement after the first name, a demonym before the second
     * one's office), the tree's conjuncts of the verb's subject are the parties. The sentence is
     * parsed only when an "and" and an actor of the accepted types stand before the subject in its
     * clause, and the tree's reading is taken only when it holds the subject the walk found.
     */
    private static List<Arg> coordinatedSubjects(SentenceContext ctx, String text, int tStart, List<Arg> subjects, Set<String> types, Finder f) {
        if (subjects.size() != 1 || subjects.get(0).mention() == null || !actorAndBefore(ctx, subjects.get(0).mention(), types)) {
            return subjects;
        }
        Syntax tree = ctx.syntax();
        if (tree == null) {
            return subjects;
        }
        List<Arg> parsed = SyntaxFinders.argsAt(tree, ctx, text, SyntaxFinders.agent(tree, ctx, lightVerb(ctx, tree, tStart, f)), types, true);
        Arg walked = subjects.get(0);
        return parsed.size() > 1 && parsed.stream().anyMatch(a -> a.start() == walked.start()) ? parsed : subjects;
    }

    /**
     * Where the agent of trigger {@code t} is sought: a nominal trigger takes the agent of its light verb ("X paid a
     * visit", "X and Y are due to attend the summit": the verb whose subject, through the control verb, is the parties'),
     * any other trigger its own.
     */
    private static int lightVerb(SentenceContext ctx, Syntax tree, int t, Finder f) {
        int head = tree.head(t);
        if (!f.words().isEmpty() && head >= 0 && (f.words().contains(ctx.token(head).lemma()) || f.words().contains(ctx.token(head).lower()))) {
            return head;
        }
        return t;
    }

    /**
     * Whether an "and" stands left of the subject {@code m}, with an accepted actor before it, and no verb or clause word
     * between them and {@code m} (a participle after a determiner or adjective, "the ruling party", modifies a noun):
     * the cheap sign that the subject may be the last of several.
     */
    private static boolean actorAndBefore(SentenceContext ctx, EntityMention m, Set<String> types) {
        boolean and = false;
        for (int i = m.tokens().start() - 1; i >= 0; i--) {
            Token t = ctx.token(i);
            EntityMention at = ctx.outer[i];
            boolean modifier = i > 0 && t.pos().equals("VERB") && (ctx.token(i - 1).pos().equals("DET") || ctx.token(i - 1).pos().equals("ADJ"));
            if (at == null && (t.isVerbLike() && !modifier || ctx.words(CLAUSE_STOPS).contains(t.lower()) || t.text().equals(";"))) {
                return false;
            }
            if (at == null) {
                and |= t.lower().equals("and");
                continue;
            }
            if (and && at.kind() == MentionKind.NAME && types.contains(at.type().name())) {
                return true;
            }
            i = at.tokens().start();
        }
        return false;
    }

    /**
     * A participle right after a common noun that the tree reads as the noun's reduced relative
     * ("praised the ambulances provided to X"): the actor before the noun is not its agent. The tree
     * is read only where the words look so; a form that is only a participle ("given", "shown") needs
     * no tree, which misreads it in long lists ("reforms, and financial aid given to X").
     */
    private static boolean afterItsNoun(SentenceContext ctx, int t) {
        int p = t - 1;
        while (p > 0 && ctx.token(p).pos().equals("ADV")) {
            p--;
        }
        if (p < 0 || !ctx.token(p).pos().equals("NOUN") || ctx.token(t).lower().endsWith("ing")) {
            return false;
        }
        String w = ctx.token(t).lower();
        if (ctx.words(IRREGULAR_PARTICIPLES).contains(w) && !ctx.words(IRREGULAR_PAST).contains(w) && !w.endsWith("ed")
                && !w.equals(ctx.token(t).lemma())) {
            return true; // "aid given to X": a form that is only a participle, right after its noun, whatever the tree says
        }
        Syntax tree = ctx.syntax();
        return tree != null && SyntaxFinders.reducedPassive(tree, ctx, t);
    }

    /**
     * The first of coordinated subjects, for a one-party role: news names the principal first
     * ("President X, two ministers and a business delegation are on a visit", "X and his wife,
     * Y, made a visit"), where the nearest actor is only the last one listed. When the list walk
     * cannot join them (descriptions between), the earliest titled person of the same subject
     * phrase is taken: the words before the nearest actor back to a verb or the clause's start,
     * skipping actors governed by a preposition ("after talks with Y, X paid a visit").
     */
    static RoleValue leadSubject(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        int tStart = match.tStart();
        boolean passive = match.passive();
        Set<String> types = match.types(spec, f);
        RoleValue v = subject(match, spec, f);
        if (!(v instanceof Arg nearest) || nearest.mention() == null || passive) {
            return v;
        }
        List<Arg> listed = SubjectFinders.subjects(ctx, text, nearest, types, true);
        Arg first = listed.get(0);
        if ((first.mention() == null || first.mention().kind() != MentionKind.NAME) && !Travellers.describedPrincipal(listed)) {
            first = nearest; // a description is no principal of its own ("The Commissioner for X, Ann Lee")
        }
        int b = first.mention() == null ? -1 : TitledNames.titleStart(ctx, first.mention()) - 1;
        if (b < 0 || !(ctx.token(b).text().equals(",") || ctx.token(b).lower().equals("and"))) {
            return first;
        }
        Arg lead = null;
        for (int i = b; i >= 0; i--) {
            EntityMention m = ctx.outer[i];
            Token t = ctx.token(i);
            if (m == null && (t.isVerbLike() || ctx.words(CLAUSE_STOPS).contains(t.lower()))) {
                break;
            }
            if (m == null && t.lower().equals("and") && i + 1 < ctx.size() && ctx.outer[i + 1] == null && ctx.token(i + 1).isCapitalized()) {
                lead = null; // "Minister of Trade, Industry and Tourism, X": a title's list of portfolios, no coordination of persons
                break;
            }
            if (m != null) {
                if (m.kind() == MentionKind.NOMINAL && m.tokens().end() == b && ctx.token(b).text().equals(",")) {
                    break; // "The Commissioner for X, Ann Lee, paid a visit": a description in apposition to the name
                }
                if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NOMINAL && !NounPhrases.precededByPreposition(ctx, m)) {
                    lead = Travellers.describedLead(ctx, text, m, types); // "The Minister of A, B and C, Mr. X": the names found were inside the description
                    break;
                }
                if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME && !NounPhrases.precededByPreposition(ctx, m)) {
                    Arg a = ctx.arg(m, text);
                    if (a != null && a.entity() != null && titledOrCollective(a) && SentenceContext.accepts(a, types)) {
                        lead = a;
                    }
                }
                i = m.tokens().start();
            }
        }
        return lead != null ? lead : first;
    }

    /** The subject of a passive trigger ("X was received by Y" gives X). */
    static RoleValue patient(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        int tStart = match.tStart();
        boolean passive = match.passive();
        Set<String> types = match.types(spec, f);
        if (passive) {
            RoleValue v = wrap(spec, f, SubjectFinders.subjects(ctx, text, SubjectFinders.subject(ctx, text, tStart, types), types, f.list()));
            if (v != null) {
                return v;
            }
        }
        if (!SyntaxFinders.hasMention(ctx)) {
            return null; // the tree's answer is a mention: none, without parsing for it
        }
        Syntax tree = ctx.syntax();
        return tree == null ? null : wrap(spec, f, SyntaxFinders.argsAt(tree, ctx, text, SyntaxFinders.patient(tree, tStart), types, f.list()));
    }

    /** Objects from the parse: the verb's object, or a phrase whose preposition the finder allows ("met with X"). */
    static List<Arg> syntaxObject(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        int tStart = match.tStart();
        Set<String> types = match.types(spec, f);
        if (!SyntaxFinders.hasMention(ctx)) {
            return List.of(); // objects and phrases from the tree are mentions: none, without parsing for them
        }
        Syntax tree = ctx.syntax();
        if (tree == null) {
            return List.of();
        }
        List<Arg> args = SyntaxFinders.objects(tree, ctx, text, tStart, types, f.list());
        return args.isEmpty() && !f.words().isEmpty() ? SyntaxFinders.prepositional(tree, ctx, text, tStart, f.words(), types, f.list()) : args;
    }

    static List<Arg> syntaxAfter(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        int tStart = match.tStart();
        Set<String> types = match.types(spec, f);
        if (!SyntaxFinders.mayHavePrepositional(ctx, f.words())) {
            return List.of(); // the same empty answer, without parsing the sentence for it
        }
        Syntax tree = ctx.syntax();
        if (tree == null) {
            return List.of();
        }
        List<Arg> parsed = SyntaxFinders.prepositional(tree, ctx, text, tStart, f.words(), types, f.list());
        if (!f.words().contains("from")) {
            parsed = parsed.stream().filter(a -> a.mention() == null || !ObjectFinders.inOrigin(ctx, match.tEnd(), a.mention())).toList();
        }
        return spec.value() == ValueKind.ARGUMENTS ? withoutPlaceModifiers(ctx, parsed, types) : parsed;
    }

    /**
     * The parties the tree gave, less the places that only modify the noun after them ("U.S. President X",
     * "a Kenya visit"): the word-order finders pass them over, and so does the parse's reading.
     */
    private static List<Arg> withoutPlaceModifiers(SentenceContext ctx, List<Arg> args, Set<String> types) {
        List<Arg> kept = new ArrayList<>(args.size());
        for (Arg a : args) {
            if (!(a.type().equals("LOCATION") && a.mention() != null && NounPhrases.placeModifier(ctx, a.mention(), types))) {
                kept.add(a);
            }
        }
        return kept;
    }

    /**
     * The two countries a sentence names ("Nigerian and Moroccan officials ... two-way trade"),
     * when it names exactly two (cities and regions do not count).
     */
    static List<Arg> countriesInSentence(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        Map<String, Arg> seen = new LinkedHashMap<>();
        for (EntityMention m : ctx.mentions) {
            Entity e = ctx.resolved.entityOf(m);
            if (m.type() != EntityType.LOCATION || e == null || e.code() == null || e.attributes().containsKey("country")
                    || "#pair".equals(m.key())) {
                continue;
            }
            seen.putIfAbsent(e.id(), new Arg(text.substring(m.start(), m.end()), m.start(), m.end(), m, e, "LOCATION"));
        }
        return seen.size() == 2 ? new ArrayList<>(seen.values()) : List.of();
    }

    /**
     * The countries joined by hyphens in the name the trigger heads: "the Jordanian-Iraqi-Egyptian
     * trilateral summit", "the third Peru-Norway Policy Consultation Meeting", or in the name of the
     * joint body right before a verb trigger ("the Kenyan-Ugandan Joint Committee held its session"). Only
     * words of one noun phrase may stand between them and the trigger (at most maxDistance tokens).
     */
    static List<Arg> hyphenated(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        int tStart = match.tStart();
        Map<String, Arg> seen = new LinkedHashMap<>();
        for (int i = tStart - 1; i >= Math.max(0, tStart - f.maxDistance()); i--) {
            Token t = ctx.token(i);
            EntityMention m = ctx.outer[i];
            if (m != null && m.type() == EntityType.ORGANIZATION) {
                m = placeInside(ctx, m, i); // "the Kenyan-Ugandan Joint Committee": the body's name begins with the chain's last country
            }
            boolean joined = t.text().equals("-") || t.lower().equals("and") && i > 0 && ctx.token(i - 1).isCapitalized();
            if (m == null && !joined && !t.isCapitalized() && !t.pos().equals("ADJ") && !t.pos().equals("NUM") && !t.pos().equals("NOUN")) {
                break; // the noun phrase begins after a determiner, a verb, a preposition or punctuation
            }
            if (m == null || m.type() != EntityType.LOCATION || "#pair".equals(m.key())) {
                continue;
            }
            int s = m.tokens().start();
            int e = m.tokens().end();
            boolean linked = s > 0 && ctx.token(s - 1).text().equals("-") || e < ctx.size() && ctx.token(e).text().equals("-");
            Entity ent = ctx.resolved.entityOf(m);
            if (linked && ent != null && ent.code() != null && !ent.attributes().containsKey("country")) {
                seen.putIfAbsent(ent.id(), new Arg(text.substring(m.start(), m.end()), m.start(), m.end(), m, ent, "LOCATION"));
            }
            i = s;
        }
        List<Arg> out = new ArrayList<>(seen.values());
        java.util.Collections.reverse(out);
        return out.size() >= 2 ? out : List.of();
    }

    /** The place named (or meant by a demonym) at token {@code i} inside the organization name {@code org}, else {@code org}. */
    private static EntityMention placeInside(SentenceContext ctx, EntityMention org, int i) {
        for (EntityMention m : ctx.mentions) {
            if (m != org && m.type() == EntityType.LOCATION && m.tokens().start() <= i && i < m.tokens().end()
                    && m.tokens().length() < org.tokens().length()) {
                return m;
            }
        }
        return org;
    }
}
