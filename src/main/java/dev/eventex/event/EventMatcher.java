package dev.eventex.event;

import static dev.eventex.internal.Lexicons.ANAPHORIC_DETERMINERS;
import static dev.eventex.internal.Lexicons.ANAPHORIC_ITEM_STARTS;
import static dev.eventex.internal.Lexicons.CLAUSE_STOPS;
import static dev.eventex.internal.Lexicons.IRREGULAR_PARTICIPLES;
import static dev.eventex.internal.Lexicons.PASSIVE_PARTICLES;
import static dev.eventex.internal.Lexicons.VALUE_CUES;
import static dev.eventex.internal.Lexicons.NEGATIONS;
import static dev.eventex.internal.Lexicons.PEOPLE_PAIR_NOUNS;
import static dev.eventex.internal.Lexicons.TOPIC_STOPS;

import dev.eventex.api.Amount;
import dev.eventex.api.DateValue;
import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.api.RejectReason;
import dev.eventex.api.Tense;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.internal.Lexicons;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.event.RoleSpec.ValueKind;
import dev.eventex.normalize.DateHeader;
import dev.eventex.normalize.ResolvedEntities;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Syntax;
import dev.eventex.text.Token;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 4a: runs the compiled rules over each sentence and fills roles with the rule's
 * finders. Immutable and thread-safe; all per-document state lives in one call.
 */
public final class EventMatcher {

    /** Prefix marking an item phrase that refers back to an earlier mention ("the vehicles"). */
    static final String ANAPHORIC = "\u0000anaphoric:";

    private static final Set<String> DEFAULT_ACTORS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "GROUP");

    private final List<EventRule> rules;
    private final Map<String, List<EventRule>> byLemma = new HashMap<>();
    private final List<EventRule> phraseOrPatternRules = new ArrayList<>();
    private final Lexicons lexicons;
    private final DateHeader dateHeader = new DateHeader();
    private final EventTypes types;

    /** A matcher of these rules, for the packaged event types. */
    public EventMatcher(List<EventRule> rules, Lexicons lexicons) {
        this(rules, lexicons, EventTypes.packaged());
    }

    /** A matcher of these rules, whose event types (constraints, list policy) are {@code types}. */
    public EventMatcher(List<EventRule> rules, Lexicons lexicons, EventTypes types) {
        this.types = types;
        this.lexicons = lexicons;
        this.rules = List.copyOf(rules);
        for (EventRule r : rules) {
            for (String l : r.lemmas()) {
                byLemma.computeIfAbsent(l, k -> new ArrayList<>()).add(r);
            }
            if (!r.phrases().isEmpty() || (r.lemmas().isEmpty() && r.pattern() != null)) {
                phraseOrPatternRules.add(r);
            }
        }
    }

    public List<EventRule> rules() {
        return rules;
    }

    /** Finds all rule firings in a document. */
    public List<EventMention> match(AnalyzedText doc, ResolvedEntities resolved, LocalDate anchor) {
        return match(doc, resolved, anchor, null);
    }

    /**
     * Finds all rule firings in a document; {@code parser} gives a sentence its dependency tree
     * when a finder first asks for it (null: only the trees the sentences carry are used).
     */
    public List<EventMention> match(AnalyzedText doc, ResolvedEntities resolved, LocalDate anchor,
                                    java.util.function.Function<Sentence, Syntax> parser) {
        return match(doc, resolved, anchor, parser, ExplainTrace.OFF);
    }

    /** As {@link #match(AnalyzedText, ResolvedEntities, LocalDate, java.util.function.Function)}, reporting its decisions to {@code trace}. */
    public List<EventMention> match(AnalyzedText doc, ResolvedEntities resolved, LocalDate anchor,
                                    java.util.function.Function<Sentence, Syntax> parser, ExplainTrace trace) {
        Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
        int[] stamp = dateHeader.span(doc.text()).orElse(null);
        for (EntityMention m : resolved.mentions()) {
            if (stamp != null && m.type() == EntityType.DATE && m.start() < stamp[1] && m.end() > stamp[0]) {
                continue; // the publication stamp run into a headline dates no event of it
            }
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        DocumentFocus focus = DocumentFocus.of(resolved);
        List<EventMention> out = new ArrayList<>();
        SentenceContext previous = null;
        for (Sentence original : doc.sentences()) {
            String raw = doc.slice(original.start(), original.end());
            if (raw.contains("://") || raw.contains("www.")) {
                continue; // a link line ("https://.../saudi-arabia-allocates-grant-to-iraq") states nothing
            }
            SentenceContext ctx = new SentenceContext(original, bySentence.getOrDefault(original.index(), List.of()), resolved, lexicons,
                    parser);
            Sentence s = ctx.sentence;
            for (int i = 0; i < s.size(); i++) {
                List<EventRule> rs = byLemma.get(s.token(i).lemma());
                if (rs == null) {
                    rs = byLemma.get(s.token(i).lower());
                }
                if (rs != null) {
                    for (EventRule r : rs) {
                        if (r.pos().isEmpty() || r.pos().contains(s.token(i).pos())) {
                            fire(doc, ctx, previous, focus, r, i, i + 1, anchor, out, trace);
                        }
                    }
                }
            }
            for (EventRule r : phraseOrPatternRules) {
                for (List<String> phrase : r.phrases()) {
                    for (int i = 0; i + phrase.size() <= s.size(); i++) {
                        if (phraseAt(s, i, phrase) && (r.pos().isEmpty() || r.pos().contains(s.token(i).pos()))) {
                            fire(doc, ctx, previous, focus, r, i, i + phrase.size(), anchor, out, trace);
                        }
                    }
                }
                if (r.lemmas().isEmpty() && r.phrases().isEmpty()) {
                    TokenPattern.Match m = r.pattern().find(ctx.views, 0, -1);
                    if (m != null) {
                        int[] trig = m.captures().getOrDefault("trigger", new int[] {m.start(), m.end()});
                        fire(doc, ctx, previous, focus, r, trig[0], trig[1], anchor, out, trace);
                    }
                }
            }
            previous = ctx;
        }
        return out;
    }

    private static boolean phraseAt(Sentence s, int i, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            Token t = s.token(i + k);
            String p = phrase.get(k);
            if (!t.lower().equals(p) && !t.lemma().equals(p)) {
                return false;
            }
        }
        return true;
    }

    private void fire(AnalyzedText doc, SentenceContext ctx, SentenceContext previous, DocumentFocus focus, EventRule rule,
                      int tStart, int tEnd, LocalDate anchor, List<EventMention> out, ExplainTrace trace) {
        boolean anchored = rule.pattern() != null && !(rule.lemmas().isEmpty() && rule.phrases().isEmpty());
        TokenPattern.Match early = null;
        if (trace.on() && anchored) {
            early = rule.pattern().find(ctx.views, 0, tStart);
            if (early == null) {
                return; // explain lists only triggers the rule's pattern matched; the cheap gates below come first otherwise
            }
        }
        trace.trigger(rule, ctx, tStart, tEnd);
        EntityMention inside = ctx.inner[tStart];
        if (inside != null && inside.kind() == MentionKind.NAME) {
            trace.reject(RejectReason.PART_OF_NAME, inside.tokens().start(), inside.tokens().end());
            return; // "Gifted Education Fund", "Visit Malaysia Year": part of a name, not a trigger
        }
        Token trig = ctx.token(tStart);
        for (int i = Math.max(0, tStart - 3); i < tStart; i++) {
            String w = ctx.token(i).lower();
            if (ctx.words(NEGATIONS).contains(w) || ctx.words(NEGATIONS).contains(ctx.token(i).lemma())) {
                trace.reject(RejectReason.NEGATED, i, i + 1);
                return; // "did not meet", "refused to hand over", "failed to visit"
            }
        }
        if (tEnd == tStart + 1 && trig.pos().equals("NOUN") && tEnd < ctx.size() && ctx.token(tEnd).pos().equals("NOUN")
                && ctx.inner[tEnd] == null && !ctx.token(tEnd).lower().endsWith("s") && !ctx.token(tEnd).lower().endsWith("ed")
                && !ctx.words(IRREGULAR_PARTICIPLES).contains(ctx.token(tEnd).lower())) {
            trace.reject(RejectReason.COMPOUND_NOUN, tEnd, tEnd + 1);
            return; // a compound modifier ("tour guide", "visit programme") is not the event noun
        }
        int n = ctx.size();
        for (TokenPattern veto : rule.unless()) {
            // a veto reaching into the window counts even when it starts before it ("an invitation ... to make a visit")
            TokenPattern.Match m = veto.find(ctx.views, 0, -1);
            while (m != null && m.start() <= tEnd - 1 + rule.unlessWindow()) {
                if (m.end() >= tStart - rule.unlessWindow()) {
                    trace.reject(RejectReason.VETOED, m.start(), m.end());
                    return;
                }
                m = veto.find(ctx.views, m.start() + 1, -1);
            }
        }
        for (TokenPattern req : rule.requireInSentence()) {
            if (req.find(ctx.views, 0, -1) == null) {
                trace.reject(RejectReason.REQUIRED_WORDS_ABSENT, req);
                return;
            }
        }
        for (TokenPattern req : rule.requireInContext()) {
            if (req.find(ctx.views, 0, -1) == null && (previous == null || req.find(previous.views, 0, -1) == null)) {
                trace.reject(RejectReason.CONTEXT_ABSENT, req);
                return;
            }
        }
        Map<String, int[]> captures = Map.of();
        if (anchored) {
            TokenPattern.Match m = early != null ? early : rule.pattern().find(ctx.views, 0, tStart);
            if (m == null) {
                return; // the rule does not match here at all: not a rejected trigger
            }
            captures = m.captures();
        } else if (rule.pattern() != null) {
            TokenPattern.Match m = rule.pattern().find(ctx.views, 0, tStart);
            captures = m == null ? Map.of() : m.captures();
        }
        boolean passive = TenseDetector.isPassive(ctx, tStart);
        Tense tense = TenseDetector.tense(ctx, tStart, tEnd, anchor);
        if (tense == null && !ctx.token(tStart).pos().equals("VERB")) {
            tense = TenseDetector.sentenceTense(ctx, tStart);
        }
        if (tense == null && rule.requireTenses().contains(Tense.PLANNED) && tStart > 0 && ctx.token(tStart - 1).lower().equals("to")
                && trig.lower().equals(trig.lemma())) {
            tense = Tense.PLANNED; // an infinitive states an aim: "the goal set by the Presidents to increase trade"
        }
        if (tense == null && !rule.requireTenses().isEmpty()) {
            tense = TenseDetector.absoluteTense(ctx, tStart, anchor); // "..., with the others raising a further $4bn"
        }
        if (!rule.requireTenses().isEmpty() && (tense == null || !rule.requireTenses().contains(tense))) {
            trace.rejectTense(tense);
            return;
        }
        if (tense != null && rule.rejectTenses().contains(tense)) {
            trace.rejectTense(tense);
            return; // "exports grew to $9 billion" reports a figure; it states no target
        }
        Map<String, Object> roles = new LinkedHashMap<>();
        for (RoleSpec spec : rule.roles().values()) {
            Object v = null;
            int[] cap = captures.get(spec.role());
            if (cap != null) {
                v = trace.found(spec.role(), "pattern", fromSpan(doc, ctx, spec, cap[0], cap[1]));
            }
            for (Finder f : spec.finders()) {
                if (f.combine()) {
                    Object more = trace.found(spec.role(), f.method(), find(doc, ctx, previous, focus, spec, f, tStart, tEnd, passive, rule, out, roles));
                    v = combine(v, more);
                    continue;
                }
                if (v != null) {
                    continue;
                }
                v = trace.found(spec.role(), f.method(), find(doc, ctx, previous, focus, spec, f, tStart, tEnd, passive, rule, out, roles));
            }
            if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
                roles.put(spec.role(), v);
            }
        }
        String dateRole = types.get(rule.eventType()).dateRole();
        if (dateRole != null && rule.roles().containsKey(dateRole) && !roles.containsKey(dateRole) && tense != Tense.PLANNED) {
            Object d = trace.found(EarlierDates.BORROWED, "previousDate", PreviousDates.of(doc.text(), ctx, previous, roles));
            if (d != null) {
                roles.put(EarlierDates.BORROWED, d); // "X began a tour on Monday. X started in A": used only after merging
            }
        }
        int before = out.size();
        for (Map<String, Object> one : Listed.expand(roles)) {
            emit(doc, ctx, rule, tStart, tEnd, anchor, tense, one, out, trace);
        }
        trace.emitted(out, before);
    }

    /** Groups of office holders in a party list stand for the persons the document names with that office ({@link GroupHolders}). */
    @SuppressWarnings("unchecked")
    private static void holders(SentenceContext ctx, String text, Map<String, Object> roles) {
        for (Map.Entry<String, Object> e : roles.entrySet()) {
            if (e.getValue() instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(o -> o instanceof Arg)) {
                e.setValue(GroupHolders.resolve(ctx, text, (List<Arg>) l));
            }
        }
    }

    /** Adds the firing with these roles when its required roles are filled. */
    private void emit(AnalyzedText doc, SentenceContext ctx, EventRule rule, int tStart, int tEnd, LocalDate anchor, Tense tense,
                      Map<String, Object> roles, List<EventMention> out, ExplainTrace trace) {
        // whether listed counterparts meet apart is read on the list as written, before groups become their holders
        String each = types.get(rule.eventType()).onePerItem();
        boolean listedApart = each != null && roles.get(each) instanceof List<?> written && written.size() > 2
                && listedApart(ctx, tStart, tEnd, written);
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
            tense = TenseDetector.tenseFromDate(roles, anchor);
        }
        Sentence s = ctx.sentence;
        String triggerText = doc.slice(s.token(tStart).start(), s.token(tEnd - 1).end());
        if (each != null && roles.get(each) instanceof List<?> ps && ps.size() > 2
                && (separately(ctx, tStart, tEnd) || listedApart || itinerary(ctx, tStart, tense, ps))) {
            // "met separately with X and Y": one meeting per counterpart, each with the first party
            Arg host = (Arg) ps.get(0);
            for (Object other : ps.subList(1, ps.size())) {
                Map<String, Object> one = new LinkedHashMap<>(roles);
                one.put(each, List.of(host, other));
                out.add(new EventMention(rule, s.index(), s.start(), s.end(), s.token(tStart).start(), s.token(tEnd - 1).end(),
                        triggerText, one, tense));
            }
            return;
        }
        out.add(new EventMention(rule, s.index(), s.start(), s.end(), s.token(tStart).start(), s.token(tEnd - 1).end(),
                triggerText, roles, tense));
    }

    /**
     * For a nominal trigger, the subject of the clause is its agent only through a light verb
     * ("X paid / made / began a visit"); the finder's words list those verbs. No words: always.
     */
    private static boolean governed(SentenceContext ctx, int tStart, Finder f) {
        if (f.words().isEmpty()) {
            return true;
        }
        for (int i = tStart - 1; i >= Math.max(0, tStart - 6); i--) {
            if (f.words().contains(ctx.token(i).lemma()) || f.words().contains(ctx.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean separately(SentenceContext ctx, int tStart, int tEnd) {
        for (int i = Math.max(0, tStart - 3); i < Math.min(ctx.size(), tEnd + 4); i++) {
            String w = ctx.token(i).lower();
            if (w.equals("separately") || w.equals("separate")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counterparts listed as separate meetings: "held meetings with X; Y; and Z" (a plural
     * meeting noun), "met X as well as Y" (the last counterpart added on), the leaders of
     * several listed countries.
     */
    private static boolean listedApart(SentenceContext ctx, int tStart, int tEnd, List<?> ps) {
        int after = ctx.token(tEnd - 1).end();
        if (ps.stream().anyMatch(o -> o instanceof Arg a && a.type().equals(PhraseFinders.GROUP_PLACE) && a.mention() != null
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
        if (!(ps.get(ps.size() - 1) instanceof Arg last)) {
            return false;
        }
        if (repeatedPreposition(ctx, tEnd, last)) {
            return true;
        }
        for (int i = tEnd; i + 2 < ctx.size() && ctx.token(i + 2).end() <= last.start(); i++) {
            if (ctx.token(i).lower().equals("as") && ctx.token(i + 1).lower().equals("well") && ctx.token(i + 2).lower().equals("as")
                    || ctx.token(i).lower().equals("such") && ctx.token(i + 1).lower().equals("as")) {
                return true; // "met X as well as Y"; "met several associations such as X and Y"
            }
        }
        return false;
    }

    /**
     * "held talks with X and with Y": the preposition said again for the next counterpart
     * makes a second meeting (one joint meeting is "talks with X and Y").
     */
    private static boolean repeatedPreposition(SentenceContext ctx, int tEnd, Arg last) {
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
    private static boolean itinerary(SentenceContext ctx, int tStart, Tense tense, List<?> ps) {
        if (tense != Tense.PLANNED || !(ps.get(0) instanceof Arg first) || first.start() >= ctx.token(tStart).start()) {
            return false;
        }
        return ps.subList(1, ps.size()).stream().allMatch(o -> o instanceof Arg a && a.start() > ctx.token(tStart).end());
    }

    /**
     * The rule's country constraints: a party does not travel to its own country
     * ({@code awayFrom}), and a journey the text only implies needs a party and a place whose
     * countries are both known and differ ({@code requireAway}).
     */
    private static boolean away(EventRule rule, Map<String, Object> roles) {
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
    private static boolean isCountry(Arg place) {
        return place.entity() != null && place.entity().type() == EntityType.LOCATION && place.entity().code() != null
                && !place.entity().attributes().containsKey("country");
    }

    /** The country a person or body is of ("the Kenyan minister"), or the country itself. */
    private static String countryOfParty(Arg party) {
        if (party.entity() == null) {
            return null;
        }
        String c = party.entity().attributes().get("country");
        return c != null ? c : isCountry(party) ? party.entity().code() : null;
    }

    /**
     * The type's constraints on its parties: a meeting needs two different parties and an official
     * among them; a visitor is not the destination, nobody donates to themselves. Null when the
     * parties are fine.
     */
    private RejectReason distinctParticipants(SentenceContext ctx, EventRule rule, Map<String, Object> roles) {
        for (EventType.Constraint c : types.get(rule.eventType()).constraints()) {
            Object v = roles.get(c.roles().get(0));
            if (c.roles().size() == 2) {
                if (c.check().equals("distinct") && v instanceof Arg a && roles.get(c.roles().get(1)) instanceof Arg b
                        && a.key().equals(b.key())) {
                    return RejectReason.NOT_DISTINCT;
                }
                continue;
            }
            if (!(v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Arg)) {
                continue;
            }
            if (c.check().equals("distinct") && l.stream().map(o -> ((Arg) o).key()).distinct().count() < 2) {
                return RejectReason.NOT_DISTINCT;
            }
            if (c.check().equals("officialParty") && l.stream().noneMatch(o -> (titledOrCollective((Arg) o) || titledHere(ctx, (Arg) o))
                    && !(((Arg) o).type().equals("PERSON") && ((Arg) o).entity() == null))) {
                return RejectReason.NO_OFFICIAL_PARTY; // "he met a boxing promoter": no office holder, organization or delegation takes part
            }
        }
        return null;
    }

    /**
     * What was discussed: the phrase after "to discuss", "focused on", "on" ... split into items
     * at commas and "and": "energy links across the Gulf, and the protection of undersea cables".
     */
    private static List<String> topics(SentenceContext ctx, AnalyzedText doc, Finder f, int from) {
        List<String[]> cues = splitWords(f.words());
        for (int i = from; i < ctx.size(); i++) {
            int start = -1;
            for (String[] w : cues) {
                boolean hit = i + w.length <= ctx.size();
                for (int k = 0; k < w.length && hit; k++) {
                    hit = ctx.token(i + k).lower().equals(w[k]);
                }
                if (hit) {
                    start = i + w.length;
                    break;
                }
            }
            if (start < 0 || start >= ctx.size() || i - from > f.maxDistance()) {
                continue;
            }
            if (ctx.inner[start] != null && ctx.inner[start].type() != EntityType.ORGANIZATION || ctx.token(start).pos().equals("PRON")) {
                continue; // "on Monday", "on Jordan's side": no topic
            }
            List<String> items = new ArrayList<>();
            int itemStart = start;
            int k = start;
            for (; k <= ctx.size(); k++) {
                boolean end = k == ctx.size() || ctx.words(TOPIC_STOPS).contains(ctx.token(k).lower())
                        || ctx.token(k).pos().equals("VERB") && !ctx.token(k).lower().endsWith("ing") && !ctx.token(k).lower().endsWith("ed")
                        && ctx.outer[k] == null
                        || ctx.inner[k] != null && ctx.inner[k].type() == EntityType.DATE;
                boolean split = !end && (ctx.token(k).text().equals(",") || ctx.token(k).lower().equals("and"));
                if (end || split) {
                    int a = itemStart;
                    int b = k;
                    while (a < b && (ctx.token(a).pos().equals("DET") || ctx.token(a).lower().equals("and")
                            || ctx.token(a).text().equals(",") || ctx.token(a).lower().equals("on"))) {
                        a++;
                    }
                    while (b > a && (ctx.token(b - 1).isPunct() || ctx.token(b - 1).lower().equals("and"))) {
                        b--;
                    }
                    if (b > a) {
                        items.add(doc.slice(ctx.token(a).start(), ctx.token(b - 1).end()));
                    }
                    itemStart = k + 1;
                    if (end) {
                        break;
                    }
                }
            }
            return items.isEmpty() ? null : items;
        }
        return null;
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** Each phrase split into its words, once per call rather than once per token tried. */
    private static List<String[]> splitWords(List<String> phrases) {
        List<String[]> out = new ArrayList<>(phrases.size());
        for (String p : phrases) {
            out.add(WHITESPACE.split(p));
        }
        return out;
    }

    /**
     * The two countries a sentence names ("Nigerian and Moroccan officials ... two-way trade"),
     * when it names exactly two (cities and regions do not count).
     */
    private static List<Arg> countriesInSentence(SentenceContext ctx, String text) {
        Map<String, Arg> seen = new LinkedHashMap<>();
        for (EntityMention m : ctx.mentions) {
            Entity e = ctx.resolved.entityOf(m);
            if (m.type() != EntityType.LOCATION || e == null || e.code() == null || e.attributes().containsKey("country")
                    || "#pair".equals(m.key())) {
                continue;
            }
            seen.putIfAbsent(e.id(), new Arg(text.substring(m.start(), m.end()), m.start(), m.end(), m, e, "LOCATION"));
        }
        return seen.size() == 2 ? new ArrayList<>(seen.values()) : List.of();
    }

    /**
     * The countries joined by hyphens in the name the trigger heads: "the Jordanian-Iraqi-Egyptian
     * trilateral summit", "the third Peru-Norway Policy Consultation Meeting". Only
     * words of one noun phrase may stand between them and the trigger (at most maxDistance tokens).
     */
    private static List<Arg> hyphenated(SentenceContext ctx, String text, int tStart, Finder f) {
        Map<String, Arg> seen = new LinkedHashMap<>();
        for (int i = tStart - 1; i >= Math.max(0, tStart - f.maxDistance()); i--) {
            Token t = ctx.token(i);
            EntityMention m = ctx.outer[i];
            boolean joined = t.text().equals("-") || t.lower().equals("and") && i > 0 && ctx.token(i - 1).isCapitalized();
            if (m == null && !joined && !t.isCapitalized() && !t.pos().equals("ADJ") && !t.pos().equals("NUM") && !t.pos().equals("NOUN")) {
                break; // the noun phrase begins after a determiner, a verb, a preposition or punctuation
            }
            if (m == null || m.type() != EntityType.LOCATION || "#pair".equals(m.key())) {
                continue;
            }
            int s = m.tokens().start();
            int e = m.tokens().end();
            boolean linked = s > 0 && ctx.token(s - 1).text().equals("-") || e < ctx.size() && ctx.token(e).text().equals("-");
            Entity ent = ctx.resolved.entityOf(m);
            if (linked && ent != null && ent.code() != null && !ent.attributes().containsKey("country")) {
                seen.putIfAbsent(ent.id(), new Arg(text.substring(m.start(), m.end()), m.start(), m.end(), m, ent, "LOCATION"));
            }
            i = s;
        }
        List<Arg> out = new ArrayList<>(seen.values());
        java.util.Collections.reverse(out);
        return out.size() >= 2 ? out : List.of();
    }

    /**
     * Of the two countries the document is about, the one the roles found so far neither name
     * nor belong to: "India gifted ten ambulances" in a report on India and Zimbabwe gave them to
     * Zimbabwe. Nothing when the roles found are tied to neither country, or to both. Not asked in
     * a document's first sentence: a headline's gift is told again below with its recipient, nor
     * when the sentence sends something "to" someone else ("laptops donated by X were handed over
     * to the Ministry of Education"): another trigger there names the recipient.
     */
    private static List<Arg> focusOther(SentenceContext ctx, DocumentFocus focus, Map<String, Object> filled) {
        List<Arg> pair = focus.pairArgs();
        if (pair.size() != 2) {
            return List.of();
        }
        for (int i = 0; i < ctx.size(); i++) {
            if (!ctx.token(i).lower().equals("to")) {
                continue;
            }
            for (int j = i + 1; j < Math.min(ctx.size(), i + 5); j++) {
                EntityMention m = ctx.outer[j];
                if (m != null && m.type().isNamed()) {
                    Entity e = ctx.resolved.entityOf(m);
                    if (e == null || pair.stream().noneMatch(a -> e.equals(a.entity()))) {
                        return List.of(); // "to Peru's Ministry of Education": a country's body is named
                    }
                }
            }
        }
        Set<String> codes = new java.util.HashSet<>();
        for (Object v : filled.values()) {
            for (Object o : v instanceof List<?> l ? l : List.of(v)) {
                if (o instanceof Arg a && a.entity() != null) {
                    if (a.entity().type() == dev.eventex.api.EntityType.LOCATION && a.entity().code() != null
                            && !a.entity().attributes().containsKey("country")) {
                        codes.add(a.entity().code());
                    }
                    String country = a.entity().attributes().get("country");
                    if (country != null) {
                        codes.add(country);
                    }
                }
            }
        }
        List<Arg> others = pair.stream().filter(a -> !codes.contains(a.entity().code())).toList();
        return others.size() == 1 ? others : List.of();
    }

    /** The same role of the latest earlier event of the same type ("At the same ceremony, ... were handed over"). */
    private static Object previousEventRole(RoleSpec spec, EventRule rule, List<EventMention> found, Map<String, Object> filled) {
        Object fallback = null;
        for (int i = found.size() - 1; i >= 0; i--) {
            EventMention m = found.get(i);
            if (m.rule().eventType().equals(rule.eventType()) && m.roles().containsKey(spec.role()) && !otherParty(filled, m.roles())) {
                Object v = m.roles().get(spec.role());
                // a government or agency is the giver; an envoy who handed over on its behalf is not
                if (!(v instanceof Arg a && a.type().equals("PERSON"))) {
                    return v;
                }
                if (fallback == null) {
                    fallback = v;
                }
            }
        }
        return fallback;
    }

    /**
     * An earlier event between persons ("the envoy handed over medicines to the minister") is
     * no source for the other roles of one whose party found here is no person ("Elbonia gifted
     * ambulances"): a country's gift goes to a country or a body, not to the minister who took
     * the envoy's consignment.
     */
    private static boolean otherParty(Map<String, Object> filled, Map<String, Object> earlier) {
        for (Map.Entry<String, Object> e : filled.entrySet()) {
            if (e.getValue() instanceof Arg a && earlier.get(e.getKey()) instanceof Arg b && !a.type().equals("PERSON")
                    && b.type().equals("PERSON") && !a.key().equals(b.key()) && personsOnly(earlier)) {
                return true;
            }
        }
        return false;
    }

    private static boolean personsOnly(Map<String, Object> roles) {
        for (Object v : roles.values()) {
            if (v instanceof Arg a && !a.type().equals("PERSON")) {
                return false;
            }
        }
        return true;
    }

    private static boolean mentionsVisit(SentenceContext ctx) {
        for (Token t : ctx.sentence.tokens()) {
            String l = t.lemma();
            if ((l.equals("visit") && !t.pos().equals("VERB")) || l.equals("trip") || l.equals("tour") || l.equals("delegation") || l.equals("mission")) {
                return true;
            }
        }
        return false;
    }

    /** A name the sentence introduces with a title: "the Speaker of Kenya's National Assembly, Ann Mwangi". */
    private static boolean titledHere(SentenceContext ctx, Arg a) {
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

    /** A person with a title (a minister, a president), an organization, a country or a delegation. */
    private static boolean titledOrCollective(Arg a) {
        if (!a.type().equals("PERSON")) {
            return true;
        }
        return a.entity() != null && (a.entity().attributes().containsKey("title") || a.entity().attributes().containsKey("country"));
    }

    @SuppressWarnings("unchecked")
    private static Object combine(Object a, Object b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            List<Arg> all = new ArrayList<>((List<Arg>) la);
            all.addAll((List<Arg>) lb);
            return dedupe(all);
        }
        return a;
    }

    // ---- finders -----------------------------------------------------------------------

    private Object find(AnalyzedText doc, SentenceContext ctx, SentenceContext previous, DocumentFocus focus, RoleSpec spec,
                        Finder f, int tStart, int tEnd, boolean passive, EventRule rule,
                        List<EventMention> found, Map<String, Object> filled) {
        Set<String> types = f.types().isEmpty() ? defaultTypes(spec.value()) : f.types();
        String text = doc.text();
        if (f.titled() && !mentionsVisit(ctx)) {
            // travel verbs alone ("she helped them travel to X") only count for office holders and delegations
            Finder plain = new Finder(f.method(), f.types(), f.words(), f.maxDistance(), f.list(), f.combine(), false);
            Object v = find(doc, ctx, previous, focus, spec, plain, tStart, tEnd, passive, rule, found, filled);
            if (v instanceof Arg a) {
                return titledOrCollective(a) ? a : null;
            }
            if (v instanceof List<?> l) {
                List<Arg> kept = new ArrayList<>();
                for (Object o : l) {
                    if (o instanceof Arg a && titledOrCollective(a)) {
                        kept.add(a);
                    }
                }
                return kept.isEmpty() ? null : kept;
            }
            return v;
        }
        return switch (f.method()) {
            case "subject" -> subject(ctx, text, spec, f, tStart, passive, types);
            case "leadSubject" -> leadSubject(ctx, text, spec, f, tStart, passive, types);
            case "patient" -> patient(ctx, text, spec, f, tStart, passive, types);
            case "object" -> wrap(spec, f, orElse(PhraseFinders.object(ctx, text, tEnd, f, types), () -> syntaxObject(ctx, text, f, tStart, types)));
            case "after" -> wrap(spec, f, coordinated(spec, f, text, orElse(PhraseFinders.afterPrep(ctx, text, tEnd, f, types, true),
                    () -> syntaxAfter(ctx, text, f, tStart, types))));
            case "afterPhrase" -> wrap(spec, f, PhraseFinders.afterPhrase(ctx, text, tEnd, f));
            case "before" -> wrap(spec, f, PhraseFinders.afterPrep(ctx, text, tStart, f, types, false));
            case "adjunctSubject" -> wrap(spec, f, PhraseFinders.adjunctSubject(ctx, text, tStart, f, types, false));
            case "clauseSubject" -> wrap(spec, f, PhraseFinders.adjunctSubject(ctx, text, tStart, f, types, true));
            case "place" -> wrap(spec, f, PhraseFinders.place(ctx, text, tStart, tEnd, f, true));
            case "placeBefore" -> wrap(spec, f, PhraseFinders.place(ctx, text, tStart, tEnd, f, false));
            case "speaker" -> wrap(spec, f, Speakers.speaker(doc, ctx, tStart, types));
            case "dateline" -> wrap(spec, f, Datelines.dateline(text, ctx));
            case "venueObject" -> wrap(spec, f, PhraseFinders.venueObject(ctx, text, tEnd, f));
            case "possessor" -> wrap(spec, f, PhraseFinders.possessor(ctx, text, tStart, types));
            case "phrase" -> wrap(spec, f, PhraseFinders.phrase(ctx, text, f, types));
            case "sentence" -> valueInSentence(doc, ctx, spec, f, tStart, types);
            case "modifier" -> modifier(ctx, tStart, tEnd, f);
            case "theme" -> theme(doc, ctx, spec, tStart, themeStart(ctx, tEnd, f), passive && f.words().isEmpty());
            case "pair" -> wrap(spec, f, pair(ctx, text, focus, spec, f, tStart, tEnd, types));
            case "focus" -> wrap(spec, f, focus.pairArgs());
            case "focusOther" -> ctx.sentence.index() == 0 ? null : wrap(spec, f, focusOther(ctx, focus, filled));
            case "countries" -> wrap(spec, f, countriesInSentence(ctx, text));
            case "hyphenated" -> wrap(spec, f, hyphenated(ctx, text, tStart, f));
            case "previousActor" -> previous == null ? null : wrap(spec, f, PhraseFinders.firstActor(previous, text, types));
            case "previousEvent" -> previousEventRole(spec, rule, found, filled);
            case "previousPlace" -> previous == null ? null : wrap(spec, f, PhraseFinders.lastPlace(previous, text, f, types));
            case "topics" -> {
                List<String> items = topics(ctx, doc, f, tEnd);
                if (items == null || spec.value() != ValueKind.TEXT) {
                    yield items;
                }
                // one phrase for a text role ("purpose"): from the first item to the last
                String first = items.get(0);
                String last = items.get(items.size() - 1);
                int a = doc.text().indexOf(first, ctx.sentence.start());
                int b = doc.text().indexOf(last, Math.max(a, 0)) + last.length();
                yield a >= 0 && b > a && b <= ctx.sentence.end() ? doc.slice(a, b) : first;
            }
            case "headword" -> headword(ctx, doc, f, tStart);
            // the rule loader accepts only Finder.METHODS; a name it accepts must be dispatched here
            default -> throw new IllegalStateException("finder '" + f.method() + "' is accepted by the rule loader but not implemented");
        };
    }

    /**
     * The nearest actor left of the trigger; when there is none (a relative clause, a
     * controlled verb, a passive with its "by" agent), the agent the parse gives.
     */
    private static Object subject(SentenceContext ctx, String text, RoleSpec spec, Finder f, int tStart, boolean passive,
                                  Set<String> types) {
        if (!governed(ctx, tStart, f)) {
            return null;
        }
        if (!passive) {
            List<Arg> subjects = PhraseFinders.subjects(ctx, text, PhraseFinders.subject(ctx, text, tStart, types), types, f.list());
            if (f.list() && spec.value() == ValueKind.ARGUMENTS) {
                subjects = PhraseFinders.groupPlacesAfter(ctx, text, subjects, types);
            }
            Object v = wrap(spec, f, subjects);
            if (v != null) {
                return v;
            }
        }
        Syntax tree = ctx.syntax();
        if (tree == null) {
            return null;
        }
        int from = tStart;
        int head = tree.head(tStart);
        // a nominal trigger takes the agent of its light verb ("X paid a visit")
        if (!f.words().isEmpty() && head >= 0 && (f.words().contains(ctx.token(head).lemma()) || f.words().contains(ctx.token(head).lower()))) {
            from = head;
        }
        return wrap(spec, f, SyntaxFinders.argsAt(tree, ctx, text, SyntaxFinders.agent(tree, ctx, from), types, f.list()));
    }

    /**
     * The first of coordinated subjects, for a one-party role: news names the principal first
     * ("President X, two ministers and a business delegation are on a visit", "X and his wife,
     * Y, made a visit"), where the nearest actor is only the last one listed. When the list walk
     * cannot join them (descriptions between), the earliest titled person of the same subject
     * phrase is taken: the words before the nearest actor back to a verb or the clause's start,
     * skipping actors governed by a preposition ("after talks with Y, X paid a visit").
     */
    private static Object leadSubject(SentenceContext ctx, String text, RoleSpec spec, Finder f, int tStart, boolean passive,
                                      Set<String> types) {
        Object v = subject(ctx, text, spec, f, tStart, passive, types);
        if (!(v instanceof Arg nearest) || nearest.mention() == null || passive) {
            return v;
        }
        Arg first = PhraseFinders.subjects(ctx, text, nearest, types, true).get(0);
        if (first.mention() == null || first.mention().kind() != MentionKind.NAME) {
            first = nearest; // a description is no principal of its own ("The Commissioner for X, Ann Lee")
        }
        int b = first.mention() == null ? -1 : PhraseFinders.titleStart(ctx, first.mention()) - 1;
        if (b < 0 || !(ctx.token(b).text().equals(",") || ctx.token(b).lower().equals("and"))) {
            return first;
        }
        Arg lead = null;
        for (int i = b; i >= 0; i--) {
            EntityMention m = ctx.outer[i];
            Token t = ctx.token(i);
            if (m == null && (t.isVerbLike() || ctx.words(CLAUSE_STOPS).contains(t.lower()))) {
                break;
            }
            if (m == null && t.lower().equals("and") && i + 1 < ctx.size() && ctx.outer[i + 1] == null && ctx.token(i + 1).isCapitalized()) {
                lead = null; // "Minister of Trade, Industry and Tourism, X": a title's list of portfolios, no coordination of persons
                break;
            }
            if (m != null) {
                if (m.kind() == MentionKind.NOMINAL && m.tokens().end() == b && ctx.token(b).text().equals(",")) {
                    break; // "The Commissioner for X, Ann Lee, paid a visit": a description in apposition to the name
                }
                if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NOMINAL && !PhraseFinders.precededByPreposition(ctx, m)) {
                    lead = null; // "The Minister of A, B and C, Mr. X": the names found were inside the description
                    break;
                }
                if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME && !PhraseFinders.precededByPreposition(ctx, m)) {
                    Arg a = ctx.arg(m, text);
                    if (a != null && a.entity() != null && titledOrCollective(a) && SentenceContext.accepts(a, types)) {
                        lead = a;
                    }
                }
                i = m.tokens().start();
            }
        }
        return lead != null ? lead : first;
    }

    /** The subject of a passive trigger ("X was received by Y" gives X). */
    private static Object patient(SentenceContext ctx, String text, RoleSpec spec, Finder f, int tStart, boolean passive,
                                  Set<String> types) {
        if (passive) {
            Object v = wrap(spec, f, PhraseFinders.subjects(ctx, text, PhraseFinders.subject(ctx, text, tStart, types), types, f.list()));
            if (v != null) {
                return v;
            }
        }
        Syntax tree = ctx.syntax();
        return tree == null ? null : wrap(spec, f, SyntaxFinders.argsAt(tree, ctx, text, SyntaxFinders.patient(tree, tStart), types, f.list()));
    }

    private static List<Arg> orElse(List<Arg> first, java.util.function.Supplier<List<Arg>> fallback) {
        return first != null && !first.isEmpty() ? first : fallback.get();
    }

    /** Objects from the parse: the verb's object, or a phrase whose preposition the finder allows ("met with X"). */
    private static List<Arg> syntaxObject(SentenceContext ctx, String text, Finder f, int tStart, Set<String> types) {
        Syntax tree = ctx.syntax();
        if (tree == null) {
            return List.of();
        }
        List<Arg> args = SyntaxFinders.objects(tree, ctx, text, tStart, types, f.list());
        return args.isEmpty() && !f.words().isEmpty() ? SyntaxFinders.prepositional(tree, ctx, text, tStart, f.words(), types, f.list()) : args;
    }

    private static List<Arg> syntaxAfter(SentenceContext ctx, String text, Finder f, int tStart, Set<String> types) {
        Syntax tree = ctx.syntax();
        return tree == null ? List.of() : SyntaxFinders.prepositional(tree, ctx, text, tStart, f.words(), types, f.list());
    }

    private static Set<String> defaultTypes(ValueKind k) {
        return switch (k) {
            case DATE -> Set.of("DATE");
            case AMOUNT -> Set.of("MONEY");
            case NUMBER -> Set.of("QUANTITY");
            default -> DEFAULT_ACTORS;
        };
    }

    /**
     * The parties listed for a one-party role that are really coordinated ("to A and B"): a
     * list without "and" is an apposition ("to the clinic, Kibera"), and a place after a body
     * says where it is.
     */
    private static List<Arg> coordinated(RoleSpec spec, Finder f, String text, List<Arg> args) {
        if (!f.list() || spec.value() != ValueKind.ARGUMENT || args.size() < 2) {
            return args;
        }
        Arg first = args.get(0);
        Arg last = args.get(args.size() - 1);
        String between = text.substring(first.end(), Math.max(first.end(), last.start()));
        if (!between.matches("(?s).*\\band\\b.*") && !endsOpenList(text, last)) {
            return List.of(first);
        }
        List<Arg> out = new ArrayList<>();
        for (Arg a : args) {
            if (a == first || a.type().equals("LOCATION") == first.type().equals("LOCATION")) {
                out.add(a);
            }
        }
        return out;
    }

    /** "A, B and others", "A, B, among others": a list left open after its last member, with no "and" inside it. */
    private static boolean endsOpenList(String text, Arg last) {
        String rest = text.substring(last.end(), Math.min(text.length(), last.end() + 20));
        return rest.matches("(?s)\\s*,?\\s*(?:and|or)\\s+others?\\b.*|(?s)\\s*,?\\s*among\\s+others\\b.*");
    }

    /** Fits a found list to the role's value kind. */
    private static Object wrap(RoleSpec spec, Finder f, List<Arg> args) {
        if (args == null || args.isEmpty()) {
            return null;
        }
        if (spec.value() == ValueKind.ARGUMENTS) {
            return dedupe(args);
        }
        if (spec.value() == ValueKind.ARGUMENT) {
            return f.list() ? Listed.of(dedupe(args)) : args.get(0);
        }
        if (spec.value() == ValueKind.TEXT) {
            return args.get(0).text();
        }
        return null;
    }

    private static List<Arg> dedupe(List<Arg> args) {
        Map<String, Arg> m = new LinkedHashMap<>();
        for (Arg a : args) {
            m.putIfAbsent(a.key(), a);
        }
        return new ArrayList<>(m.values());
    }

    /** The mention of the wanted type nearest the trigger (dates, amounts, places). */
    private Object valueInSentence(AnalyzedText doc, SentenceContext ctx, RoleSpec spec, Finder f, int tStart, Set<String> types) {
        EntityMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (EntityMention m : ctx.mentions) {
            String t = m.kind() == MentionKind.GROUP ? "GROUP" : m.type().name();
            if (!types.contains(t) || (m.kind() == MentionKind.NOMINAL && m.type() == EntityType.LOCATION)) {
                continue;
            }
            if (!f.words().isEmpty()) {
                int p = m.tokens().start() - 1;
                if (p < 0 || !f.words().contains(ctx.token(p).lower())) {
                    continue;
                }
            }
            if (m.type() == EntityType.DATE && RelativeClauses.elsewhere(ctx, m.tokens().start(), tStart)) {
                continue;
            }
            int d = Math.abs(m.tokens().start() - tStart);
            if (d <= f.maxDistance() * 3 && d < bestDist) {
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
     * "to $2bn and later to $7bn", "trade to $40bn and investment to $12bn": the amounts
     * coordinated after the first one, each a target of its own (fire() makes one event per amount).
     */
    private Object amountList(AnalyzedText doc, SentenceContext ctx, RoleSpec spec, Finder f, EntityMention first) {
        List<Object> out = new ArrayList<>();
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
            Object v = fromMention(doc, ctx, spec, m);
            if (v != null) {
                out.add(v);
            }
            end = m.tokens().end();
        }
        return Listed.of(out); // one goal per amount reached in stages
    }

    private Object fromSpan(AnalyzedText doc, SentenceContext ctx, RoleSpec spec, int start, int end) {
        for (int i = start; i < end; i++) {
            EntityMention m = ctx.outer[i];
            if (m != null) {
                Object v = fromMention(doc, ctx, spec, m);
                if (v != null) {
                    return v;
                }
            }
        }
        int cs = ctx.token(start).start();
        int ce = ctx.token(end - 1).end();
        String text = doc.slice(cs, ce);
        return switch (spec.value()) {
            case TEXT -> text;
            case TEXTS -> List.of(text);
            case ARGUMENT -> new Arg(text, cs, ce, null, null, "ORGANIZATION");
            case ARGUMENTS -> List.of(new Arg(text, cs, ce, null, null, "ORGANIZATION"));
            default -> null;
        };
    }

    private Object fromMention(AnalyzedText doc, SentenceContext ctx, RoleSpec spec, EntityMention m) {
        String text = doc.slice(m.start(), m.end());
        Entity e = ctx.resolved.entityOf(m);
        return switch (spec.value()) {
            case DATE -> {
                if (m.type() != EntityType.DATE) {
                    yield null;
                }
                // the normalize stage read the date once, by its clause; the event shows that value
                yield new DateValue(text, e == null ? null : e.attributes().get("value"));
            }
            case AMOUNT -> m.type() == EntityType.MONEY || m.type() == EntityType.QUANTITY
                    ? new Amount(text, decimal(m.attribute("value")), m.attribute("currency"), m.attribute("unit")) : null;
            case NUMBER -> decimal(m.attribute("value"));
            case TEXT -> text;
            case TEXTS -> List.of(text);
            case ARGUMENT -> ctx.arg(m, doc.text());
            case ARGUMENTS -> {
                Arg a = ctx.arg(m, doc.text());
                yield a == null ? null : List.of(a);
            }
        };
    }

    private static BigDecimal decimal(String v) {
        try {
            return v == null ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A value word near the trigger: "official", "state", "working" visit. */
    private static Object modifier(SentenceContext ctx, int tStart, int tEnd, Finder f) {
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
        return best < 0 ? null : ctx.token(best).lower();
    }

    /** Where the given thing starts: after the trigger, or after one of the finder's words ("presented X with ..."). */
    private static int themeStart(SentenceContext ctx, int tEnd, Finder f) {
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
    private Object theme(AnalyzedText doc, SentenceContext ctx, RoleSpec spec, int tStart, int tEnd, boolean passive) {
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
            end = start;
            while (end < ctx.size() && isNpToken(ctx, end, start)) {
                end++;
            }
        }
        if (start >= end) {
            return null;
        }
        if (passive) {
            return themeValue(doc, ctx, spec, start, end);
        }
        List<Object> each = new ArrayList<>();
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

    /** A word piece joined by a hyphen: "-carved", "well-" (the tokenizer keeps the hyphen on one side). */
    private static boolean hyphenPiece(Token t) {
        String w = t.text();
        return w.length() > 1 && (w.charAt(0) == '-' || w.charAt(w.length() - 1) == '-') && Character.isLetter(w.charAt(w.length() / 2));
    }

    /** A noun phrase right after a passive participle (and its particle): "were handed out 200 kits". */
    private static boolean objectFollows(SentenceContext ctx, int k) {
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
    private static List<int[]> coordinatedAmounts(SentenceContext ctx, int from) {
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
    private static List<int[]> coordinatedSums(SentenceContext ctx, int start, int end) {
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
    private Object themeValue(AnalyzedText doc, SentenceContext ctx, RoleSpec spec, int start, int end) {
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
            case TEXT -> item;
            case NUMBER -> quantity;
            case AMOUNT -> value;
            default -> null;
        };
    }

    private static boolean isNpToken(SentenceContext ctx, int i, int start) {
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
    private static boolean isParticipleModifier(SentenceContext ctx, int i, int start) {
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

    /**
     * "the two sides", "both countries": the two parties in focus; "the two Presidents" as written.
     * A finder with words takes only a pair phrase attached to the trigger by one of them ("talks
     * between both leaders"): a pair named elsewhere in the sentence may be no party of this trigger.
     */
    private static List<Arg> pair(SentenceContext ctx, String text, DocumentFocus focus, RoleSpec spec, Finder f, int tStart,
                                  int tEnd, Set<String> types) {
        for (EntityMention m : ctx.mentions) {
            if (m.kind() == MentionKind.NOMINAL && "#pair".equals(m.key())) {
                if (!f.words().isEmpty() && !pairAttached(ctx, f, m, tStart, tEnd)) {
                    continue;
                }
                String noun = m.attribute("pair");
                boolean people = noun != null && ctx.words(PEOPLE_PAIR_NOUNS).contains(noun);
                if (people && types.contains("PERSON") && spec.value() == ValueKind.ARGUMENTS && !types.contains("PAIR")) {
                    // "the two ministers held talks": the last two office holders named before
                    List<Arg> two = lastTwoTitledPersons(ctx, text, m);
                    if (two.size() == 2) {
                        return two;
                    }
                    List<Arg> withCountry = holderAndOtherCountry(two, focus);
                    if (withCountry != null) {
                        return withCountry;
                    }
                }
                if (people && (types.contains("PERSON") || types.contains("PAIR"))) {
                    return List.of(new Arg(text.substring(m.start(), m.end()), m.start(), m.end(), m, null, "PERSON"));
                }
                if (!people && (types.contains("LOCATION") || types.contains("ORGANIZATION"))) {
                    return focus.pairArgs();
                }
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * A pair phrase right after one of the finder's words and near the trigger, with no noun
     * outside a name between them: "talks between the two sides", "the session of a named
     * commission held between both countries", but not "talks on relations between the two
     * countries", where the pair belongs to "relations".
     */
    private static boolean pairAttached(SentenceContext ctx, Finder f, EntityMention m, int tStart, int tEnd) {
        int at = m.tokens().start();
        if (at == 0 || !f.words().contains(ctx.token(at - 1).lower())) {
            return false;
        }
        if (ctx.token(at - 1).lower().equals("of") && !officeBefore(ctx, at - 2)) {
            return false; // "the ministers of the two countries" meet for them; "critics of the two countries" do not
        }
        int from = at >= tEnd ? tEnd : m.tokens().end();
        int to = at >= tEnd ? at - 1 : tStart;
        if (to - from > f.maxDistance()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (ctx.outer[i] == null && ctx.token(i).pos().equals("NOUN")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the two heads of state" when the text has named only one of them: that person and the
     * other country of the document's pair, which the unnamed office holder stands for.
     */
    private static List<Arg> holderAndOtherCountry(List<Arg> one, DocumentFocus focus) {
        if (one.size() != 1 || one.get(0).entity() == null || focus.pairArgs().size() != 2) {
            return null;
        }
        String home = one.get(0).entity().attributes().get("country");
        Arg a = focus.pairArgs().get(0);
        Arg b = focus.pairArgs().get(1);
        if (home == null || a.entity() == null || b.entity() == null) {
            return null;
        }
        Arg other = home.equals(a.entity().code()) ? b : home.equals(b.entity().code()) ? a : null;
        return other == null ? null : List.of(one.get(0), other);
    }

    /** A group of office holders or an office holder described ends at {@code i}: "the ministers", "the deputy minister". */
    private static boolean officeBefore(SentenceContext ctx, int i) {
        if (i < 0) {
            return false;
        }
        if (ctx.words(PEOPLE_PAIR_NOUNS).contains(ctx.token(i).lower())) {
            return true; // "the deputy trade ministers", whatever the entity stage made of the words before
        }
        for (EntityMention m : new EntityMention[] {ctx.inner[i], ctx.outer[i]}) {
            if (m != null && m.tokens().end() == i + 1 && (m.kind() == MentionKind.GROUP
                    || m.kind() == MentionKind.NOMINAL && m.type() == EntityType.PERSON)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The two office holders "the two ministers" / "the two leaders" stands for: among the titled
     * persons named (not only described) in this or the previous three sentences, the two the text has named most
     * often so far (a visit's guest and host outrank an official named once at the airport),
     * earlier first mention breaking ties; office holders whose title has the plural's word
     * ("the two presidents") come first.
     */
    private static List<Arg> lastTwoTitledPersons(SentenceContext ctx, String text, EntityMention before) {
        String noun = before.attribute("pair");
        String office = noun != null && noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : "";
        Map<String, int[]> counts = new LinkedHashMap<>(); // entity id -> {mentions, first start, in window}
        Map<String, Arg> latest = new LinkedHashMap<>();
        for (EntityMention m : ctx.resolved.mentions()) {
            if (m.start() >= before.start() || m.type() != EntityType.PERSON || m.kind() == MentionKind.PRONOUN) {
                continue;
            }
            Entity e = ctx.resolved.entityOf(m);
            if (e == null || !e.attributes().containsKey("title") || e.attributes().containsKey("nominal")) {
                continue; // a description never linked to a name is no one "the two" can mean
            }
            int[] c = counts.computeIfAbsent(e.id(), k -> new int[] {0, m.start(), 0});
            c[0]++;
            if (m.sentence() >= before.sentence() - 3) {
                c[2] = 1;
                latest.put(e.id(), new Arg(text.substring(m.start(), m.end()), m.start(), m.end(), m, e, "PERSON"));
            }
        }
        List<String> ids = new ArrayList<>(latest.keySet());
        Map<String, Boolean> fits = new java.util.HashMap<>();
        for (String id : ids) {
            fits.put(id, !office.isEmpty() && latest.get(id).entity().attributes().get("title").toLowerCase(java.util.Locale.ROOT).contains(office));
        }
        boolean preferFit = fits.values().stream().filter(b -> b).count() >= 2;
        ids.sort(Comparator.comparing((String id) -> preferFit && !fits.get(id))
                .thenComparingInt(id -> -counts.get(id)[0]).thenComparingInt(id -> counts.get(id)[1]));
        List<Arg> out = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(2, ids.size()))) {
            out.add(latest.get(id));
        }
        out.sort(Comparator.comparingInt(Arg::start));
        return out;
    }

    /** The noun phrase around the head word nearest the trigger: "bilateral trade turnover". */
    private static Object headword(SentenceContext ctx, AnalyzedText doc, Finder f, int tStart) {
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
        while (s < best && ctx.token(s).text().equals("-")) {
            s++;
        }
        int e = best + 1;
        while (e < ctx.size() && ctx.token(e).pos().equals("NOUN") && ctx.outer[e] == null) {
            e++;
        }
        return doc.slice(ctx.token(s).start(), ctx.token(e - 1).end());
    }

    /** Sorting helper for tests and explain output. */
    static final Comparator<EventMention> BY_POSITION = Comparator.comparingInt(EventMention::triggerStart);
}
