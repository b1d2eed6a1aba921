package dev.eventex.event;

import dev.eventex.api.EntityType;
import dev.eventex.api.Explanation;
import dev.eventex.api.RejectReason;
import dev.eventex.api.RejectedTrigger;
import dev.eventex.api.Tense;
import dev.eventex.entity.EntityMention;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.event.RoleSpec.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the event stage decided for one document, kept for explain mode and the DEBUG log: per
 * rule firing, which finder found each role value and where, why a firing made no event, and
 * which event a firing was merged into. The matcher and the assembler report to it at their
 * decision points; it only receives, so the data flows one way (matcher, assembler, result).
 *
 * <p>One instance per document, never shared. {@link #OFF} records nothing: its methods
 * return at once and allocate nothing, so a run without explain mode pays a few calls per
 * trigger.
 */
public final class ExplainTrace {

    /** The DEBUG log of rule firings and rejections (one short line each, with the document id). */
    static final Logger LOG = LoggerFactory.getLogger(ExplainTrace.class);

    /** Records nothing; for runs without explain mode and without DEBUG logging. */
    public static final ExplainTrace OFF = new ExplainTrace(false, "", "");

    /** Longest detail written: pattern sources and role lists are cut, never dumped. */
    private static final int MAX_DETAIL = 160;

    private final boolean on;
    private final String docId;
    private final String text;

    // the firing under way (set by trigger(), read by the calls that follow it)
    private EventRule rule;
    private SentenceContext ctx;
    private int tStart;
    private int tEnd;
    private final List<Found> found = new ArrayList<>();

    /** Role sources of every firing the matcher emitted, by identity (two firings may be equal). */
    private final Map<EventMention, List<Draft>> drafts = new IdentityHashMap<>();
    private final List<EventMention> emitted = new ArrayList<>();
    private final Map<String, Rejection> rejections = new LinkedHashMap<>();
    /** A firing merged into a group, to the firing that founded that group at the time. */
    private final Map<EventMention, EventMention> joined = new IdentityHashMap<>();
    private final Map<EventMention, String> eventIds = new IdentityHashMap<>();
    private final List<EventMention> unmatched = new ArrayList<>();

    private ExplainTrace(boolean on, String docId, String text) {
        this.on = on;
        this.docId = docId;
        this.text = text;
    }

    /**
     * A trace that records, for one document.
     *
     * @param docId the document id (for log lines)
     * @param text  the document text (role sources and triggers are its substrings)
     * @return a new, recording trace
     */
    public static ExplainTrace recording(String docId, String text) {
        return new ExplainTrace(true, docId, text);
    }

    /** {@return true when DEBUG logging of firings and rejections is on} */
    public static boolean debugLogging() {
        return LOG.isDebugEnabled();
    }

    /** {@return whether this trace records} */
    public boolean on() {
        return on;
    }

    // ---- from the matcher --------------------------------------------------------------

    /** A rule matched the trigger [tStart, tEnd) of the sentence; the calls that follow are about it. */
    void trigger(EventRule rule, SentenceContext ctx, int tStart, int tEnd) {
        if (!on) {
            return;
        }
        this.rule = rule;
        this.ctx = ctx;
        this.tStart = tStart;
        this.tEnd = tEnd;
        found.clear();
    }

    /** No event: the words of tokens [from, to) stopped it (a negation, a veto, the name it is in). */
    void reject(RejectReason reason, int from, int to) {
        if (!on) {
            return;
        }
        String word = from < to && to <= ctx.size() ? text.substring(ctx.token(from).start(), ctx.token(to - 1).end()) : null;
        String detail = switch (reason) {
            case PART_OF_NAME -> "the trigger is part of the name '" + word + "'";
            case NEGATED -> "negated by '" + word + "'";
            case HYPOTHETICAL -> "only supposed ('" + word + "')";
            case COMPOUND_NOUN -> "the trigger modifies the noun '" + word + "'";
            case VETOED -> "vetoed by '" + word + "' (an unless pattern of the rule)";
            default -> reason.name();
        };
        add(reason, detail, null, word, null);
    }

    /** No event: a pattern of the rule found nothing. */
    void reject(RejectReason reason, TokenPattern pattern) {
        if (!on) {
            return;
        }
        String what = reason == RejectReason.CONTEXT_ABSENT
                ? "nothing in the sentence or the one before matches requireInContext "
                : "nothing in the sentence matches requireInSentence ";
        add(reason, what + pattern.source(), null, null, null);
    }

    /** No event: the tense found is not one the rule accepts. */
    void rejectTense(Tense tense) {
        if (!on) {
            return;
        }
        String found = tense == null ? "none" : tense.json();
        String detail = tense != null && rule.rejectTenses().contains(tense)
                ? "the rule rejects the tense " + found
                : "the rule requires the tense " + joinTenses(rule.requireTenses()) + "; found " + found;
        add(RejectReason.WRONG_TENSE, detail, null, null, null);
    }

    /** No event: the rule requires {@code role} and no finder filled it. */
    void missing(String role, Map<String, RoleValue> roles) {
        if (!on) {
            return;
        }
        RoleSpec spec = rule.roles().get(role);
        java.util.Set<String> methods = new java.util.LinkedHashSet<>();
        if (spec != null) {
            for (Finder f : spec.finders()) {
                methods.add(f.method());
            }
        }
        String tried = String.join(", ", methods);
        String detail = "no " + role + " found" + (spec == null ? " (the rule has no finder for it)" : " (tried " + tried + ")")
                + (roles.isEmpty() ? "" : "; found " + String.join(", ", roles.keySet()));
        add(RejectReason.MISSING_ROLE, detail, role, null, null);
    }

    /** No event: the parties the roles hold cannot take part in one ({@link RejectReason#NOT_DISTINCT}, ...). */
    void reject(RejectReason reason, Map<String, RoleValue> roles) {
        if (!on) {
            return;
        }
        StringJoiner parties = new StringJoiner(", ");
        roles.forEach((role, v) -> {
            for (RoleValue o : v.elements()) {
                if (o instanceof Arg a) {
                    parties.add(role + " '" + a.name() + "'");
                }
            }
        });
        String detail = switch (reason) {
            case NO_OFFICIAL_PARTY -> "no party is an office holder, an organization, a country or a delegation: " + parties;
            case PRESS_PARTY -> "a party is a news outlet (an interview or a reporter's trip, not a meeting or a visit): " + parties;
            case PRIVATE_GROUP -> "a party is a group of private travellers (doctors, tourists, activists), not an official or a delegation: " + parties;
            case NOT_GOODS -> "the item is no gift (territory, an office, a responsibility or papers change hands): " + parties;
            case NOT_AWAY -> "the party is not known to travel away from its own country (its country and the place's must both be known and differ): " + parties;
            default -> "the parties are one and the same: " + parties;
        };
        add(reason, detail, null, null, null);
    }

    /**
     * What a finder found for a role of the current firing (null: nothing), returned as given
     * so that the call wraps the finder's.
     */
    RoleValue found(String role, String finder, RoleValue value) {
        if (on && value != null) {
            found.add(new Found(role, finder, value));
        }
        return value;
    }

    /** The firings {@code out[from..]} the current firing made; their role sources are taken now, while the sentence is at hand. */
    void emitted(List<EventMention> out, int from) {
        if (!on) {
            return;
        }
        for (int i = from; i < out.size(); i++) {
            EventMention m = out.get(i);
            List<Draft> ds = new ArrayList<>();
            m.roles().forEach((role, v) -> {
                for (RoleValue el : v.elements()) {
                    ds.add(draft(m, role, el));
                }
            });
            drafts.put(m, ds);
            emitted.add(m);
        }
    }

    private Draft draft(EventMention m, String role, RoleValue el) {
        String finder = null;
        for (Found f : found) {
            if (f.role.equals(role) && holds(f.value, el)) {
                finder = f.finder;
                break;
            }
        }
        if (finder == null) {
            finder = found.stream().filter(f -> f.role.equals(role)).map(Found::finder).findFirst().orElse("unknown");
        }
        int[] span = locate(el);
        return new Draft(role, el, finder, m, span);
    }

    /** Whether a finder's result holds the value an event got (itself, or one item of a list). */
    private static boolean holds(RoleValue result, RoleValue el) {
        if (result == el || result.equals(el)) {
            return true;
        }
        if (result instanceof Listed l) {
            return l.values().stream().anyMatch(v -> v != null && holds(v, el));
        }
        return (result instanceof RoleValue.Parties || result instanceof RoleValue.Texts) && result.elements().contains(el);
    }

    /** The char span a value was read from: an argument's own, else its words in the sentence, else where an earlier firing found it. */
    private int[] locate(RoleValue el) {
        if (el instanceof Arg a && a.start() >= 0 && a.end() <= text.length() && text.substring(a.start(), a.end()).equals(a.text())) {
            return new int[] {a.start(), a.end()};
        }
        if (el instanceof RoleValue.Count count) {
            BigDecimal n = count.value();
            EntityMention best = null;
            for (EntityMention m : ctx.mentions) {
                BigDecimal v = decimal(m.attribute("value"));
                if ((m.type() == EntityType.QUANTITY || m.type() == EntityType.MONEY) && v != null && v.compareTo(n) == 0
                        && (best == null || distance(m.start()) < distance(best.start()))) {
                    best = m;
                }
            }
            if (best != null) {
                return new int[] {best.start(), best.end()};
            }
        }
        String words = words(el);
        if (words != null && !words.isEmpty()) {
            int best = -1;
            int from = ctx.sentence.start();
            int to = ctx.sentence.end();
            for (int i = text.indexOf(words, from); i >= 0 && i + words.length() <= to; i = text.indexOf(words, i + 1)) {
                if (best < 0 || distance(i) < distance(best)) {
                    best = i;
                }
            }
            if (best >= 0) {
                return new int[] {best, best + words.length()};
            }
        }
        // a value another firing found (the previous event's donor, an actor of the sentence before)
        for (int i = emitted.size() - 1; i >= 0; i--) {
            for (Draft d : drafts.get(emitted.get(i))) {
                if (d.span != null && same(d.value, el)) {
                    return d.span;
                }
            }
        }
        return null;
    }

    private int distance(int offset) {
        return Math.abs(offset - ctx.token(tStart).start());
    }

    private static String words(RoleValue el) {
        if (el instanceof Arg a) {
            return a.text();
        }
        if (el instanceof RoleValue.Text s) {
            return plain(s.text());
        }
        if (el instanceof RoleValue.Date d) {
            return d.date().text();
        }
        if (el instanceof RoleValue.Money a) {
            return a.amount().text();
        }
        return null;
    }

    private static String plain(String s) {
        return s.startsWith(EventMatcher.ANAPHORIC) ? s.substring(EventMatcher.ANAPHORIC.length()) : s;
    }

    private static boolean same(RoleValue a, RoleValue b) {
        return a.equals(b) || a instanceof RoleValue.Text x && b instanceof RoleValue.Text y && plain(x.text()).equals(plain(y.text()));
    }

    private static BigDecimal decimal(String v) {
        try {
            return v == null ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void add(RejectReason reason, String detail, String role, String word, String into) {
        int s = ctx.token(tStart).start();
        int e = ctx.token(tEnd - 1).end();
        addRejection(new Rejection(rule, s, e, reason, detail, role, word, into));
    }

    private void addRejection(Rejection r) {
        String key = r.rule.id() + "|" + r.start + "|" + r.end + "|" + r.reason + "|" + r.role + "|" + r.into;
        rejections.putIfAbsent(key, r);
    }

    private static String joinTenses(java.util.Set<Tense> tenses) {
        return String.join(" or ", tenses.stream().map(Tense::json).sorted().toList());
    }

    // ---- from the assembler ------------------------------------------------------------

    /** The firing {@code m} was merged into the event {@code founder} founded (the same event stated again, or completed). */
    void joined(EventMention m, EventMention founder) {
        if (on && m != founder) {
            joined.put(m, founder);
        }
    }

    /** The firing {@code m} only completes an event stated elsewhere, and none agreed with it. */
    void unmatched(EventMention m) {
        if (on) {
            unmatched.add(m);
        }
    }

    /** The event founded by {@code founder} got the id {@code id}. */
    void built(EventMention founder, String id) {
        if (on) {
            eventIds.put(founder, id);
        }
    }

    /**
     * The explanation of an event: its firings, a source per role value (the roles as the
     * event has them, in {@code roleOrder} when given), the parts of its confidence.
     */
    Explanation explain(List<EventMention> mentions, Map<String, RoleValue> roles, List<String> roleOrder,
                        List<Explanation.Firing> firings, List<String> unlinked, int sentences, double perUnlinked,
                        double perSentence, double cap, double value) {
        EventRule best = null;
        for (EventMention m : mentions) {
            if (best == null || m.rule().confidence() > best.confidence()) {
                best = m.rule();
            }
        }
        Explanation.Confidence conf = new Explanation.Confidence(best.id(), best.confidence(), unlinked, perUnlinked, sentences,
                perSentence, cap, value);
        if (!on) {
            return new Explanation(firings, null, conf);
        }
        Map<String, List<Explanation.RoleSource>> out = new LinkedHashMap<>();
        for (String role : roleOrder == null ? List.copyOf(roles.keySet()) : roleOrder) {
            RoleValue v = roles.get(role);
            if (v == null) {
                continue;
            }
            List<Explanation.RoleSource> sources = new ArrayList<>();
            for (RoleValue el : v.elements()) {
                sources.add(source(mentions, firings, role, el));
            }
            if (!sources.isEmpty()) {
                out.put(role, sources);
            }
        }
        return new Explanation(firings, out, conf);
    }

    private Explanation.RoleSource source(List<EventMention> mentions, List<Explanation.Firing> firings, String role, RoleValue el) {
        for (EventMention m : mentions) {
            for (Draft d : drafts.getOrDefault(m, List.of())) {
                if (d.role.equals(role) && same(d.value, el)) {
                    return d.source(firingIndex(firings, m), null, text);
                }
            }
        }
        for (EventMention m : mentions) {
            for (Draft d : drafts.getOrDefault(m, List.of())) {
                if (same(d.value, el)) {
                    return d.source(firingIndex(firings, m), "found as the " + d.role + " of this firing", text);
                }
            }
        }
        for (EventMention m : emitted) {
            for (Draft d : drafts.get(m)) {
                if (same(d.value, el)) {
                    return d.source(null, "taken from the " + d.role + " that rule " + m.rule().id() + " found on '"
                            + m.triggerText() + "' [" + m.triggerStart() + ", " + m.triggerEnd() + ") for another event", text);
                }
            }
        }
        return new Explanation.RoleSource("unknown", null, null, null, null, null, "not among the values the firings found");
    }

    private static Integer firingIndex(List<Explanation.Firing> firings, EventMention m) {
        for (int i = 0; i < firings.size(); i++) {
            Explanation.Firing f = firings.get(i);
            if (f.rule().equals(m.rule().id()) && f.start() == m.triggerStart()) {
                return i;
            }
        }
        return null;
    }

    // ---- the result ----------------------------------------------------------------------

    private static final Comparator<Rejection> STABLE = Comparator.comparingInt(Rejection::start).thenComparingInt(Rejection::end)
            .thenComparing(r -> r.rule.id()).thenComparing(r -> r.reason);

    /** {@return the triggers that made no event of their own, and why, in text order} */
    public List<RejectedTrigger> rejected() {
        if (!on) {
            return List.of();
        }
        // a trigger that made an event (or joined one) through some rule is not rejected because other rules failed on it
        java.util.BitSet made = new java.util.BitSet();
        for (EventMention m : emitted) {
            made.set(m.triggerStart(), m.triggerEnd());
        }
        Map<String, Rejection> all = new LinkedHashMap<>();
        rejections.forEach((k, r) -> {
            int next = made.nextSetBit(r.start);
            if (next < 0 || next >= r.end) {
                all.put(k, r);
            }
        });
        List<Rejection> more = new ArrayList<>();
        for (Map.Entry<EventMention, EventMention> j : joined.entrySet()) {
            EventMention m = j.getKey();
            EventMention founder = founder(j.getValue());
            String id = eventIds.get(founder);
            if (founder.triggerStart() == m.triggerStart() && founder.triggerEnd() == m.triggerEnd()) {
                continue; // the trigger that founded the event, read by a second rule
            }
            String detail = id == null ? "merged into an event that was not kept"
                    : "states the same event as " + id + " (first stated by rule " + founder.rule().id() + " on '"
                    + founder.triggerText() + "')";
            more.add(new Rejection(m.rule(), m.triggerStart(), m.triggerEnd(), RejectReason.MERGED, detail, null, null, id));
        }
        for (EventMention m : unmatched) {
            more.add(new Rejection(m.rule(), m.triggerStart(), m.triggerEnd(), RejectReason.NOTHING_TO_COMPLETE,
                    "the rule only adds " + String.join(", ", m.roles().keySet()) + " to a " + m.rule().eventType()
                            + " stated elsewhere, and no such event agrees with it", null, null, null));
        }
        // joined is an identity map, so its order varies from run to run: every tie is broken by stable keys
        more.sort(STABLE.thenComparing(r -> r.detail));
        for (Rejection r : more) {
            all.putIfAbsent(r.rule.id() + "|" + r.start + "|" + r.end + "|" + r.reason + "|" + r.role + "|" + r.into, r);
        }
        List<Rejection> sorted = new ArrayList<>(all.values());
        sorted.sort(STABLE);
        List<RejectedTrigger> out = new ArrayList<>(sorted.size());
        for (Rejection r : sorted) {
            out.add(new RejectedTrigger(r.rule.id(), r.rule.eventType(), text.substring(r.start, r.end), r.start, r.end, r.reason,
                    cut(r.detail), r.role, r.word, r.into));
        }
        return out;
    }

    private EventMention founder(EventMention m) {
        EventMention f = m;
        for (int guard = 0; joined.containsKey(f) && guard < 1000; guard++) {
            f = joined.get(f);
        }
        return f;
    }

    /** Writes the firings and rejections to the DEBUG log, one short line each. */
    public void log(List<EventMention> firings) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        for (EventMention m : firings) {
            LOG.debug("{}: rule {} fired on '{}' [{}, {}) -> {} {}", docId, m.rule().id(), cut(m.triggerText()), m.triggerStart(),
                    m.triggerEnd(), m.rule().eventType(), m.roles().keySet());
        }
        if (!on) {
            return;
        }
        for (RejectedTrigger r : rejected()) {
            LOG.debug("{}: rule {} on '{}' [{}, {}): {} - {}", docId, r.rule(), cut(r.trigger()), r.start(), r.end(), r.reason(),
                    r.detail());
        }
    }

    private static String cut(String s) {
        return s.length() <= MAX_DETAIL ? s : s.substring(0, MAX_DETAIL - 3) + "...";
    }

    /** Whether a built-in role value would appear in the event the assembler builds. */
    static boolean shown(ValueKind kind, RoleValue v) {
        return switch (kind) {
            case ARGUMENT -> v instanceof Arg;
            case ARGUMENTS -> v instanceof Arg || v instanceof RoleValue.Parties l && !l.args().isEmpty();
            case DATE -> v instanceof RoleValue.Date;
            case AMOUNT -> v instanceof RoleValue.Money;
            case NUMBER -> v instanceof RoleValue.Count;
            case TEXT -> v instanceof RoleValue.Text;
            case TEXTS -> v instanceof RoleValue.Parties || v instanceof RoleValue.Texts;
        };
    }

    private record Found(String role, String finder, RoleValue value) {
    }

    /** One role value of an emitted firing: which finder found it and the char span it was read from (null: unknown). */
    private record Draft(String role, RoleValue value, String finder, EventMention mention, int[] span) {
        Explanation.RoleSource source(Integer firing, String note, String text) {
            if (span == null) {
                return new Explanation.RoleSource(finder, mention.rule().id(), firing, null, null, null, note);
            }
            return new Explanation.RoleSource(finder, mention.rule().id(), firing, text.substring(span[0], span[1]), span[0], span[1], note);
        }
    }

    private record Rejection(EventRule rule, int start, int end, RejectReason reason, String detail, String role, String word,
                             String into) {
    }

    @Override
    public String toString() {
        return "ExplainTrace[" + docId + ", " + (on ? "on" : "off") + "]";
    }
}
