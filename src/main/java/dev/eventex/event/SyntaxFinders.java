package dev.eventex.event;

import static dev.eventex.internal.Lexicons.IRREGULAR_PARTICIPLES;

import dev.eventex.entity.EntityMention;
import dev.eventex.text.Syntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Participants read from the dependency tree: the agent of a trigger (its subject, the
 * subject it shares through control, coordination or a relative clause, or the {@code by}
 * agent of a passive), the patient of a passive, and the conjuncts of each. Used when the
 * sentence was parsed; the token-distance finders ({@link SubjectFinders},
 * {@link ObjectFinders}, {@link PlaceFinders}) remain the fallback. Stateless.
 */
final class SyntaxFinders {

    /** Relations through which a verb shares the subject of the verb it depends on. */
    private static final Set<String> SHARES_SUBJECT = Set.of("xcomp", "conj");

    private SyntaxFinders() {
    }

    /**
     * The token heading the agent of the trigger at {@code t}, or -1. Follows the chain of
     * verbs that share a subject ("X is expected to arrive", "X arrived and met", "X, who is
     * visiting"), and, for a passive, the {@code by} phrase.
     */
    static int agent(Syntax tree, SentenceContext ctx, int t) {
        int v = t;
        for (int guard = 0; guard < 6 && v >= 0; guard++) {
            List<Integer> subj = tree.children(v, "nsubj");
            boolean passive = !tree.children(v, "aux:pass").isEmpty() || !subj.isEmpty() && tree.is(subj.get(0), "nsubj:pass");
            if (passive) {
                for (int c : tree.children(v, "obl")) {
                    if (tree.relation(c).equals("obl:agent") || hasCase(tree, ctx, c, "by")) {
                        return c;
                    }
                }
                if (v == t) {
                    return -1; // "the clinic was visited": the subject is the place, not the visitor
                }
            }
            if (!subj.isEmpty()) {
                int s = subj.get(0);
                if (isRelativePronoun(ctx, s) && tree.is(v, "acl") && tree.head(v) >= 0) {
                    return tree.head(v); // "the minister, who is in X on a visit": the noun the clause modifies
                }
                return s;
            }
            int h = tree.head(v);
            if (h < 0) {
                return -1;
            }
            String rel = tree.relation(v);
            if (tree.is(v, "acl")) {
                if (reducedPassive(tree, ctx, v)) {
                    return byAgent(tree, ctx, v); // "the aid given to X (by Y)": the noun is what was given
                }
                return h; // "the delegation visiting X", "the minister who arrived"
            }
            if (!SHARES_SUBJECT.contains(rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel)) {
                return -1;
            }
            v = h;
        }
        return -1;
    }

    /**
     * A past participle modifying a noun, with no subject or auxiliary of its own: "the aid given to
     * X", "20 ambulances provided last year". The noun is the participle's object, not its agent.
     */
    static boolean reducedPassive(Syntax tree, SentenceContext ctx, int v) {
        if (!tree.is(v, "acl") || !tree.children(v, "nsubj").isEmpty() || !tree.children(v, "aux").isEmpty()
                || !tree.children(v, "aux:pass").isEmpty() || !tree.children(v, "mark").isEmpty()) {
            return false;
        }
        if (tree.head(v) >= 0 && tree.head(tree.head(v)) < 0) {
            return false; // the noun heads the sentence: the participle is its only verb, misread ("governors travelled to X")
        }
        String w = ctx.token(v).lower();
        return !w.endsWith("ing") && (w.endsWith("ed") || w.endsWith("en")
                || ctx.words(IRREGULAR_PARTICIPLES).contains(w));
    }

    private static int byAgent(Syntax tree, SentenceContext ctx, int v) {
        for (int c : tree.children(v, "obl")) {
            if (tree.relation(c).equals("obl:agent") || hasCase(tree, ctx, c, "by")) {
                return c;
            }
        }
        return -1;
    }

    /** The subject of a passive trigger ("X was received by Y"), or -1. */
    static int patient(Syntax tree, int t) {
        List<Integer> subj = tree.children(t, "nsubj:pass");
        return subj.isEmpty() ? -1 : subj.get(0);
    }

    /**
     * The arguments a head token names: the mention covering it, or one in apposition or
     * a flat name under it; with {@code list}, also those of its conjuncts.
     */
    static List<Arg> argsAt(Syntax tree, SentenceContext ctx, String text, int head, Set<String> types, boolean list) {
        List<Arg> out = new ArrayList<>();
        if (head < 0) {
            return out;
        }
        for (int h : list ? tree.conjuncts(head) : List.of(head)) {
            Arg a = argAt(tree, ctx, text, h, types);
            if (a != null && out.stream().noneMatch(o -> o.start() == a.start())) {
                out.add(a);
            }
        }
        return out;
    }

    private static Arg argAt(Syntax tree, SentenceContext ctx, String text, int h, Set<String> types) {
        EntityMention m = ctx.outer[h];
        if (m == null) {
            for (int c : tree.children(h)) {
                if (tree.is(c, "appos") || tree.is(c, "flat") || tree.is(c, "compound")) {
                    if (ctx.outer[c] != null) {
                        m = ctx.outer[c];
                        break;
                    }
                }
            }
        }
        if (m == null) {
            m = titledNameAfter(tree, ctx, h);
        }
        if (m == null || NounPhrases.isDateline(ctx, m)) {
            return null;
        }
        Arg a = ctx.arg(TitledNames.appositive(ctx, m), text);
        return a != null && SentenceContext.accepts(a, types) ? a : null;
    }

    /**
     * A head word that is part of a title heads the name after it: "Speaker of Parliament
     * Ann Lee" is parsed as "Speaker" with the name inside a modifier.
     */
    private static EntityMention titledNameAfter(Syntax tree, SentenceContext ctx, int h) {
        for (int j = h + 1; j < Math.min(ctx.size(), h + 14); j++) {
            EntityMention m = ctx.outer[j];
            if (m == null || !tree.dominates(h, j)) {
                continue;
            }
            if (m.kind() == dev.eventex.entity.MentionKind.NAME && TitledNames.titleStart(ctx, m) <= h) {
                return m;
            }
            j = m.tokens().end() - 1;
        }
        return null;
    }

    private static boolean hasCase(Syntax tree, SentenceContext ctx, int noun, String word) {
        for (int c : tree.children(noun, "case")) {
            if (ctx.token(c).lower().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRelativePronoun(SentenceContext ctx, int i) {
        String w = ctx.token(i).lower();
        return w.equals("who") || w.equals("which") || w.equals("that");
    }

    /**
     * Whether {@link #prepositional} can find anything in the sentence, read from its words alone:
     * it needs one of {@code words} (the preposition) and a mention (every argument it returns is
     * one). False means its answer is empty whatever the tree, so the sentence need not be parsed
     * for it.
     */
    static boolean mayHavePrepositional(SentenceContext ctx, java.util.Collection<String> words) {
        return hasMention(ctx) && hasWord(ctx, words);
    }

    /**
     * Whether the sentence holds a mention: {@link #argsAt} (and so every finder here) returns
     * nothing without one, whatever the tree, so a sentence without one need not be parsed for the finders built on it.
     */
    static boolean hasMention(SentenceContext ctx) {
        for (int i = 0; i < ctx.size(); i++) {
            if (ctx.outer[i] != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWord(SentenceContext ctx, java.util.Collection<String> words) {
        for (int i = 0; i < ctx.size(); i++) {
            if (words.contains(ctx.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The arguments of a prepositional phrase on the trigger whose preposition is one of
     * {@code words} ("arrived on Monday in X", "talks between X and Y", "a visit to X"); a
     * nominal trigger also looks at the phrases of the verb it is the object of ("paid a
     * visit to X").
     */
    static List<Arg> prepositional(Syntax tree, SentenceContext ctx, String text, int t, java.util.Collection<String> words, Set<String> types,
                                   boolean list) {
        List<Integer> heads = new ArrayList<>();
        heads.add(t);
        int h = tree.head(t);
        if (h >= 0 && ctx.token(t).pos().equals("NOUN") && (tree.is(t, "obj") || tree.is(t, "nsubj"))
                && ctx.token(h).isVerbLike()) {
            heads.add(h);
        }
        for (int v : heads) {
            for (int c : tree.children(v)) {
                if (!(tree.is(c, "obl") || tree.is(c, "nmod")) || tree.dominates(c, t)) {
                    continue;
                }
                for (int k : tree.children(c, "case")) {
                    if (words.contains(ctx.token(k).lower()) && !ObjectFinders.connective(ctx, k)) {
                        List<Arg> args = argsAt(tree, ctx, text, c, types, list);
                        if (!args.isEmpty()) {
                            return args;
                        }
                    }
                }
            }
        }
        return List.of();
    }

    /** The direct objects of a verb trigger, with their conjuncts when {@code list}. */
    static List<Arg> objects(Syntax tree, SentenceContext ctx, String text, int t, Set<String> types, boolean list) {
        for (int c : tree.children(t, "obj")) {
            List<Arg> args = argsAt(tree, ctx, text, c, types, list);
            if (!args.isEmpty()) {
                return args;
            }
        }
        return List.of();
    }
}
