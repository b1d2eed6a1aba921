package dev.eventex.event;

import dev.eventex.entity.EntityMention;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The finder {@code speaker}: who says what a sentence states. News attributes goals and plans
 * to the one who announces them: "X said", "said the minister", and for a sentence inside a
 * quotation, the attribution after its closing mark (possibly sentences later) or before its
 * opening one ("X said: «We agreed ...»"). Stateless.
 */
final class Speakers {

    /** How many sentences a quotation may run on before its attribution is no longer looked for. */
    private static final int MAX_QUOTE_SENTENCES = 6;

    private Speakers() {
    }

    /** The speaker of the trigger's sentence, of one of the finder's types, or an empty list. */
    static List<Arg> speaker(MatchContext match, RoleSpec spec, Finder f) {
        AnalyzedText doc = match.doc();
        SentenceContext ctx = match.ctx();
        int tStart = match.tStart();
        Set<String> types = match.types(spec, f);
        String text = doc.text();
        Arg own = attribution(ctx, text, 0, ctx.size(), types);
        if (own != null) {
            return List.of(own);
        }
        int paragraph = text.lastIndexOf('\n', Math.max(0, ctx.sentence.start() - 1)) + 1;
        int at = ctx.token(tStart).start();
        int open = openQuote(text, paragraph, at);
        if (open < 0) {
            return List.of();
        }
        // the attribution after the closing mark: «... we agreed to ...», said the minister
        List<Sentence> sentences = doc.sentences();
        int idx = ctx.sentence.index();
        for (int k = idx; k < Math.min(sentences.size(), idx + MAX_QUOTE_SENTENCES); k++) {
            Sentence s = sentences.get(k);
            if (k > idx && text.lastIndexOf('\n', s.start()) >= ctx.sentence.end()) {
                break; // a new paragraph: the quotation was never closed here
            }
            int close = closeQuote(text, k == idx ? at : s.start(), s.end());
            if (close < 0) {
                continue;
            }
            SentenceContext sc = k == idx ? ctx : context(s, ctx);
            Arg a = attribution(sc, text, tokenAt(s, close), sc.size(), types);
            if (a != null) {
                return List.of(a);
            }
            break;
        }
        // the attribution before the opening mark: X said: «...
        for (Sentence s : sentences) {
            if (open >= s.start() && open < s.end()) {
                SentenceContext sc = s.index() == idx ? ctx : context(s, ctx);
                Arg a = attribution(sc, text, 0, tokenAt(s, open), types);
                return a == null ? List.of() : List.of(a);
            }
        }
        return List.of();
    }

    /**
     * The subject of a reporting verb among the tokens [from, to): the actor right before it
     * ("X said", "X also noted") or right after it ("said X", "said the Head of State").
     */
    private static Arg attribution(SentenceContext ctx, String text, int from, int to, Set<String> types) {
        Set<String> reporting = ctx.words(Lexicons.REPORTING_VERBS);
        for (int i = Math.max(0, from); i < Math.min(to, ctx.size()); i++) {
            Token t = ctx.token(i);
            if (!t.pos().equals("VERB") || !reporting.contains(t.lemma()) || ctx.outer[i] != null) {
                continue;
            }
            int j = i - 1;
            while (j >= from && (ctx.token(j).pos().equals("ADV") || ctx.token(j).pos().equals("AUX"))) {
                j--;
            }
            Arg a = j >= from ? actorEndingAt(ctx, text, j, types) : null;
            // "said X", "said President X": a title the entity stage left outside the name may come first
            int k = i + 1;
            while (k < Math.min(to, i + 4) && ctx.outer[k] == null && !ctx.token(k).isPunct() && !ctx.token(k).isVerbLike()) {
                k++;
            }
            if (a == null && k < to && ctx.outer[k] != null && ctx.outer[k].tokens().start() == k) {
                a = actor(ctx, text, ctx.outer[k], types);
            }
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    private static Arg actorEndingAt(SentenceContext ctx, String text, int j, Set<String> types) {
        EntityMention m = ctx.outer[j];
        return m != null && m.tokens().end() == j + 1 ? actor(ctx, text, m, types) : null;
    }

    private static Arg actor(SentenceContext ctx, String text, EntityMention m, Set<String> types) {
        Arg a = ctx.arg(m, text);
        return a != null && SentenceContext.accepts(a, types) && !a.type().equals("LOCATION") ? a : null;
    }

    /**
     * The position of the quotation mark still open at {@code at} in the paragraph starting at
     * {@code from}, or -1. Curly and angle marks open and close; straight double marks alternate.
     */
    static int openQuote(String text, int from, int at) {
        List<Integer> stack = new ArrayList<>();
        boolean straightOpen = false;
        int straight = -1;
        for (int i = from; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') {
                stack.add(i);
            } else if ((c == '”' || c == '»') && !stack.isEmpty()) {
                stack.remove(stack.size() - 1);
            } else if (c == '"') {
                straightOpen = !straightOpen;
                straight = i;
            }
        }
        if (!stack.isEmpty()) {
            return stack.get(stack.size() - 1);
        }
        return straightOpen ? straight : -1;
    }

    /** The first closing quotation mark in [from, to), or -1. */
    private static int closeQuote(String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '”' || c == '»' || c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** The index of the token at or after the character {@code at}. */
    private static int tokenAt(Sentence s, int at) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).end() > at) {
                return i;
            }
        }
        return s.size();
    }

    private static SentenceContext context(Sentence s, SentenceContext like) {
        List<EntityMention> ms = new ArrayList<>();
        for (EntityMention m : like.resolved.mentions()) {
            if (m.sentence() == s.index()) {
                ms.add(m);
            }
        }
        return new SentenceContext(s, ms, like.resolved, like.lexicons);
    }
}
