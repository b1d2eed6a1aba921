package dev.eventex.event;

import static dev.eventex.internal.Lexicons.APART_WORDS;
import static dev.eventex.internal.Lexicons.IRREGULAR_PARTICIPLES;
import static dev.eventex.internal.Lexicons.NEGATIONS;
import static dev.eventex.internal.Lexicons.NON_GOODS_ITEMS;
import static dev.eventex.internal.Lexicons.PRESS_NAME_HEADS;
import static dev.eventex.internal.Lexicons.PRIVATE_TRAVELLER_HEADS;
import static dev.eventex.internal.Lexicons.SPECULATIVE_MODIFIERS;

import dev.eventex.api.EntityType;
import dev.eventex.api.RejectReason;
import dev.eventex.api.Tense;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gating and constraints of a firing: the trigger-level gates, and once roles are filled the event type's
 * constraints on its parties (distinct parties, an official party, a party away from home) and whether listed
 * counterparts make one event each. Holds the event types; immutable.
 */
final class EventGates {

    private final EventTypes types;

    EventGates(EventTypes types) {
        this.types = types;
    }

    /** The role that dates events of the rule's type, or null. */
    String dateRole(EventRule rule) {
        return types.get(rule.eventType()).dateRole();
    }

    /**
     * The trigger-level gates, before any role is sought: a trigger inside a name, a noun only spoken of as
     * possible, negated, the modifier of a
     * compound noun, vetoed by the rule's {@code unless} patterns or lacking its required words. True (and the
     * reason reported to {@code trace}) when the trigger is rejected.
     */
    static boolean triggerRejected(SentenceContext ctx, SentenceContext previous, EventRule rule, int tStart, int tEnd,
                                   ExplainTrace trace) {
        EntityMention inside = ctx.inner[tStart];
        if (inside != null && inside.kind() == MentionKind.NAME) {
            trace.reject(RejectReason.PART_OF_NAME, inside.tokens().start(), inside.tokens().end());
            return true; // "Gifted Education Fund", "Visit Malaysia Year": part of a name, not a trigger
        }
        Token trig = ctx.token(tStart);
        if (trig.pos().equals("NOUN")) {
            // the noun's own modifiers, read leftwards: "a possible visit", "the potential handover"
            for (int i = tStart - 1; i >= Math.max(0, tStart - 3) && !ctx.token(i).isPunct()
                    && !ctx.token(i).pos().equals("VERB") && !ctx.token(i).pos().equals("ADP"); i--) {
                if (ctx.words(SPECULATIVE_MODIFIERS).contains(ctx.token(i).lower())) {
                    trace.reject(RejectReason.HYPOTHETICAL, i, i + 1);
                    return true;
                }
            }
        }
        for (int i = Math.max(0, tStart - 3); i < tStart; i++) {
            String w = ctx.token(i).lower();
            EntityMention named = ctx.inner[i];
            if (named != null && named.kind() == MentionKind.NAME) {
                continue; // "Minister Tomas Ban met": a name spelled like a word of prevention prevents nothing
            }
            if (ctx.words(NEGATIONS).contains(w) || ctx.words(NEGATIONS).contains(ctx.token(i).lemma())) {
                trace.reject(RejectReason.NEGATED, i, i + 1);
                return true; // "did not meet", "refused to hand over", "failed to visit"
            }
        }
        int condition = Conditions.openerOf(ctx, tStart);
        if (condition >= 0) {
            trace.reject(RejectReason.HYPOTHETICAL, condition, condition + 1);
            return true; // "if they meet", "unless talks are held": supposed, not reported
        }
        if (tEnd == tStart + 1 && trig.pos().equals("NOUN") && tEnd < ctx.size() && ctx.token(tEnd).pos().equals("NOUN")
                && ctx.inner[tEnd] == null && !ctx.token(tEnd).lower().endsWith("s") && !ctx.token(tEnd).lower().endsWith("ed")
                && !ctx.words(IRREGULAR_PARTICIPLES).contains(ctx.token(tEnd).lower())) {
            trace.reject(RejectReason.COMPOUND_NOUN, tEnd, tEnd + 1);
            return true; // a compound modifier ("tour guide", "visit programme") is not the event noun
        }
        int n = ctx.size();
        for (TokenPattern veto : rule.unless()) {
            // a veto reaching into the window counts even when it starts before it ("an invitation ... to make a visit")
            TokenPattern.Match m = veto.find(ctx.views, 0, -1);
            while (m != null && m.start() <= tEnd - 1 + rule.unlessWindow()) {
                if (m.end() >= tStart - rule.unlessWindow() && !insideOrganizationName(ctx, m.start(), m.end())) {
                    trace.reject(RejectReason.VETOED, m.start(), m.end());
                    return true;
                }
                m = veto.find(ctx.views, m.start() + 1, -1);
            }
        }
        for (TokenPattern veto : rule.unlessTied()) {
            TokenPattern.Match m = veto.find(ctx.views, 0, -1);
            while (m != null && m.start() <= tEnd - 1 + rule.unlessWindow()) {
                // the tree is read only once a veto word is there (parsing is the cost)
                if (m.end() >= tStart - rule.unlessWindow() && !insideOrganizationName(ctx, m.start(), m.end())
                        && tiedToTrigger(ctx, tStart, m.start(), m.end())) {
                    trace.reject(RejectReason.VETOED, m.start(), m.end());
                    return true;
                }
                m = veto.find(ctx.views, m.start() + 1, -1);
            }
        }
        for (TokenPattern req : rule.requireInSentence()) {
            if (req.find(ctx.views, 0, -1) == null) {
                trace.reject(RejectReason.REQUIRED_WORDS_ABSENT, req);
                return true;
            }
        }
        for (TokenPattern req : rule.requireInContext()) {
            if (req.find(ctx.views, 0, -1) == null && (previous == null || req.find(previous.views, 0, -1) == null)) {
                trace.reject(RejectReason.CONTEXT_ABSENT, req);
                return true;
            }
        }
        return false;
    }

    /** Adds the firing with these roles when its required roles are filled. */
    void emit(AnalyzedText doc, SentenceContext ctx, EventRule rule, int tStart, int tEnd, LocalDate anchor, Tense tense,
                      Map<String, RoleValue> roles, List<EventMention> out, ExplainTrace trace) {
        // whether listed counterparts meet apart is read on the list as written, before groups become their holders
        String each = types.get(rule.eventType()).onePerItem();
        boolean listedApart = each != null && roles.get(each) instanceof RoleValue.Parties written && written.args().size() > 2
                && listedApart(ctx, tStart, tEnd, written.args());
        holders(ctx, doc.text(), roles);
        for (String req : rule.required()) {
            if (!roles.containsKey(req)) {
                trace.missing(req, roles);
                return;
            }
        }
        RejectReason apart = distinctParticipants(ctx, rule, roles);
        if (apart != null) {
            trace.reject(apart, roles);
            return;
        }
        if (!away(rule, roles)) {
            trace.reject(RejectReason.NOT_AWAY, roles);
            return;
        }
        if (tense == null) {
            // read from the tree only for a firing that states an event (parsing is the cost);
            // after the rule's tense constraints, which read the verb group only
            tense = TenseDetector.fromSyntax(ctx, tStart);
        }
        if (tense == null) {
            tense = TenseDetector.nonFiniteTense(ctx, tStart);
        }
        if (tense == null) {
            tense = TenseDetector.tenseFromDate(ctx, roles, anchor);
        }
        Sentence s = ctx.sentence;
        String triggerText = doc.slice(s.token(tStart).start(), s.token(tEnd - 1).end());
        if (each != null && roles.get(each) instanceof RoleValue.Parties listed && listed.args().size() > 2
                && (separately(ctx, tStart, tEnd, listed.args()) || listedApart || itinerary(ctx, tStart, tense, listed.args()))) {
            // "met separately with X and Y": one meeting per counterpart, each with the first party
            List<Arg> ps = listed.args();
            Arg host = ps.get(0);
            if (host.start() >= s.token(tEnd - 1).end() && ps.stream().skip(1).allMatch(o -> o.start() > host.start())) {
                // "flew to X for talks on Monday with A, B and C": all listed after the noun, the first one first, are
                // counterparts of one not found here; none of them is the host of the others (the subject of the clause
                // after an adverbial "After meetings with A and B, X said" is written after them, and is their host)
                trace.reject(RejectReason.MISSING_ROLE, roles);
                return;
            }
            for (Arg other : ps.subList(1, ps.size())) {
                Map<String, RoleValue> one = new LinkedHashMap<>(roles);
                one.put(each, new RoleValue.Parties(List.of(host, other)));
                out.add(new EventMention(rule, s.index(), s.start(), s.end(), s.token(tStart).start(), s.token(tEnd - 1).end(),
                        triggerText, one, tense));
            }
            return;
        }
        out.add(new EventMention(rule, s.index(), s.start(), s.end(), s.token(tStart).start(), s.token(tEnd - 1).end(),
                triggerText, roles, tense));
    }

    /** Groups of office holders in a party list stand for the persons the document names with that office ({@link GroupHolders}). */
    static void holders(SentenceContext ctx, String text, Map<String, RoleValue> roles) {
        for (Map.Entry<String, RoleValue> e : roles.entrySet()) {
            if (e.getValue() instanceof RoleValue.Parties l && !l.args().isEmpty()) {
                e.setValue(new RoleValue.Parties(GroupHolders.resolve(ctx, text, l.args())));
            }
        }
    }

    /**
     * The type's constraints on its parties: a meeting needs two different parties and an official
     * among them; a visitor is not the destination, nobody donates to themselves. Null when the
     * parties are fine.
     */
    RejectReason distinctParticipants(SentenceContext ctx, EventRule rule, Map<String, RoleValue> roles) {
        for (EventType.Constraint c : types.get(rule.eventType()).constraints()) {
            RoleValue v = roles.get(c.roles().get(0));
            if (c.check().equals("goodsItem")) {
                if (v instanceof RoleValue.Text item && notGoods(ctx, item.text())) {
                    return RejectReason.NOT_GOODS; // "handed over the town", "the lists were handed over": no gift
                }
                continue;
            }
            if (c.roles().size() == 2) {
                if (c.check().equals("distinct") && v instanceof Arg a && roles.get(c.roles().get(1)) instanceof Arg b
                        && a.key().equals(b.key())) {
                    return RejectReason.NOT_DISTINCT;
                }
                continue;
            }
            if (c.check().equals("noPressParty") && v instanceof Arg one && pressOutlet(ctx, one)) {
                return RejectReason.PRESS_PARTY; // "The Tarvo Times visited the village": its reporters did, for a story
            }
            if (c.check().equals("noPrivateGroup") && v instanceof Arg one && privateGroup(ctx, one)) {
                return RejectReason.PRIVATE_GROUP; // "a team of doctors flew into Tarvo": professionals at work, no official visit
            }
            if (!(v instanceof RoleValue.Parties parties && !parties.args().isEmpty())) {
                continue;
            }
            List<Arg> l = parties.args();
            if (c.check().equals("distinct") && l.stream().map(o -> o.key()).distinct().count() < 2) {
                return RejectReason.NOT_DISTINCT;
            }
            if (c.check().equals("officialParty") && l.stream().noneMatch(o -> (titledOrCollective(o) || titledHere(ctx, o))
                    && !(o.type().equals("PERSON") && o.entity() == null))) {
                return RejectReason.NO_OFFICIAL_PARTY; // "he met a boxing promoter": no office holder, organization or delegation takes part
            }
            if (c.check().equals("noPressParty") && l.stream().anyMatch(o -> pressOutlet(ctx, o))) {
                return RejectReason.PRESS_PARTY; // "The Elbonia Times sat down with the minister": an interview
            }
            if (c.check().equals("noPrivateGroup") && l.stream().anyMatch(o -> privateGroup(ctx, o))) {
                return RejectReason.PRIVATE_GROUP;
            }
        }
        return null;
    }

    /**
     * The rule's country constraints: a party does not travel to its own country
     * ({@code awayFrom}), and a journey the text only implies needs a party and a place whose
     * countries are both known and differ ({@code requireAway}).
     */
    static boolean away(EventRule rule, Map<String, RoleValue> roles) {
        if (!rule.awayFrom().isEmpty() && roles.get(rule.awayFrom().get(0)) instanceof Arg party
                && roles.get(rule.awayFrom().get(1)) instanceof Arg place && isCountry(place)) {
            String home = countryOfParty(party);
            if (home != null && home.equals(place.entity().code())) {
                return false;
            }
        }
        if (rule.requireAway().isEmpty()) {
            return true;
        }
        if (!(roles.get(rule.requireAway().get(0)) instanceof Arg party) || !(roles.get(rule.requireAway().get(1)) instanceof Arg place)
                || place.entity() == null) {
            return false;
        }
        String home = countryOfParty(party);
        String there = place.entity().attributes().getOrDefault("country", place.entity().code());
        return home != null && there != null && !home.equals(there);
    }

    /** A country named as such, not a city or a venue inside one. */
    static boolean isCountry(Arg place) {
        return place.entity() != null && place.entity().type() == EntityType.LOCATION && place.entity().code() != null
                && !place.entity().attributes().containsKey("country");
    }

    /** The country a person or body is of ("the Kenyan minister"), or the country itself. */
    static String countryOfParty(Arg party) {
        if (party.entity() == null) {
            return null;
        }
        String c = party.entity().attributes().get("country");
        return c != null ? c : isCountry(party) ? party.entity().code() : null;
    }

    /** A name the sentence introduces with a title: "the Speaker of Kenya's National Assembly, Ann Mwangi". */
    static boolean titledHere(SentenceContext ctx, Arg a) {
        if (a.mention() == null || a.mention().sentence() != ctx.sentence.index() || a.mention().kind() != MentionKind.NAME) {
            return false;
        }
        for (int i = a.mention().tokens().start() - 1; i >= Math.max(0, a.mention().tokens().start() - 12); i--) {
            if (ctx.views.get(i).gazetteer().contains("title")) {
                return true;
            }
            if (ctx.outer[i] != null && ctx.outer[i].kind() == MentionKind.NOMINAL && ctx.token(i).lower().startsWith("counterpart")) {
                return true; // "his Kazakh counterpart X": a counterpart holds the office of the other party
            }
            if (ctx.token(i).isVerbLike() && ctx.outer[i] == null) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether an item's head noun names what changes hands without being given: territory,
     * office, responsibility, papers ({@code lexicons/non-goods-items.txt}). The head is the last
     * word before the first preposition ("the town of X", "lists of sites", "equipment for the
     * operation"), else the last word; a plural is also looked up in the singular ("lists", "duties").
     */
    static boolean notGoods(SentenceContext ctx, String item) {
        String text = item.toLowerCase(Locale.ROOT);
        String[] words = text.split(" (?:of|for|to|from|in|at|on|with|worth|including) ", 2)[0].trim().split("[^\\p{L}]+");
        if (words.length == 0) {
            return false;
        }
        String head = words[words.length - 1];
        Set<String> lexicon = ctx.words(NON_GOODS_ITEMS);
        return lexicon.contains(head) || head.endsWith("s") && lexicon.contains(head.substring(0, head.length() - 1))
                || head.endsWith("ies") && lexicon.contains(head.substring(0, head.length() - 3) + "y");
    }

    /** An organization named as a news outlet: the last word of its name is a press name head ("The Tarvo Times"). */
    private static boolean pressOutlet(SentenceContext ctx, Arg a) {
        if (!a.type().equals("ORGANIZATION")) {
            return false;
        }
        String name = (a.entity() != null ? a.entity().name() : a.text()).strip();
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return ctx.words(PRESS_NAME_HEADS).contains(last.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A party named by a common noun phrase whose head (the last word before its first preposition) is
     * a word of {@code private-traveller-heads}: "tourists", "a team of doctors" is headed by "team", so
     * only the plain group counts ("Velmoran doctors", "aid workers from Tarvo"). A named party never is.
     */
    static boolean privateGroup(SentenceContext ctx, Arg a) {
        if (a.type().equals("PERSON") || a.type().equals("LOCATION") || a.mention() != null && a.mention().kind() == MentionKind.NAME) {
            return false;
        }
        String text = a.text().toLowerCase(Locale.ROOT);
        String[] words = text.split(" (?:of|from|in|at|with|for|on|to|who|which|that) ", 2)[0].trim().split("[^\\p{L}-]+");
        return words.length > 0 && ctx.words(PRIVATE_TRAVELLER_HEADS).contains(words[words.length - 1]);
    }

    /** A person with a title (a minister, a president), an organization, a country or a delegation. */
    static boolean titledOrCollective(Arg a) {
        if (!a.type().equals("PERSON")) {
            return true;
        }
        return a.entity() != null && (a.entity().attributes().containsKey("title") || a.entity().attributes().containsKey("country"));
    }

    /**
     * For a nominal trigger, the subject of the clause is its agent only through a light verb
     * ("X paid / made / began a visit"); the finder's words list those verbs. No words: always.
     */
    static boolean governed(SentenceContext ctx, int tStart, Finder f) {
        if (f.words().isEmpty()) {
            return true;
        }
        int from = NounPhrases.modifiersBeforeComma(ctx, tStart);
        for (int i = from - 1; i >= Math.max(0, from - 6); i--) {
            // "have called a meeting": an auxiliary "have" is no light verb of the noun
            if ((f.words().contains(ctx.token(i).lemma()) || f.words().contains(ctx.token(i).lower())) && !ctx.token(i).pos().equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text says the listed parties met one by one: an apart word ({@code apart-words})
     * next to the trigger ("met separately with X and Y", "held separate talks") or right after the
     * last listed counterpart ("met X, Y and Z separately").
     */
    static boolean separately(SentenceContext ctx, int tStart, int tEnd, List<Arg> listed) {
        if (apartNear(ctx, tStart, tEnd)) {
            return true;
        }
        Set<String> apart = ctx.words(APART_WORDS);
        int lastEnd = listed.get(listed.size() - 1).end();
        int shown = 0;
        for (int i = tEnd; i < ctx.size() && shown < 2; i++) {
            Token t = ctx.token(i);
            if (t.start() < lastEnd) {
                continue;
            }
            if (apart.contains(t.lower())) {
                return true;
            }
            shown++;
        }
        return false;
    }

    /** An apart word ({@code apart-words}) next to the trigger: "met separately", "held separate talks". */
    static boolean apartNear(SentenceContext ctx, int tStart, int tEnd) {
        Set<String> apart = ctx.words(APART_WORDS);
        for (int i = Math.max(0, tStart - 3); i < Math.min(ctx.size(), tEnd + 4); i++) {
            if (apart.contains(ctx.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counterparts listed as separate meetings: "held meetings with X; Y; and Z" (a plural
     * meeting noun), "met X as well as Y" (the last counterpart added on), "met X and his
     * counterpart Y" (the counterpart named last, after another office holder), the leaders of
     * several listed countries.
     */
    static boolean listedApart(SentenceContext ctx, int tStart, int tEnd, List<Arg> ps) {
        int after = ctx.token(tEnd - 1).end();
        if (ps.stream().anyMatch(a -> a.type().equals(Coordinations.GROUP_PLACE) && a.mention() != null
                && a.mention().type() == EntityType.LOCATION && a.start() >= after)) {
            // only counterparts after the trigger: "the leaders of A, B and C met" before it is one joint meeting
            return true; // "met the heads of government of A, B and C": each country's leader in a meeting of their own
        }
        for (int i = tStart; i < Math.min(ctx.size(), tEnd + 5); i++) {
            Token t = ctx.token(i);
            if (t.lemma().equals("meeting") && t.lower().endsWith("s") && t.pos().equals("NOUN")) {
                return true;
            }
        }
        Arg last = ps.get(ps.size() - 1);
        if (repeatedPreposition(ctx, tEnd, last)) {
            return true;
        }
        for (int i = tEnd; i + 2 < ctx.size() && ctx.token(i + 2).end() <= last.start(); i++) {
            if (ctx.token(i).lower().equals("as") && ctx.token(i + 1).lower().equals("well") && ctx.token(i + 2).lower().equals("as")
                    || ctx.token(i).lower().equals("such") && ctx.token(i + 1).lower().equals("as")) {
                return true; // "met X as well as Y"; "met several associations such as X and Y"
            }
            int named = ctx.token(i).lower().equals("and") && i > tEnd ? CounterpartDescriptions.nameAfter(ctx, i + 1) : -1;
            if (named >= 0 && ctx.token(named).start() == last.start()) {
                return true; // "to meet President X and his counterpart Y": the counterpart's talks are their own
            }
        }
        return false;
    }

    /**
     * "held talks with X and with Y": the preposition said again for the next counterpart
     * makes a second meeting (one joint meeting is "talks with X and Y").
     */
    static boolean repeatedPreposition(SentenceContext ctx, int tEnd, Arg last) {
        java.util.Set<String> opened = new java.util.HashSet<>();
        for (int i = tEnd; i + 1 < ctx.size() && ctx.token(i + 1).start() <= last.start(); i++) {
            Token t = ctx.token(i);
            if (t.pos().equals("ADP") && ctx.outer[i] == null) {
                if ((ctx.token(i - 1).lower().equals("and") || ctx.token(i - 1).text().equals(",")) && opened.contains(t.lower())) {
                    return true;
                }
                opened.add(t.lower());
            }
        }
        return false;
    }

    /**
     * An announced programme lists appointments: "she will meet the President and the Prime
     * Minister" (one party before the verb, the counterparts after it) are separate meetings.
     */
    static boolean itinerary(SentenceContext ctx, int tStart, Tense tense, List<Arg> ps) {
        Arg first = ps.get(0);
        if (tense != Tense.PLANNED || first.start() >= ctx.token(tStart).start()) {
            return false;
        }
        return ps.subList(1, ps.size()).stream().allMatch(a -> a.start() > ctx.token(tStart).end());
    }

    /**
     * A veto word inside an organization's name ("the Export-Investment Council") is part of
     * the name, not the word the veto is about ("contributed to investment").
     */
    /**
     * Whether the tree ties a word of {@code [from, to)} to the trigger at {@code t}: the trigger itself, a word
     * hanging on it ("flew back", "came into force", "arrived at a consensus"), or a word of its agent's phrase
     * ("the peacekeeping force arrived", "troops of the force arrived"). A word deeper inside a phrase the trigger
     * governs is about something else ("arrived for talks on the force"). Without a tree every match counts, as
     * for a plain veto.
     */
    static boolean tiedToTrigger(SentenceContext ctx, int t, int from, int to) {
        dev.eventex.text.Syntax tree = ctx.syntax();
        if (tree == null) {
            return true;
        }
        int agent = SyntaxFinders.agent(tree, ctx, t);
        List<Integer> agents = agent < 0 ? List.of() : tree.conjuncts(agent);
        for (int k = from; k < to; k++) {
            if (k == t || k == t + 1 || tree.head(k) == t) {
                return true; // the word right after the verb is its own, however it was parsed ("flying back from")
            }
            for (int a : agents) {
                if (tree.dominates(a, k) && !(tree.dominates(a, t) && tree.dominates(t, k))) {
                    return true; // the agent's phrase ("General A and his forces arrived"), not the trigger's clause inside it
                }
            }
        }
        return false;
    }

    private static boolean insideOrganizationName(SentenceContext ctx, int start, int end) {
        EntityMention m = ctx.outer[start];
        return m != null && m.type() == EntityType.ORGANIZATION && m.kind() == MentionKind.NAME && m.tokens().start() < start
                && m.tokens().end() >= end;
    }
}
