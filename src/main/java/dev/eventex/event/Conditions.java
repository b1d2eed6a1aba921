package dev.eventex.event;

import static dev.eventex.internal.Lexicons.CONDITION_OPENERS;

import dev.eventex.text.Syntax;

/**
 * Whether a trigger's clause is only a condition ("if they meet", "unless talks are held",
 * "once he meets her"): such an event is supposed, not reported. Read from the dependency tree,
 * so a condition in another clause of the sentence does not count. Stateless.
 */
final class Conditions {

    /** How far up the tree a noun trigger may be from the verb of its clause ("if talks on X are held"). */
    private static final int MAX_UP = 3;

    private Conditions() {
    }

    /** The token of the condition opener governing the trigger at {@code t}, or -1 when there is none. */
    static int openerOf(SentenceContext ctx, int t) {
        if (!hasOpenerBefore(ctx, t)) {
            return -1; // the tree is parsed on demand, and parsing is the cost: only where an opener is written
        }
        Syntax syn = ctx.syntax();
        if (syn == null || t >= syn.size()) {
            return -1;
        }
        int v = t;
        for (int up = 0; up < MAX_UP && v >= 0 && !ctx.token(v).pos().equals("VERB"); up++) {
            v = syn.head(v);
        }
        if (v < 0 || !ctx.token(v).pos().equals("VERB")) {
            return -1;
        }
        for (int c : syn.children(v)) {
            if (c > Math.min(t, v) || !ctx.words(CONDITION_OPENERS).contains(ctx.token(c).lower())) {
                continue;
            }
            if (syn.is(c, "mark") || syn.is(c, "advmod") && present(ctx, v)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether a condition opener is written before the trigger (the opener precedes its clause's verb and the trigger). */
    private static boolean hasOpenerBefore(SentenceContext ctx, int t) {
        for (int i = 0; i < t; i++) {
            if (ctx.words(CONDITION_OPENERS).contains(ctx.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A verb in the present ("meets", "meet"), not a past form or a participle. */
    private static boolean present(SentenceContext ctx, int v) {
        String w = ctx.token(v).lower();
        String lemma = ctx.token(v).lemma();
        return w.equals(lemma) || w.equals(lemma + "s") || w.equals(lemma + "es");
    }
}
