package dev.eventex.event;

import static dev.eventex.internal.Lexicons.AMOUNT_QUALIFIERS;
import static dev.eventex.internal.Lexicons.ANAPHORIC_DETERMINERS;
import static dev.eventex.internal.Lexicons.ANAPHORIC_ITEM_STARTS;
import static dev.eventex.internal.Lexicons.CLAUSE_STOPS;
import static dev.eventex.internal.Lexicons.CONTAINER_NOUNS;
import static dev.eventex.internal.Lexicons.CONTENT_VERBS;
import static dev.eventex.internal.Lexicons.IRREGULAR_PARTICIPLES;
import static dev.eventex.internal.Lexicons.PASSIVE_PARTICLES;
import static dev.eventex.internal.Lexicons.VALUE_CUES;
import static dev.eventex.event.EventMatcher.ANAPHORIC;
import static dev.eventex.event.ValueFinders.decimal;

import dev.eventex.api.Amount;
import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The "theme" finder: what is given, as the object noun phrase of the trigger (or its subject when
 * passive) with its quantity or value, and further things or sums coordinated after it, one value each.
 * Registered by name in {@link RoleFinders}.
 */
final class ThemeFinders {

    private ThemeFinders() {
    }

    /** Where the given thing starts: after the trigger, or after one of the finder's words ("presented X with ..."). */
    static int themeStart(SentenceContext ctx, int tEnd, Finder f) {
        if (f.words().isEmpty()) {
            return tEnd;
        }
        for (int i = tEnd; i < Math.min(ctx.size(), tEnd + f.maxDistance()); i++) {
            if (f.words().contains(ctx.token(i).lower())) {
                return i + 1;
            }
        }
        return ctx.size();
    }

    /** What is given: the object noun phrase (or the subject when passive), with its quantity. */
    static RoleValue theme(MatchContext match, RoleSpec spec, Finder f) {
        AnalyzedText doc = match.doc();
        SentenceContext ctx = match.ctx();
        int tStart = match.tStart();
        int tEnd = themeStart(match.ctx(), match.tEnd(), f);
        boolean passive = match.passive() && f.words().isEmpty();
        int start;
        int end;
        if (passive && objectFollows(ctx, tEnd)) {
            passive = false; // "families were given food parcels": the receivers are the subject, the thing follows
        }
        if (passive) {
            int aux = tStart - 1;
            while (aux >= 0 && !ctx.token(aux).lemma().equals("be")) {
                aux--;
            }
            if (aux <= 0) {
                return null;
            }
            end = aux;
            // the subject noun phrase: after an introductory phrase ("On behalf of X, ..."), up to its head
            int from = 0;
            if (ctx.token(0).pos().equals("ADP") || ctx.token(0).lower().equals("as")) {
                for (int i = 0; i < end; i++) {
                    if (ctx.token(i).text().equals(",")) {
                        from = i + 1;
                        break;
                    }
                }
            }
            start = end - 1;
            int headEnd = -1;
            for (int i = from; i < end; i++) {
                Token t = ctx.token(i);
                if (t.pos().equals("NOUN") && (headEnd < 0 || i == headEnd)) {
                    if (headEnd < 0) {
                        start = i;
                        while (start > 0 && (ctx.token(start - 1).pos().equals("ADJ") || ctx.token(start - 1).pos().equals("NUM")
                                || ctx.token(start - 1).pos().equals("NOUN") || ctx.token(start - 1).text().equals("-")
                                || hyphenPiece(ctx.token(start - 1)) || isParticipleModifier(ctx, start - 1, start - 1))) {
                            start--;
                        }
                    }
                    headEnd = i + 1;
                } else if (headEnd > 0 && i == headEnd && t.lower().equals("of")) {
                    headEnd = i + 1;
                } else if (headEnd > 0 && i == headEnd && (t.pos().equals("ADJ") || t.pos().equals("NUM")
                        || ctx.inner[i] != null && ctx.inner[i].type() == EntityType.QUANTITY)) {
                    headEnd = i + 1; // "one lot of 40 crates of rice went by road": the count and what is counted
                } else if (headEnd > 0 && i == headEnd && t.pos().equals("PROPN") && i + 1 < end && ctx.token(i + 1).pos().equals("NOUN")) {
                    headEnd = i + 1;
                } else if (headEnd > 0) {
                    break;
                }
            }
            if (headEnd < 0) {
                return null;
            }
            end = headEnd;
            if (start > 0 && ctx.words(ANAPHORIC_DETERMINERS).contains(ctx.token(start - 1).lower())) {
                start--; // keep the determiner: "The consignment was handed over" refers back
            }
        } else {
            start = tEnd;
            while (start < ctx.size() && (ctx.token(start).lower().equals("over") || ctx.token(start).lower().equals("of")
                    || ctx.token(start).pos().equals("PART") || ctx.token(start).pos().equals("ADV"))) {
                start++;
            }
            start = afterQualifier(ctx, afterDate(ctx, start));
            int[] held = contents(ctx, tEnd);
            if (held != null) {
                return themeValue(doc, ctx, spec, held[0], held[1]); // the trigger names the gift as a whole
            }
            end = ownedAfter(ctx, start);
            int head = end;
            while (end < ctx.size() && isNpToken(ctx, end, head)) {
                end++;
            }
            if (end == head) {
                end = start;
            }
        }
        if (start >= end) {
            return null;
        }
        if (passive) {
            return themeValue(doc, ctx, spec, start, end);
        }
        int[] held = contents(ctx, end);
        if (held != null) {
            return themeValue(doc, ctx, spec, held[0], held[1]);
        }
        List<RoleValue> each = new ArrayList<>();
        each.add(themeValue(doc, ctx, spec, start, end));
        for (int[] more : coordinatedAmounts(ctx, end)) {
            each.add(themeValue(doc, ctx, spec, more[0], more[1]));
        }
        if (each.size() == 1) {
            for (int[] more : coordinatedSums(ctx, start, end)) {
                each.add(themeValue(doc, ctx, spec, more[0], more[1]));
            }
        }
        return each.size() == 1 ? each.get(0) : Listed.of(each);
    }

    /** After a name in the possessive opening the phrase ("donated Ann Lee's old piano"): the owned thing starts there. */
    private static int ownedAfter(SentenceContext ctx, int k) {
        EntityMention m = k < ctx.size() ? ctx.outer[k] : null;
        if (m == null || m.tokens().start() != k || m.type() != EntityType.PERSON || m.tokens().end() + 1 >= ctx.size()
                || !ctx.token(m.tokens().end()).isPossessive()) {
            return k;
        }
        return m.tokens().end() + 1;
    }

    /**
     * What a gift named as a whole held: after a container noun ending the phrase at {@code end}
     * ("the gift of X to Y, which contained 25 tons of dates", "a consignment including 300
     * tents"), the phrase a content verb takes, before any other verb. Null when there is none.
     */
    static int[] contents(SentenceContext ctx, int end) {
        if (end <= 0 || end >= ctx.size() || !ctx.words(CONTAINER_NOUNS).contains(ctx.token(end - 1).lemma())) {
            return null;
        }
        for (int k = end; k < Math.min(ctx.size() - 1, end + 25); k++) {
            Token t = ctx.token(k);
            boolean relative = (t.lower().equals("which") || t.lower().equals("that")) && ctx.words(CONTENT_VERBS).contains(ctx.token(k + 1).lemma());
            // "a consignment including 300 tents": right after the gift; further on, "including" lists the receivers
            boolean participle = k <= end + 1 && t.lower().endsWith("ing") && ctx.words(CONTENT_VERBS).contains(t.lemma());
            if (relative || participle) {
                int s = relative ? k + 2 : k + 1;
                while (s < ctx.size() && ctx.token(s).lower().equals("of")) {
                    s++; // "consisting of"
                }
                int e = s;
                while (e < ctx.size() && isNpToken(ctx, e, s)) {
                    e++;
                }
                return e > s ? new int[] {s, e} : null;
            }
            if (t.pos().equals("VERB") || t.text().equals(";")) {
                return null;
            }
        }
        return null;
    }

    /** Past a date written between the verb and what it gives: "donated this Thursday 50 beds", "donated on Monday 50 beds". */
    /**
     * Skips the words that bound an amount right before it (lexicon {@code amount-qualifiers}: "more than
     * 500 tents", "a total of $2 million"): they are no part of the thing given, and the phrase
     * would otherwise end at "than".
     */
    static int afterQualifier(SentenceContext ctx, int k) {
        for (String q : ctx.words(AMOUNT_QUALIFIERS)) {
            String[] w = q.split(" ");
            boolean hit = k + w.length < ctx.size();
            for (int i = 0; i < w.length && hit; i++) {
                hit = ctx.token(k + i).lower().equals(w[i]);
            }
            if (hit && amountAt(ctx, k + w.length)) {
                return k + w.length;
            }
        }
        return k;
    }

    /** A number, or a quantity or sum that starts at token {@code j}. */
    private static boolean amountAt(SentenceContext ctx, int j) {
        EntityMention m = ctx.inner[j];
        return ctx.token(j).pos().equals("NUM")
                || m != null && (m.type() == EntityType.QUANTITY || m.type() == EntityType.MONEY) && m.tokens().start() == j;
    }

    private static int afterDate(SentenceContext ctx, int k) {
        int d = k < ctx.size() && ctx.token(k).lower().equals("on") ? k + 1 : k;
        if (d < ctx.size() && ctx.outer[d] != null && ctx.outer[d].type() == EntityType.DATE && ctx.outer[d].tokens().start() == d) {
            int end = ctx.outer[d].tokens().end();
            return end < ctx.size() && ctx.token(end).pos().equals("PUNCT") ? k : end;
        }
        return k;
    }

    /** A word piece joined by a hyphen: "-carved", "well-" (the tokenizer keeps the hyphen on one side). */
    static boolean hyphenPiece(Token t) {
        String w = t.text();
        return w.length() > 1 && (w.charAt(0) == '-' || w.charAt(w.length() - 1) == '-') && Character.isLetter(w.charAt(w.length() / 2));
    }

    /** A noun phrase right after a passive participle (and its particle): "were handed out 200 kits". */
    static boolean objectFollows(SentenceContext ctx, int k) {
        while (k < ctx.size() && ctx.words(PASSIVE_PARTICLES).contains(ctx.token(k).lower())) {
            k++;
        }
        if (k >= ctx.size() || ctx.outer[k] != null && ctx.outer[k].type() != EntityType.QUANTITY && ctx.outer[k].type() != EntityType.MONEY) {
            return false;
        }
        String pos = ctx.token(k).pos();
        return pos.equals("DET") && !ctx.token(k).lower().equals("that") || pos.equals("NUM") || pos.equals("NOUN")
                || pos.equals("ADJ") && k + 1 < ctx.size() && ctx.token(k + 1).pos().equals("NOUN");
    }

    /**
     * Further things given, each with its own amount, coordinated after the first: "30 tablets
     * and five laptops", "300 doses in July and an additional 200 doses in October". Stops where
     * the clause or a recipient phrase ("to", "for") begins.
     */
    static List<int[]> coordinatedAmounts(SentenceContext ctx, int from) {
        List<int[]> out = new ArrayList<>();
        int limit = Math.min(ctx.size(), from + 25);
        int i = from;
        while (i < limit) {
            Token t = ctx.token(i);
            String w = t.lower();
            if (t.text().equals(".") || t.text().equals(";") || t.text().equals(":") || ctx.words(CLAUSE_STOPS).contains(w) || w.equals("to")
                    || w.equals("for") || t.isVerbLike() && ctx.outer[i] == null) {
                break;
            }
            if (w.equals("and") || t.text().equals(",")) {
                int j = i + 1;
                while (j < limit && j < i + 4 && ctx.inner[j] == null && (ctx.token(j).pos().equals("DET")
                        || ctx.token(j).pos().equals("ADJ") || ctx.token(j).lower().equals("and"))) {
                    j++;
                }
                EntityMention m = j < ctx.size() ? ctx.inner[j] : null;
                if (m != null && m.type() == EntityType.QUANTITY && m.tokens().start() == j) {
                    int e = j;
                    while (e < ctx.size() && (isNpToken(ctx, e, j) || ctx.token(e).pos().equals("PROPN"))) {
                        e++;
                    }
                    if (e > m.tokens().end()) {
                        out.add(new int[] {j, e});
                        i = e;
                        continue;
                    }
                }
            }
            i++;
        }
        return out;
    }

    /**
     * Further sums given by the same verb, each with its own purpose or receiver: "$5 million to
     * rebuild clinics as well as $2 million to train nurses", "$3 million for A and another $1
     * million for B". Only when the thing given is itself a sum; the next sum must follow "and",
     * "as well as" or "plus" (a determiner or adjective between), and the search stops where the
     * clause ends (a stop word, ";") or at a sum in brackets, a breakdown of the first.
     */
    static List<int[]> coordinatedSums(SentenceContext ctx, int start, int end) {
        EntityMention first = null;
        for (int i = start; i < end && first == null; i++) {
            EntityMention m = ctx.inner[i];
            first = m != null && m.type() == EntityType.MONEY ? m : null;
        }
        if (first == null) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        int limit = Math.min(ctx.size(), end + 30);
        for (int i = end; i < limit; i++) {
            Token t = ctx.token(i);
            String w = t.lower();
            if (t.text().equals(".") || t.text().equals(";") || t.text().equals(":") || t.text().equals("(")
                    || ctx.words(CLAUSE_STOPS).contains(w)) {
                break;
            }
            EntityMention m = ctx.inner[i];
            if (m != null && m.type() == EntityType.MONEY && m.tokens().start() == i) {
                int k = i - 1;
                while (k > end && ctx.inner[k] == null && (ctx.token(k).pos().equals("DET") || ctx.token(k).pos().equals("ADJ"))) {
                    k--;
                }
                String c = ctx.token(k).lower();
                boolean joined = c.equals("and") || c.equals("plus")
                        || c.equals("as") && k >= 2 && ctx.token(k - 1).lower().equals("well") && ctx.token(k - 2).lower().equals("as");
                if (!joined) {
                    break; // "$5 million, $2 million of it in cash": not a second gift
                }
                out.add(new int[] {i, m.tokens().end()});
                i = m.tokens().end() - 1;
            }
        }
        return out;
    }

    /** The item, quantity or value of the thing given in the noun phrase [start, end). */
    static RoleValue themeValue(AnalyzedText doc, SentenceContext ctx, RoleSpec spec, int start, int end) {
        BigDecimal quantity = null;
        EntityMention counted = null;
        Amount value = null;
        int itemStart = start;
        for (int i = start; i < end; i++) {
            EntityMention m = ctx.inner[i];
            if (m != null && m.type() == EntityType.QUANTITY && quantity == null) {
                counted = m;
                quantity = decimal(m.attribute("value"));
                itemStart = Math.max(itemStart, m.tokens().end());
                if (m.attribute("unit") != null && m.tokens().end() > i + 1 && itemStart < end
                        && ctx.token(itemStart).lower().equals("of")) {
                    itemStart++;
                }
            } else if (m != null && m.type() == EntityType.MONEY && value == null) {
                value = new Amount(doc.slice(m.start(), m.end()), decimal(m.attribute("value")), m.attribute("currency"), null);
                itemStart = Math.max(itemStart, m.tokens().end());
            }
        }
        if (value == null && end + 1 < ctx.size() && ctx.words(VALUE_CUES).contains(ctx.token(end).lower())) {
            int k = ctx.token(end + 1).lower().equals("at") ? end + 2 : end + 1;
            EntityMention m = k < ctx.size() ? ctx.inner[k] : null;
            if (m != null && m.type() == EntityType.MONEY) {
                value = new Amount(doc.slice(m.start(), m.end()), decimal(m.attribute("value")), m.attribute("currency"), null);
            }
        }
        while (itemStart < end && (ctx.token(itemStart).pos().equals("DET") || ctx.token(itemStart).lower().equals("of"))) {
            itemStart++;
        }
        String item = itemStart < end ? doc.slice(ctx.token(itemStart).start(), ctx.token(end - 1).end()) : null;
        if (item == null && counted != null && counted.attribute("unit") != null) {
            // "302,750 doses": the counted noun is inside the amount
            int u = counted.tokens().start();
            while (u < counted.tokens().end() && ctx.token(u).pos().equals("NUM")) {
                u++;
            }
            if (u < counted.tokens().end() && Character.isLetter(ctx.token(u).text().charAt(0))) {
                item = doc.slice(ctx.token(u).start(), ctx.token(counted.tokens().end() - 1).end());
            }
        }
        if (item != null && quantity == null && value == null && start < ctx.size()
                && ctx.words(ANAPHORIC_ITEM_STARTS).contains(ctx.token(start).lower())) {
            item = ANAPHORIC + item; // "handed over the vehicles": the donation already reported
        }
        return switch (spec.value()) {
            case TEXT -> RoleValue.of(item);
            case NUMBER -> RoleValue.of(quantity);
            case AMOUNT -> RoleValue.of(value);
            default -> null;
        };
    }

    static boolean isNpToken(SentenceContext ctx, int i, int start) {
        Token t = ctx.token(i);
        String pos = t.pos();
        if (ctx.words(VALUE_CUES).contains(t.lower())
                || ctx.inner[i] != null && ctx.inner[i].type() == EntityType.DATE) {
            return false; // "food parcels next week": the date is no part of the thing given
        }
        if (hyphenPiece(t) && i > start) {
            return true; // the tokenizer splits "hand-carved" into "hand" and "-carved"
        }
        if (pos.equals("DET") && i == start || pos.equals("NUM") || pos.equals("ADJ") || pos.equals("NOUN") || t.text().equals("-")) {
            return true;
        }
        if (isParticipleModifier(ctx, i, start)
                || pos.equals("ADV") && t.lower().endsWith("ly") && i > start && i + 1 < ctx.size() && isParticipleModifier(ctx, i + 1, i + 1)) {
            return true; // "a hand-carved flute", "30 locally made desks": the participle qualifies the noun
        }
        if (t.lower().equals("of") && i > start && i + 1 < ctx.size()) {
            String next = ctx.token(i + 1).pos();
            EntityMention counted = ctx.inner[i + 1];
            // "a shipment of 75 cartons of soap": the count after "of" is the amount given
            return next.equals("NOUN") || next.equals("ADJ") || counted != null && counted.type() == EntityType.QUANTITY;
        }
        if (t.lower().equals("and") && i > start && i + 1 < ctx.size() && Set.of("ADJ", "NOUN").contains(ctx.token(i - 1).pos())
                && Set.of("ADJ", "NOUN").contains(ctx.token(i + 1).pos()) && ctx.inner[i + 1] == null) {
            return true; // "maternal and neonatal equipment", "food and water": one thing given
        }
        EntityMention m = ctx.inner[i];
        return m != null && (m.type() == EntityType.QUANTITY || m.type() == EntityType.MONEY);
    }

    /**
     * A participle inside a noun phrase, before its noun: after a hyphen ("hand-carved"), at the
     * phrase's start or after a determiner, number or adjective ("the refurbished", "30 locally
     * made"), and followed by a noun, adjective or hyphen. A participle after a noun ("tents
     * ensuring shelter") begins a clause and ends the phrase.
     */
    static boolean isParticipleModifier(SentenceContext ctx, int i, int start) {
        Token t = ctx.token(i);
        String w = t.lower();
        if (!t.pos().equals("VERB") || ctx.inner[i] != null || i + 1 >= ctx.size()
                || !(w.endsWith("ed") || w.endsWith("en") || w.endsWith("ing") || ctx.words(IRREGULAR_PARTICIPLES).contains(w))) {
            return false;
        }
        Token next = ctx.token(i + 1);
        if (!(next.pos().equals("NOUN") || next.pos().equals("ADJ") || next.text().equals("-"))) {
            return false;
        }
        if (i == start) {
            return true;
        }
        Token prev = ctx.token(i - 1);
        String p = prev.pos();
        return prev.text().equals("-") || p.equals("DET") || p.equals("NUM") || p.equals("ADJ")
                || p.equals("ADV") && prev.lower().endsWith("ly") || ctx.inner[i - 1] != null && ctx.inner[i - 1].type() == EntityType.QUANTITY;
    }
}
