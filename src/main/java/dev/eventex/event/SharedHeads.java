package dev.eventex.event;

import static dev.eventex.internal.Lexicons.CLAUSE_STOPS;
import static dev.eventex.internal.Lexicons.CONJUNCT_PARTY_HEADS;

import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.event.RoleSpec.ValueKind;
import dev.eventex.text.Syntax;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parties of a coordinated subject that the word-order walk loses, read from the tree's
 * {@code conj} relations around the one party it found:
 * <ul>
 * <li>modifiers coordinated before one head noun: in "Elbonian and Tarvan negotiators" the walk
 * finds "Tarvan negotiators", and the first modifier ({@code amod}/{@code compound} of the shared
 * head, with the second one as its {@code conj}) is a party of its own, its place or body when one is
 * named there;</li>
 * <li>a description coordinated before the party: "the government and rebel leaders", "Elbonia's
 * newly elected government and Tarvan leaders" (the party's head is the {@code conj} of a noun
 * whose word is one of {@code conjunct-party-heads});</li>
 * <li>the objects coordinated in a group's "of"/"from" phrase: "negotiators from the government and
 * rebel groups" are the government's negotiators and the rebel groups.</li>
 * </ul>
 * The sentence is parsed only when an "and" stands in the subject's clause; a conjunct that names
 * no place or body and is no capitalised modifier or party noun is left out ("senior and junior
 * officials" stay one party).
 */
final class SharedHeads {

    private SharedHeads() {
    }

    /**
     * The parties {@code found} for a role listing an event's parties, with the conjuncts the walk
     * lost; {@code found} itself when it holds other than one party, the role lists no parties, or
     * the tree shows none.
     */
    static List<Arg> expand(SentenceContext ctx, String text, RoleSpec spec, List<Arg> found, Set<String> types) {
        if (spec.value() != ValueKind.ARGUMENTS || found == null || found.size() != 1 || found.get(0).mention() == null) {
            return found;
        }
        EntityMention m = found.get(0).mention();
        if (m.sentence() != ctx.sentence.index() || !andInClause(ctx, m)) {
            return found;
        }
        Syntax tree = ctx.syntax();
        if (tree == null) {
            return found;
        }
        int h = headOf(tree, m);
        if (h < 0 || !actsAsSubject(tree, h)) {
            return found; // "collaboration between A and B", "urged A and B to resume talks": objects, no subjects
        }
        List<Arg> before = new ArrayList<>();
        // "Elbonian and Tarvan negotiators": the first of the head's coordinated modifiers stands before the party
        for (int d : tree.children(h)) {
            if (d >= m.tokens().start() || !(tree.is(d, "amod") || tree.is(d, "compound") || tree.is(d, "nmod:poss"))) {
                continue;
            }
            List<Integer> conj = tree.children(d, "conj");
            if (conj.stream().noneMatch(c -> c >= m.tokens().start() && c < h)) {
                continue;
            }
            int partner = conj.stream().filter(c -> c >= m.tokens().start() && c < h).findFirst().orElseThrow();
            addParty(before, modifierParty(ctx, tree, text, d, partner, types));
            for (int c : conj) {
                if (c < m.tokens().start()) {
                    addParty(before, modifierParty(ctx, tree, text, c, partner, types)); // "A, B and C officials"
                }
            }
        }
        // "the government and rebel leaders": the party's head is the conjunct of a description before it
        if (tree.is(h, "conj") && tree.head(h) >= 0 && tree.head(h) < m.tokens().start()
                && (actsAsSubject(tree, tree.head(h)) || insideSubjectGroup(ctx, tree, tree.head(h)))) {
            int g = tree.head(h);
            addParty(before, nounParty(ctx, tree, text, g, types));
        }
        List<Arg> out = new ArrayList<>(before);
        List<Arg> after = new ArrayList<>();
        Arg own = found.get(0);
        // "negotiators from the government and rebel groups": each object of the group's own phrase is a side
        for (int n : tree.children(h)) {
            if (n <= h || !tree.is(n, "nmod") || !hasCase(tree, ctx, n, "of", "from") || !side(ctx, n)) {
                continue; // "a delegation of lawmakers and businessmen", "heads of state and government": one group's members
            }
            List<Integer> conj = tree.children(n, "conj");
            List<Arg> others = new ArrayList<>();
            for (int c : conj) {
                if (c >= m.tokens().end()) {
                    addParty(others, nounParty(ctx, tree, text, c, types));
                }
            }
            if (!others.isEmpty()) {
                if (n >= m.tokens().end()) {
                    int end = phraseEnd(tree, n);
                    int s = ctx.token(m.tokens().start()).start();
                    int e = ctx.token(end - 1).end();
                    own = new Arg(text.substring(s, e), s, e, null, null, "GROUP"); // "Negotiators from the government"
                }
                after.addAll(others);
            }
        }
        if (before.isEmpty() && after.isEmpty()) {
            return found;
        }
        out.add(own);
        out.addAll(after);
        return out;
    }

    /**
     * The noun {@code x} is no object of a verb or a preposition: "urged A and B to resume talks" and "pressure on A
     * and B to resume talks" name whom others want to meet, not a meeting's subjects.
     */
    private static boolean actsAsSubject(Syntax tree, int x) {
        return tree.children(x, "case").isEmpty() && !tree.is(x, "obj") && !tree.is(x, "iobj") && !tree.is(x, "obl");
    }

    /**
     * The object {@code g} of an "of"/"from" inside a group that is the subject ("officials from the Government of
     * Elbonia and the Union met"): the party coordinated with it stands beside that group.
     */
    private static boolean insideSubjectGroup(SentenceContext ctx, Syntax tree, int g) {
        int owner = tree.head(g);
        EntityMention group = ctx.outer[g];
        return owner >= 0 && hasCase(tree, ctx, g, "of", "from") && actsAsSubject(tree, owner) && group != null
                && group.kind() == MentionKind.GROUP && group.tokens().start() <= owner && owner < group.tokens().end();
    }

    /** The object of a group's "of"/"from" at {@code n} names a side: a place or a body ("from the Elbonian government"). */
    private static boolean side(SentenceContext ctx, int n) {
        EntityMention at = ctx.inner[n] != null ? ctx.inner[n] : ctx.outer[n];
        return at != null && at.kind() != MentionKind.GROUP && at.kind() != MentionKind.PRONOUN
                && (at.type() == EntityType.LOCATION || at.type() == EntityType.ORGANIZATION);
    }

    /** Adds {@code a} unless it is null or overlaps a party already listed. */
    private static void addParty(List<Arg> out, Arg a) {
        if (a != null && out.stream().noneMatch(o -> o.start() < a.end() && a.start() < o.end())) {
            out.add(a);
        }
    }

    /**
     * The cheap sign that a conjunct may have been lost: an "and" in the words before the party back to a verb or
     * the clause's start, or in the phrase right after a group ("representatives of A and B"), before any verb.
     */
    private static boolean andInClause(SentenceContext ctx, EntityMention m) {
        for (int i = m.tokens().start() - 1; i >= 0; i--) {
            Token t = ctx.token(i);
            if (ctx.outer[i] == null && (verbNotModifier(ctx, i) || ctx.words(CLAUSE_STOPS).contains(t.lower()) || t.text().equals(";"))) {
                break;
            }
            if (t.lower().equals("and")) {
                return true;
            }
        }
        if (m.kind() != MentionKind.GROUP) {
            return false;
        }
        for (int i = m.tokens().end(); i < ctx.size(); i++) {
            Token t = ctx.token(i);
            if (ctx.outer[i] == null && (verbNotModifier(ctx, i) || ctx.words(CLAUSE_STOPS).contains(t.lower()) || t.isPunct())) {
                return false;
            }
            if (t.lower().equals("and")) {
                return true;
            }
        }
        return false;
    }

    /** A verb that is no participle modifying a noun ("the exiled leaders", "newly elected government"). */
    private static boolean verbNotModifier(SentenceContext ctx, int i) {
        Token t = ctx.token(i);
        if (!t.isVerbLike()) {
            return false;
        }
        boolean participle = t.pos().equals("VERB") && (t.lower().endsWith("ed") || t.lower().endsWith("en"));
        return !(participle && i + 1 < ctx.size() && (ctx.token(i + 1).pos().equals("NOUN") || ctx.token(i + 1).pos().equals("ADJ")
                || ctx.token(i + 1).pos().equals("PROPN")));
    }

    /**
     * The token of the mention whose head lies outside it: the head of the phrase. A word attached to a
     * modifier of the phrase's own head ("European Union" as the conjunct of "Elbonian" in "Elbonian and
     * European Union officials") is a coordinated modifier, not the head.
     */
    private static int headOf(Syntax tree, EntityMention m) {
        for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
            int h = tree.head(i);
            if (h >= m.tokens().start() && h < m.tokens().end()) {
                continue;
            }
            int hh = h < 0 ? -1 : tree.head(h);
            if (tree.is(i, "conj") && hh >= m.tokens().start() && hh < m.tokens().end()) {
                continue;
            }
            return i;
        }
        return -1;
    }

    /**
     * The party a coordinated modifier stands for: the place (as its side) or body named there, else a
     * capitalised adjective or proper noun coordinated with a capitalised or named one ("Northern and
     * Southern leaders"; not "Senior and junior officials", capitalised only to open the sentence), else none.
     */
    private static Arg modifierParty(SentenceContext ctx, Syntax tree, String text, int d, int partner, Set<String> types) {
        EntityMention at = ctx.outer[d] != null ? ctx.outer[d] : ctx.inner[d];
        if (at != null) {
            if (at.kind() == MentionKind.PRONOUN || at.type() == EntityType.DATE || at.kind() == MentionKind.VALUE) {
                return null;
            }
            Arg a = ctx.arg(at, text);
            if (a == null) {
                return null;
            }
            if (at.type() == EntityType.LOCATION) {
                a = new Arg(a.text(), a.start(), a.end(), a.mention(), a.entity(), Coordinations.GROUP_PLACE); // its side, not the place
            }
            return SentenceContext.accepts(a, types) ? a : null;
        }
        Token t = ctx.token(d);
        if (!t.isCapitalized() || !(t.pos().equals("ADJ") || t.pos().equals("PROPN"))
                || !ctx.token(partner).isCapitalized() && ctx.inner[partner] == null) {
            return null;
        }
        int s = d;
        for (int c : tree.children(d)) {
            if (c < s && (tree.is(c, "compound") || tree.is(c, "flat")) && ctx.token(c).isCapitalized()) {
                s = c; // "Latin American"
            }
        }
        Arg a = new Arg(text.substring(ctx.token(s).start(), t.end()), ctx.token(s).start(), t.end(), null, null, "GROUP");
        return SentenceContext.accepts(a, types) ? a : null;
    }

    /**
     * The party a coordinated noun stands for: the mention it heads, else, when the noun is a party noun
     * ({@code conjunct-party-heads}: "government", "rebels"), its noun phrase as written.
     */
    private static Arg nounParty(SentenceContext ctx, Syntax tree, String text, int g, Set<String> types) {
        EntityMention at = ctx.outer[g];
        if (at != null) {
            if (at.kind() == MentionKind.PRONOUN || at.type() == EntityType.DATE || at.kind() == MentionKind.VALUE) {
                return null;
            }
            Arg a = ctx.arg(at, text);
            if (a != null && at.type() == EntityType.LOCATION && at.kind() == MentionKind.NAME) {
                a = new Arg(a.text(), a.start(), a.end(), a.mention(), a.entity(), Coordinations.GROUP_PLACE);
            }
            return a != null && SentenceContext.accepts(a, types) ? a : null;
        }
        Token t = ctx.token(g);
        if (!t.pos().equals("NOUN") || !ctx.words(CONJUNCT_PARTY_HEADS).contains(t.lower())) {
            return null;
        }
        int s = phraseStart(tree, g);
        int e = t.end();
        Arg a = new Arg(text.substring(ctx.token(s).start(), e), ctx.token(s).start(), e, null, null, "GROUP");
        return SentenceContext.accepts(a, types) ? a : null;
    }

    /** The first token of the noun phrase {@code g} heads: its determiner, possessor and modifiers. */
    private static int phraseStart(Syntax tree, int g) {
        int s = g;
        for (int c : tree.children(g)) {
            if (c < s && (tree.is(c, "det") || tree.is(c, "amod") || tree.is(c, "compound") || tree.is(c, "nmod:poss")
                    || tree.is(c, "nummod") || tree.is(c, "flat"))) {
                s = Math.min(s, subtreeStart(tree, c));
            }
        }
        return s;
    }

    /** The first token {@code c} dominates. */
    private static int subtreeStart(Syntax tree, int c) {
        int s = c;
        for (int k : tree.children(c)) {
            if (k < s) {
                s = Math.min(s, subtreeStart(tree, k));
            }
        }
        return s;
    }

    /** The token after the noun phrase {@code n} ends, without its conjuncts. */
    private static int phraseEnd(Syntax tree, int n) {
        int e = n + 1;
        for (int c : tree.children(n)) {
            if (c > n && !tree.is(c, "conj") && !tree.is(c, "cc") && !tree.is(c, "punct")) {
                e = Math.max(e, phraseEnd(tree, c));
            }
        }
        return e;
    }

    private static boolean hasCase(Syntax tree, SentenceContext ctx, int noun, String... words) {
        for (int k : tree.children(noun, "case")) {
            for (String w : words) {
                if (ctx.token(k).lower().equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
