package dev.eventex.event;

/**
 * A value inside a relative clause on the subject belongs to that clause's verb, not to the
 * event the sentence reports: "The president, who had visited Qatar in December, gave a horse to
 * the emir" dates the visit, not the gift.
 */
final class RelativeClauses {

    /** How far back a clause's relative pronoun may stand from the value inside it. */
    private static final int SPAN = 20;

    private RelativeClauses() {
    }

    /** True when token {@code at} lies in a relative clause (", who ...", ", which ...") that closes before the trigger at {@code trigger}. */
    static boolean elsewhere(SentenceContext ctx, int at, int trigger) {
        if (at > trigger) {
            return false; // a clause after the trigger often dates the event itself ("attended the forum, which was held on 3 May")
        }
        for (int i = at - 1; i >= Math.max(0, at - SPAN); i--) {
            if (ctx.token(i).text().equals(",")) {
                return false; // the value stands outside any clause opened before it
            }
            if (opensClause(ctx, i)) {
                for (int j = at + 1; j < trigger; j++) {
                    if (ctx.token(j).text().equals(",")) {
                        return true; // the clause closes before the trigger
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean opensClause(SentenceContext ctx, int i) {
        String w = ctx.token(i).lower();
        return i > 0 && ctx.token(i - 1).text().equals(",") && (w.equals("who") || w.equals("which") || w.equals("whose"));
    }
}
