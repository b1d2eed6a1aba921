package dev.eventex.event;

import static dev.eventex.internal.Lexicons.NON_TOPIC_NOUNS;
import static dev.eventex.internal.Lexicons.PREPOSITIONS;
import static dev.eventex.internal.Lexicons.TOPIC_LEAD_INS;
import static dev.eventex.internal.Lexicons.TOPIC_STOPS;

import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.text.Syntax;
import java.util.ArrayList;
import java.util.List;

/**
 * What a meeting discussed: the phrase after a topic cue of the rule ("to discuss", "focused
 * on", "talks on"), or the object of the trigger when the rule gives no cue ("The two
 * discussed X"), split into items at commas and "and" ("X, Y and Z"). The dependency tree,
 * when the sentence has one, decides whether a preposition starts a topic: it must head a
 * noun (not "going on"), and a bare "on" must modify the trigger ("held talks with X on Y",
 * not "a post on X"). An item leaves out its determiner, lead-in words ("including", "such
 * as") and the function words it ends with; it ends where a clause starts (a verb with a
 * subject of its own, "to" before a verb, an auxiliary). Coordinated adjectives ("economic
 * and bilateral cooperation") and "between X and Y" stay one item. A person, a date or an
 * amount is no topic, nor a noun of circumstance ("on the sidelines of", "on a visit"): the
 * next cue is tried. Stateless.
 */
final class TopicPhrases {

    private TopicPhrases() {
    }

    /** Topics found: where their cue starts, and each item's first and last token. */
    record Found(int cueStart, List<int[]> items) {
    }

    /** The topics of the trigger at {@code [tStart, tEnd)}, or null when the sentence states none. */
    static Found find(SentenceContext ctx, Finder f, int tStart, int tEnd) {
        if (f.words().isEmpty()) {
            Syntax tree = ctx.syntax();
            int start = tEnd;
            while (start < ctx.size() && (ctx.token(start).pos().equals("ADV") || ctx.words(PREPOSITIONS).contains(ctx.token(start).lower()))) {
                start++; // "The talks focused mainly on X"
            }
            List<int[]> items = items(ctx, tree, start);
            return items.isEmpty() ? null : new Found(tStart, items);
        }
        List<String[]> cues = ValueFinders.splitWords(f.words());
        for (int i = tEnd; i < ctx.size() && i - tEnd <= f.maxDistance(); i++) {
            for (String[] w : cues) {
                if (!ctx.sentence.lowerWordsAt(i, w)) {
                    continue;
                }
                int start = i + w.length;
                if (start >= ctx.size() || !mayStartTopic(ctx, start)) {
                    break; // checked before the tree: a cue before a name, a date, an amount or a pronoun needs no parse
                }
                // the tree only once a cue is found: a sentence without one is not parsed for its topics
                Syntax tree = ctx.syntax();
                if (startsTopic(ctx, tree, i + w.length - 1, w.length == 1, tStart, tEnd)) {
                    List<int[]> items = items(ctx, tree, start);
                    if (!items.isEmpty()) {
                        return new Found(i, items);
                    }
                }
                break;
            }
        }
        return null;
    }

    /**
     * False when the phrase at {@code first} cannot be a topic whatever the tree says: it starts
     * with a value, a name other than an organisation's, or a pronoun ("on Monday", "on Jordan's
     * side", "on him").
     */
    private static boolean mayStartTopic(SentenceContext ctx, int first) {
        EntityMention m = ctx.inner[first];
        return !(m != null && (m.kind() == MentionKind.VALUE || m.type() != EntityType.ORGANIZATION) || ctx.token(first).pos().equals("PRON"));
    }

    /** True when the cue ending at {@code c} introduces a phrase that may be a topic. */
    private static boolean startsTopic(SentenceContext ctx, Syntax tree, int c, boolean bare, int tStart, int tEnd) {
        if (!mayStartTopic(ctx, c + 1)) {
            return false;
        }
        if (tree == null || !ctx.token(c).pos().equals("ADP")) {
            return true;
        }
        if (!tree.is(c, "case")) {
            return false; // "have been going on since 2021"
        }
        int noun = tree.head(c);
        if (!bare || noun < 0) {
            return noun >= 0;
        }
        for (int k = tree.head(noun); k >= 0; k = tree.head(k)) { // "held talks with X on Y": the trigger governs Y
            if (k >= tStart && k < tEnd) {
                return true;
            }
            if (ctx.token(k).pos().equals("VERB")) {
                return false; // "a post on X", "ways of translating them on the ground"
            }
        }
        return false;
    }

    /** The items of the phrase starting at {@code start}, up to where the phrase ends. */
    static List<int[]> items(SentenceContext ctx, Syntax tree, int start) {
        List<int[]> items = new ArrayList<>();
        List<String[]> leadIns = ValueFinders.splitWords(List.copyOf(ctx.words(TOPIC_LEAD_INS)));
        int itemStart = start;
        boolean between = false;
        for (int k = start; k <= ctx.size(); k++) {
            boolean end = k == ctx.size() || endsPhrase(ctx, tree, k);
            boolean split = !end && !inName(ctx, k) && (ctx.token(k).text().equals(",") || ctx.token(k).lower().equals("and"))
                    && !joinsWithin(ctx, tree, k, between);
            if (!end && ctx.token(k).lower().equals("between")) {
                between = true;
            }
            if (end || split) {
                int[] item = trim(ctx, leadIns, itemStart, k);
                if (item != null) {
                    if (isTopic(ctx, item)) {
                        items.add(item);
                    } else if (items.isEmpty()) {
                        return items; // "on the sidelines of ...": this cue names no topic
                    } else if (startsPerson(ctx, item) && Character.isUpperCase(ctx.token(items.get(items.size() - 1)[0]).text().charAt(0))) {
                        items.remove(items.size() - 1); // "the Vice President of X, Mr Y": the name's office, no topic
                    }
                }
                itemStart = k + 1;
                between = false;
                if (end) {
                    break;
                }
            }
        }
        return items;
    }

    private static boolean endsPhrase(SentenceContext ctx, Syntax tree, int k) {
        dev.eventex.text.Token t = ctx.token(k);
        if (ctx.words(TOPIC_STOPS).contains(t.lower()) || ctx.inner[k] != null && ctx.inner[k].type() == EntityType.DATE) {
            return true;
        }
        if (ctx.outer[k] != null) {
            return false;
        }
        if (t.pos().equals("AUX") || t.lower().equals("to") && k + 1 < ctx.size() && ctx.token(k + 1).pos().equals("VERB")) {
            return true; // "and the two leaders are expected to ...", "media houses to stop ..."
        }
        if (!t.pos().equals("VERB")) {
            return false;
        }
        if (t.lower().endsWith("ing")) {
            return false; // "cooperation in processing", "easing traffic"
        }
        if (tree != null && (!tree.children(k, "nsubj").isEmpty()
                || tree.is(k, "conj") && tree.head(k) >= 0 && ctx.token(tree.head(k)).pos().equals("VERB"))) {
            return true; // "Wang presented three lists", "reviewed X and exchanged views on Y": a clause of its own
        }
        return !t.lower().endsWith("ed");
    }

    /** True inside a name that spans the comma or "and" ("Ministry of Industry, Trade and Supply"). */
    private static boolean inName(SentenceContext ctx, int k) {
        EntityMention m = ctx.inner[k];
        return m != null && m.tokens().start() < k && k + 1 < m.tokens().end();
    }

    /**
     * True when the comma or "and" at {@code k} joins words inside one item: two adjectives of
     * one noun ("economic and bilateral cooperation"), two modifiers of one noun ("the A and B
     * border posts"), the two ends of "between X and Y". The tree decides where the sentence
     * has one; without it, "and" after "between" or between two adjectives does.
     */
    private static boolean joinsWithin(SentenceContext ctx, Syntax tree, int k, boolean afterBetween) {
        boolean and = ctx.token(k).lower().equals("and");
        if (and && k > 0 && k + 1 < ctx.size() && ctx.token(k - 1).pos().equals("ADJ")
                && (ctx.token(k + 1).pos().equals("ADJ") || ctx.token(k + 1).text().contains("-"))) {
            return true;
        }
        if (tree == null) {
            return and && afterBetween;
        }
        int next = k + 1;
        while (next < ctx.size() && (ctx.token(next).pos().equals("DET") || ctx.token(next).pos().equals("CCONJ"))) {
            next++;
        }
        if (next >= ctx.size() || !tree.is(next, "conj") || tree.head(next) < 0) {
            return false;
        }
        int first = tree.head(next);
        if ((tree.is(first, "compound") || tree.is(first, "amod")) && tree.head(first) > k) {
            return true; // the noun both modify follows: "the A and B border posts"
        }
        for (int c : tree.children(first, "case")) {
            if (ctx.token(c).lower().equals("between")) {
                return true;
            }
        }
        return false;
    }

    /** The first and last token of an item in {@code [a, b)} after trimming, or null when nothing is left. */
    private static int[] trim(SentenceContext ctx, List<String[]> leadIns, int a, int b) {
        boolean moved = true;
        while (moved && a < b) {
            moved = false;
            dev.eventex.text.Token t = ctx.token(a);
            if (t.pos().equals("DET") || isMark(t) || t.pos().equals("CCONJ") || t.lower().equals("on")) {
                a++;
                moved = true;
                continue;
            }
            for (String[] w : leadIns) {
                if (a + w.length < b && ctx.sentence.lowerWordsAt(a, w)) {
                    a += w.length;
                    moved = true;
                    break;
                }
            }
        }
        while (b > a && isTrailing(ctx, b - 1)) {
            b--;
        }
        return b > a ? new int[] {a, b - 1} : null;
    }

    /** A punctuation mark; not a word the tagger calls one ("cross-" of "cross-border"). */
    private static boolean isMark(dev.eventex.text.Token t) {
        for (int i = 0; i < t.text().length(); i++) {
            if (Character.isLetterOrDigit(t.text().charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTrailing(SentenceContext ctx, int i) {
        dev.eventex.text.Token t = ctx.token(i);
        String pos = t.pos();
        return ctx.outer[i] == null && (isMark(t) || pos.equals("ADP") || pos.equals("CCONJ")
                || pos.equals("SCONJ") || pos.equals("PART") || pos.equals("DET"));
    }

    /**
     * False for a person (with the title before the name: "President X at the palace"), a bare
     * function word or a noun of circumstance ("sidelines", "visit").
     */
    private static boolean isTopic(SentenceContext ctx, int[] item) {
        if (ctx.views.get(item[0]).gazetteer().contains("title")) {
            return false; // "called on the Speaker of Parliament": an office holder
        }
        if (startsPerson(ctx, item)) {
            return false;
        }
        boolean noun = false;
        boolean firstPhrase = true;
        for (int i = item[0]; i <= item[1]; i++) {
            dev.eventex.text.Token t = ctx.token(i);
            firstPhrase &= !t.pos().equals("ADP");
            if (t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("NUM")
                    || t.pos().equals("VERB") && t.lower().endsWith("ing")) {
                if (firstPhrase && (ctx.words(NON_TOPIC_NOUNS).contains(t.lemma()) || ctx.words(NON_TOPIC_NOUNS).contains(t.lower()))) {
                    return false; // the item's own noun names a circumstance: "a working visit to X"
                }
                noun = true;
            }
        }
        return noun;
    }

    /** True when the item opens with a person's name, titles before it included ("President X at the palace"). */
    private static boolean startsPerson(SentenceContext ctx, int[] item) {
        for (int i = item[0]; i <= item[1] && (i == item[0] || ctx.token(i).pos().equals("PROPN")); i++) {
            if (isPerson(ctx.outer[i]) || isPerson(ctx.inner[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPerson(EntityMention m) {
        return m != null && m.type() == EntityType.PERSON;
    }

}
