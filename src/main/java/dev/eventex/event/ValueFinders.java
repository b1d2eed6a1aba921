package dev.eventex.event;

import static dev.eventex.internal.Lexicons.PERIOD_PARTS;
import static dev.eventex.internal.Lexicons.PERIOD_START_WORDS;
import static dev.eventex.internal.Lexicons.REPORTING_VERBS;

import dev.eventex.api.Amount;
import dev.eventex.api.DateValue;
import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.event.RoleSpec.ValueKind;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finders of values: the mention of a wanted type nearest the trigger (dates, amounts) and amounts
 * listed after it, a value read from a span or a mention, a kind word ("state visit"), the phrase around a head word,
 * and the topics discussed. Registered by name in {@link RoleFinders}.
 */
final class ValueFinders {

    private ValueFinders() {
    }

    /** Before "the end of" ending at {@code p} ("by the end of 2030"): the token the phrase follows, else {@code p}. */
    private static int partOf(SentenceContext ctx, int p) {
        if (p < 1 || !ctx.token(p).lower().equals("of") || !ctx.words(PERIOD_PARTS).contains(ctx.token(p - 1).lower())) {
            return p;
        }
        int q = p - 2;
        return q >= 0 && ctx.token(q).lower().equals("the") ? q - 1 : q;
    }

    /** The mention of the wanted type nearest the trigger (dates, amounts, places). */
    static RoleValue valueInSentence(MatchContext match, RoleSpec spec, Finder f) {
        return nearestValue(match, spec, f, false);
    }

    /**
     * The nearest mention of the wanted type that the tree ties to the trigger ({@link #tiedToTrigger}):
     * "aims to raise trade to $5bn". A sum of a clause the trigger's clause joins or modifies ("gave $9m
     * in grants, and trade grew"; "spent $9m, hoping to expand") is not the trigger's.
     */
    static RoleValue governedValue(MatchContext match, RoleSpec spec, Finder f) {
        return nearestValue(match, spec, f, true);
    }

    private static RoleValue nearestValue(MatchContext match, RoleSpec spec, Finder f, boolean governed) {
        AnalyzedText doc = match.doc();
        SentenceContext ctx = match.ctx();
        int tStart = match.tStart();
        Set<String> types = match.types(spec, f);
        EntityMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (EntityMention m : ctx.mentions) {
            String t = m.kind() == MentionKind.GROUP ? "GROUP" : m.type().name();
            if (!types.contains(t) || (m.kind() == MentionKind.NOMINAL && m.type() == EntityType.LOCATION)) {
                continue;
            }
            if (!f.words().isEmpty()) {
                int p = partOf(ctx, m.tokens().start() - 1);
                if (p < 0 || !f.words().contains(ctx.token(p).lower())) {
                    continue;
                }
            }
            if (m.type() == EntityType.DATE && (RelativeClauses.elsewhere(ctx, m.tokens().start(), tStart) || otherNounsDate(match, m)
                    || periodStart(ctx, m, tStart))) {
                continue;
            }
            int d = Math.abs(m.tokens().start() - tStart);
            if (d <= f.maxDistance() * 3 && d < bestDist && (!governed || tiedToTrigger(ctx, m, tStart))) {
                best = m;
                bestDist = d;
            }
        }
        if (best == null) {
            return null;
        }
        if (f.list() && spec.value() == ValueKind.AMOUNT) {
            return amountList(doc, ctx, spec, f, best);
        }
        return fromMention(doc, ctx, spec, best);
    }

    /**
     * The mention's head reaches, within three steps up the tree, the trigger or a word the trigger
     * hangs on inside its own clause ("aims to raise ...": the aim; not the verb of another clause
     * the trigger's clause modifies or joins). Without a tree, nothing is tied.
     */
    static boolean tiedToTrigger(SentenceContext ctx, EntityMention m, int trigger) {
        dev.eventex.text.Syntax tree = ctx.syntax();
        if (tree == null) {
            return false;
        }
        int head = m.tokens().start();
        for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
            if (tree.head(i) < m.tokens().start() || tree.head(i) >= m.tokens().end()) {
                head = i;
                break;
            }
        }
        int v = trigger;
        for (int depth = 0; v >= 0 && depth <= 3; depth++) {
            for (int w = head, up = 0; w >= 0 && up <= 3; w = tree.head(w), up++) {
                if (w == v) {
                    return true;
                }
                if (w != head && clauseHead(tree, w) && ctx.token(w).pos().equals("VERB")
                        && !ctx.words(REPORTING_VERBS).contains(ctx.token(w).lemma())) {
                    // "..., adding that exports might reach $4bn": the sum's own clause, not the trigger's (a reporting
                    // verb the parser hangs the sum on, "to $1bn, the ministry said", is no clause of its own, nor
                    // a year the parser reads as one, "to USD 2 billion by 2027")
                    break;
                }
            }
            if (clauseHead(tree, v)) {
                return false; // the trigger's clause ends here
            }
            v = tree.head(v);
        }
        return false;
    }

    /** The word heads a clause joined to, or modifying, another ("... , adding that", "and aims to"). */
    private static boolean clauseHead(dev.eventex.text.Syntax tree, int w) {
        return tree.is(w, "advcl") || tree.is(w, "ccomp") || tree.is(w, "parataxis") || tree.is(w, "conj");
    }

    /**
     * A date in the phrase of another noun of the rule's trigger words ("is visiting A to follow up
     * on his visit in 2019", "since her 2019 trip") dates that other event, not this trigger's.
     */
    /**
     * "visits X for his first trip since taking office in June", "the first visit since 2019": a date
     * in a phrase opened by a period-start word ({@code period-start-words}) after the trigger marks
     * when a state began, not when the event took place.
     */
    static boolean periodStart(SentenceContext ctx, EntityMention m, int trigger) {
        int s = m.tokens().start();
        for (int i = s - 1; i > trigger && i >= s - 6; i--) {
            Token t = ctx.token(i);
            if (t.isPunct()) {
                return false;
            }
            if (ctx.words(PERIOD_START_WORDS).contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    static boolean otherNounsDate(MatchContext match, EntityMention m) {
        SentenceContext ctx = match.ctx();
        int s = m.tokens().start();
        int noun = s >= 2 && ctx.token(s - 1).lower().equals("in") ? s - 2 : m.tokens().end();
        if (noun >= ctx.size() || noun >= match.tStart() && noun < match.tEnd()) {
            return false;
        }
        Token t = ctx.token(noun);
        return t.pos().equals("NOUN") && match.rule().lemmas().contains(t.lemma());
    }

    /**
     * "to $2bn and later to $7bn", "trade to $40bn and investment to $12bn": the amounts
     * coordinated after the first one, each a target of its own (fire() makes one event per amount).
     */
    static RoleValue amountList(AnalyzedText doc, SentenceContext ctx, RoleSpec spec, Finder f, EntityMention first) {
        List<RoleValue> out = new ArrayList<>();
        out.add(fromMention(doc, ctx, spec, first));
        int end = first.tokens().end();
        List<EntityMention> byStart = new ArrayList<>(ctx.mentions);
        byStart.sort(Comparator.comparingInt(m -> m.tokens().start()));
        for (EntityMention m : byStart) {
            int s = m.tokens().start();
            if (s < end || m.type() != first.type() || s - end > 6) {
                continue;
            }
            boolean and = false;
            for (int i = end; i < s; i++) {
                and |= ctx.token(i).lower().equals("and");
            }
            if (!and || !(f.words().contains(ctx.token(s - 1).lower()) || ctx.token(s - 1).lower().equals("and"))) {
                break;
            }
            RoleValue v = fromMention(doc, ctx, spec, m);
            if (v != null) {
                out.add(v);
            }
            end = m.tokens().end();
        }
        return Listed.of(out); // one goal per amount reached in stages
    }

    static RoleValue fromSpan(AnalyzedText doc, SentenceContext ctx, RoleSpec spec, int start, int end) {
        for (int i = start; i < end; i++) {
            EntityMention m = ctx.outer[i];
            if (m != null) {
                RoleValue v = fromMention(doc, ctx, spec, m);
                if (v != null) {
                    return v;
                }
            }
        }
        int cs = ctx.token(start).start();
        int ce = ctx.token(end - 1).end();
        String text = doc.slice(cs, ce);
        return switch (spec.value()) {
            case TEXT -> new RoleValue.Text(text);
            case TEXTS -> new RoleValue.Texts(List.of(text));
            case ARGUMENT -> new Arg(text, cs, ce, null, null, "ORGANIZATION");
            case ARGUMENTS -> new RoleValue.Parties(List.of(new Arg(text, cs, ce, null, null, "ORGANIZATION")));
            default -> null;
        };
    }

    static RoleValue fromMention(AnalyzedText doc, SentenceContext ctx, RoleSpec spec, EntityMention m) {
        String text = doc.slice(m.start(), m.end());
        Entity e = ctx.resolved.entityOf(m);
        return switch (spec.value()) {
            case DATE -> {
                if (m.type() != EntityType.DATE) {
                    yield null;
                }
                // the normalize stage read the date once, by its clause; the event shows that value
                yield new RoleValue.Date(new DateValue(text, e == null ? null : e.attributes().get("value")));
            }
            case AMOUNT -> m.type() == EntityType.MONEY || m.type() == EntityType.QUANTITY
                    ? new RoleValue.Money(new Amount(text, decimal(m.attribute("value")), m.attribute("currency"), m.attribute("unit"))) : null;
            case NUMBER -> RoleValue.of(decimal(m.attribute("value")));
            case TEXT -> new RoleValue.Text(text);
            case TEXTS -> new RoleValue.Texts(List.of(text));
            case ARGUMENT -> ctx.arg(m, doc.text());
            case ARGUMENTS -> {
                Arg a = ctx.arg(m, doc.text());
                yield a == null ? null : new RoleValue.Parties(List.of(a));
            }
        };
    }

    static BigDecimal decimal(String v) {
        try {
            return v == null ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A value word near the trigger: "official", "state", "working" visit. */
    static RoleValue modifier(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        int tStart = match.tStart();
        int tEnd = match.tEnd();
        int own = ownPhraseWord(ctx, tStart, f);
        if (own >= 0) {
            // "members of the private sector are on an official four-day visit": the word in the trigger's own
            // noun phrase qualifies it; one on another noun of the sentence does not
            return new RoleValue.Text(ctx.token(own).lower());
        }
        int from = Math.max(0, tStart - f.maxDistance());
        int to = Math.min(ctx.size(), tEnd + f.maxDistance());
        int best = -1;
        boolean bestOnNoun = false;
        for (int i = from; i < to; i++) {
            String w = ctx.token(i).lower();
            if (!f.words().contains(w) || i + 1 >= ctx.size()) {
                continue;
            }
            // a kind word qualifies a following noun ("state visit", "official week-long trip"), not
            // a predicate ("the state said"); of "her official week-long state tour" the word on the noun wins
            Token next = ctx.token(i + 1);
            boolean onNoun = next.pos().equals("NOUN") && !(i + 2 < ctx.size() && ctx.token(i + 2).text().equals("-")); // not "week-long"
            if (!(next.pos().equals("NOUN") || next.text().equals("-") || next.pos().equals("ADJ") || next.pos().equals("NUM"))) {
                continue;
            }
            if (best < 0 || onNoun && !bestOnNoun
                    || onNoun == bestOnNoun && Math.abs(i - tStart) < Math.abs(best - tStart)) {
                best = i;
                bestOnNoun = onNoun;
            }
        }
        return best < 0 ? null : new RoleValue.Text(ctx.token(best).lower());
    }

    /**
     * A finder word among the modifiers right before the trigger (adjectives, numbers, nouns,
     * hyphens: "an official four-day visit", "her official week-long state tour"): the one on a
     * noun first ("state" of the second), else the nearest; -1 when there is none.
     */
    static int ownPhraseWord(SentenceContext ctx, int tStart, Finder f) {
        int nearest = -1;
        for (int i = tStart - 1; i >= Math.max(0, tStart - 8); i--) {
            Token t = ctx.token(i);
            if (f.words().contains(t.lower())) {
                if (i + 1 == tStart || ctx.token(i + 1).pos().equals("NOUN") && !(i + 2 < ctx.size() && ctx.token(i + 2).text().equals("-"))) {
                    return i;
                }
                nearest = nearest < 0 ? i : nearest;
                continue;
            }
            String pos = t.pos();
            boolean named = ctx.outer[i] != null && ctx.outer[i].kind() != dev.eventex.entity.MentionKind.VALUE; // "four-day" is a value
            if (!(pos.equals("ADJ") || pos.equals("NUM") || pos.equals("NOUN") || t.text().equals("-")) || named) {
                break;
            }
        }
        return nearest;
    }

    /** The noun phrase around the head word nearest the trigger: "bilateral trade turnover". */
    static RoleValue headword(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        AnalyzedText doc = match.doc();
        int tStart = match.tStart();
        int best = -1;
        for (int i = 0; i < ctx.size(); i++) {
            if ((f.words().contains(ctx.token(i).lemma()) || f.words().contains(ctx.token(i).lower())) && ctx.outer[i] == null
                    && (best < 0 || Math.abs(i - tStart) < Math.abs(best - tStart))) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        int s = best;
        while (s > 0 && (ctx.token(s - 1).pos().equals("ADJ") || ctx.token(s - 1).pos().equals("NOUN")
                || ctx.token(s - 1).text().equals("-") || ctx.token(s - 1).lemma().equals("bilateral")) && ctx.outer[s - 1] == null
                && !ctx.token(s - 1).lower().endsWith("ing")) {
            s--;
        }
        // "two-way trade": a word glued to the hyphen is the compound's first half, whatever its tag
        // (a number word there is no quantity of its own, though the value stage may have taken it as one)
        if (s >= 1 && s < best && ctx.token(s).text().equals("-") && (ctx.outer[s - 1] == null || ctx.token(s - 1).pos().equals("NUM"))
                && ctx.token(s - 1).end() == ctx.token(s).start() && ctx.token(s).end() == ctx.token(s + 1).start()) {
            s--;
        }
        while (s < best && ctx.token(s).text().equals("-")) {
            s++;
        }
        int e = best + 1;
        while (e < ctx.size() && ctx.token(e).pos().equals("NOUN") && ctx.outer[e] == null) {
            e++;
        }
        return new RoleValue.Text(doc.slice(ctx.token(s).start(), ctx.token(e - 1).end()));
    }

    /**
     * The "topics" finder: the items discussed ({@link TopicPhrases}), or for a text role
     * ("purpose") one phrase from the first item to the last, with its cue when that is an
     * infinitive ("to attend X").
     */
    static RoleValue topicsValue(MatchContext match, RoleSpec spec, Finder f) {
        AnalyzedText doc = match.doc();
        SentenceContext ctx = match.ctx();
        TopicPhrases.Found found = TopicPhrases.find(ctx, f, match.tStart(), match.tEnd());
        if (found == null) {
            return null;
        }
        List<int[]> items = found.items();
        if (spec.value() == ValueKind.TEXT) {
            int from = ctx.token(found.cueStart()).lower().equals("to") ? found.cueStart() : items.get(0)[0];
            return new RoleValue.Text(doc.slice(ctx.token(from).start(), ctx.token(items.get(items.size() - 1)[1]).end()));
        }
        List<String> texts = new ArrayList<>();
        for (int[] item : items) {
            texts.add(doc.slice(ctx.token(item[0]).start(), ctx.token(item[1]).end()));
        }
        return RoleValue.texts(texts);
    }

    static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** Each phrase split into its words, once per call rather than once per token tried. */
    static List<String[]> splitWords(List<String> phrases) {
        List<String[]> out = new ArrayList<>(phrases.size());
        for (String p : phrases) {
            out.add(WHITESPACE.split(p));
        }
        return out;
    }
}
