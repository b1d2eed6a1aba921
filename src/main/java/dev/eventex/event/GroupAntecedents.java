package dev.eventex.event;

import static dev.eventex.internal.Lexicons.CLAUSE_STOPS;

import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.event.RoleSpec.ValueKind;
import dev.eventex.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The group a plural subject pronoun stands for: "The three brothers came to the capital. They met the
 * minister" is the brothers' meeting. News names such a group once ("the sisters", "the families of the
 * victims") and then writes "they"; the group is the latest one named before the pronoun in its sentence or
 * the one before, as an actor (not inside a prepositional phrase) or as an owner ("the brothers' campaign").
 * A group named by coordinated places ("officials from A, B and C") is, for a role listing parties, one party
 * per place. Stateless.
 */
final class GroupAntecedents {

    private GroupAntecedents() {
    }

    /**
     * The index of the unresolved plural pronoun ("they") that is the subject of the trigger at {@code t},
     * or -1: right before it (past adverbs and auxiliaries), or the subject of the verb a coordinated verb or
     * an infinitive of purpose shares it with ("they met X and visited the fort to meet Y").
     */
    static int pronounSubject(SentenceContext ctx, int t) {
        for (int guard = 0; guard < 4 && t > 0; guard++) {
            int k = t - 1;
            while (k >= 0 && ctx.outer[k] == null && (ctx.token(k).pos().equals("ADV") || ctx.token(k).pos().equals("AUX"))) {
                k--;
            }
            if (k < 0) {
                return -1;
            }
            Token w = ctx.token(k);
            if (ctx.outer[k] == null && w.lower().equals("they") && w.pos().equals("PRON")) {
                return k;
            }
            int verb = -1;
            if (w.lower().equals("to") && w.pos().equals("PART")) {
                int v = k - 1;
                while (v >= 0 && !ctx.token(v).pos().equals("VERB") && !ctx.token(v).pos().equals("ADP")) {
                    v--;
                }
                verb = v >= 0 && ctx.token(v).pos().equals("VERB") ? v : -1; // "visited the fort to meet"
            } else if (w.lower().equals("and") || w.text().equals(",") && k > 0 && ctx.token(k - 1).lower().equals("and")) {
                for (int v = k - 1; v >= 0; v--) {
                    if (ctx.token(v).pos().equals("VERB") && ctx.outer[v] == null) {
                        verb = v; // "they met X and visited": the verbs share their subject
                        break;
                    }
                    if (ctx.words(CLAUSE_STOPS).contains(ctx.token(v).lower())) {
                        break;
                    }
                }
            }
            if (verb < 0) {
                return -1;
            }
            t = verb;
        }
        return -1;
    }

    /** Finder {@code groupAntecedent}: the group the trigger's subject "they" stands for. */
    static List<Arg> groupAntecedent(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        int p = pronounSubject(ctx, match.tStart());
        if (p < 0) {
            return List.of();
        }
        Set<String> types = match.types(spec, f);
        SentenceContext named = ctx;
        Arg a = latestGroup(ctx, p, match.text(), types);
        if (a == null && match.previous() != null) {
            named = match.previous();
            a = latestGroup(named, named.size(), match.text(), types);
        }
        if (a == null) {
            return List.of();
        }
        // "Officials from A, B and C failed to agree. They met ...": a party per place, as for a subject so named
        return spec.value() == ValueKind.ARGUMENTS ? Coordinations.groupPlacesAfter(named, match.text(), List.of(a), types) : List.of(a);
    }

    /** The latest group before token {@code end} named as an actor or an owner, or null. */
    private static Arg latestGroup(SentenceContext ctx, int end, String text, Set<String> types) {
        EntityMention best = null;
        for (EntityMention m : ctx.mentions) {
            if (m.kind() != MentionKind.GROUP || m.tokens().end() > end || ctx.outer[m.tokens().start()] != m
                    || best != null && best.tokens().start() > m.tokens().start()) {
                continue;
            }
            int after = m.tokens().end();
            boolean owner = after < ctx.size() && (ctx.token(after).isPossessive() || isApostrophe(ctx.token(after)));
            if (owner || !NounPhrases.precededByPreposition(ctx, m)) {
                best = m;
            }
        }
        if (best == null) {
            return null;
        }
        Arg a = ctx.arg(best, text);
        return a != null && SentenceContext.accepts(a, types) ? a : null;
    }

    private static boolean isApostrophe(Token t) {
        return t.text().equals("'") || t.text().equals("\u2019");
    }
}
