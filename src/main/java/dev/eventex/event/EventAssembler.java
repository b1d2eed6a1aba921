package dev.eventex.event;

import dev.eventex.api.Amount;
import dev.eventex.api.Argument;
import dev.eventex.api.EntityType;
import dev.eventex.api.Event;
import dev.eventex.api.EventRecords;
import dev.eventex.api.Evidence;
import dev.eventex.api.Explanation;
import dev.eventex.api.Tense;
import dev.eventex.internal.Lexicons;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Stage 4b: merges rule firings that state the same real-world event into one record and
 * builds the typed events. Two firings are one event when they have the same type, their
 * identifying roles agree as their {@link EventType} says (visitor and destination country; the
 * set of participants; the target; donor, recipient or quantity) and no date or tense
 * contradicts. Stateless.
 *
 * <p>Confidence: the best rule's base confidence, times 0.9 when a required participant is
 * not linked to a named entity, plus 0.03 for each further mention (capped at 0.99).
 */
public final class EventAssembler {

    /** Confidence: the factor for each required role not linked to a named entity. */
    static final double UNLINKED_FACTOR = 0.9;
    /** Confidence: what each further evidence sentence adds. */
    static final double SENTENCE_BONUS = 0.03;
    /** Confidence: the highest given. */
    static final double CONFIDENCE_CAP = 0.99;

    private final boolean explain;
    private final Set<String> stateWords;
    private final EventTypes types;

    /** An assembler of the packaged event types. */
    public EventAssembler(boolean explain, Lexicons lexicons) {
        this(explain, lexicons, EventTypes.packaged());
    }

    /** An assembler of these event types. */
    public EventAssembler(boolean explain, Lexicons lexicons, EventTypes types) {
        this.stateWords = lexicons.get(Lexicons.STATE_WORDS);
        this.explain = explain;
        this.types = types;
    }

    private final class Group {
        final String type;
        final EventType spec;
        final String text;
        final List<EventMention> mentions = new ArrayList<>();
        final Map<String, RoleValue> roles = new LinkedHashMap<>();
        Tense tense;

        Group(EventMention first, String text) {
            this.type = first.rule().eventType();
            this.spec = types.get(type);
            this.text = text;
            add(first);
        }

        /** Whether role {@code r} holds only the report's dateline, which a place stated for the event replaces. */
        boolean datelineOnly(String r, RoleValue stated) {
            return roles.get(r) instanceof Arg old && stated instanceof Arg place && Datelines.isDateline(text, old)
                    && !Datelines.isDateline(text, place);
        }

        void add(EventMention m) {
            mentions.add(m);
            for (Map.Entry<String, RoleValue> e : m.roles().entrySet()) {
                RoleValue old = roles.get(e.getKey());
                if (old == null || datelineOnly(e.getKey(), e.getValue())) {
                    roles.put(e.getKey(), e.getValue()); // "NAIROBI -" gave the place only until the report states one
                } else if (old instanceof RoleValue.Parties ol && e.getValue() instanceof RoleValue.Parties nl && !ol.args().isEmpty()) {
                    List<Arg> merged = new ArrayList<>();
                    Set<String> keys = new HashSet<>();
                    for (Arg o : ol.args()) {
                        if (keys.add(o.key())) {
                            merged.add(o);
                        }
                    }
                    for (Arg o : nl.args()) {
                        if (keys.add(o.key())) {
                            merged.add(o);
                        }
                    }
                    // a party told once by its country and once by its person ("the Kenyan-Ugandan talks"):
                    // the person stands for it
                    List<Arg> persons = new ArrayList<>(merged);
                    persons.removeIf(c -> merged.stream().anyMatch(x -> countryOf(c, x)));
                    roles.put(e.getKey(), new RoleValue.Parties(persons.size() >= 2 ? persons : merged));
                } else if (old instanceof Arg oa && e.getValue() instanceof Arg na && oa.entity() == null && na.entity() != null) {
                    roles.put(e.getKey(), na); // prefer a linked argument
                } else if (e.getKey().equals(spec.dateRole()) && narrows(old, e.getValue())) {
                    roles.put(e.getKey(), e.getValue()); // "next week" told again as "from Monday": the day
                } else if (e.getKey().equals(spec.dateRole()) && spec.datedByStart() && earlierDay(e.getValue(), old)) {
                    roles.put(e.getKey(), e.getValue());
                }
            }
            if (tense == null || (m.tense() == Tense.PAST && m.triggerText().matches("(?i).*(ed|met|held|paid)$"))) {
                tense = m.tense() != null ? m.tense() : tense;
            }
        }
    }

    public List<Event> assemble(String text, List<EventMention> mentions) {
        return assemble(text, mentions, ExplainTrace.OFF);
    }

    /** As {@link #assemble(String, List)}, reporting merges and the events' explanations to {@code trace}. */
    public List<Event> assemble(String text, List<EventMention> mentions, ExplainTrace trace) {
        List<Group> groups = new ArrayList<>();
        List<EventMention> partial = new ArrayList<>();
        for (EventMention m : mentions) {
            if (!complete(m)) {
                partial.add(m); // "X was welcomed by Y": only completes a visit stated elsewhere
                continue;
            }
            Group target = null;
            for (Group g : groups) {
                if (g.type.equals(m.rule().eventType()) && sameEvent(g, m)) {
                    target = g;
                    break;
                }
            }
            if (target == null && anaphoricRole(m.roles()) != null) {
                for (int i = groups.size() - 1; i >= 0; i--) {
                    if (groups.get(i).type.equals(m.rule().eventType())) {
                        target = groups.get(i);
                        break;
                    }
                }
            }
            if (target == null) {
                groups.add(new Group(m, text));
            } else {
                trace.joined(m, target.mentions.get(0));
                target.add(m);
            }
        }
        for (EventMention m : partial) {
            Group target = completedBy(groups, m);
            if (target != null) {
                Tense stated = target.tense;
                trace.joined(m, target.mentions.get(0));
                target.add(m);
                target.tense = stated; // the visit's own statements say when it happens
            } else {
                trace.unmatched(m);
            }
        }
        anaphoricIntoNext(groups, trace);
        regionTours(groups, trace);
        meetingPlacesFromVisits(groups);
        EarlierDates.fill(groups.stream().map(g -> new EarlierDates.Slot(g.spec, g.roles,
                g.mentions.stream().mapToInt(EventMention::sentence).min().orElse(0), tenseOf(g))).toList());
        List<Event> out = new ArrayList<>();
        Map<String, Integer> counters = new LinkedHashMap<>();
        for (Group g : groups) {
            String prefix = g.spec.idPrefix();
            int n = counters.merge(prefix, 1, Integer::sum);
            trace.built(g.mentions.get(0), prefix + n);
            Event e = build(text, g, prefix + n, trace);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * A statement placed in a world region by a party the report also sends to a country states the
     * tour those journeys make up ({@link EventType.RegionTour}): it joins the first such journey.
     */
    private void regionTours(List<Group> groups, ExplainTrace trace) {
        for (java.util.Iterator<Group> it = groups.iterator(); it.hasNext(); ) {
            Group g = it.next();
            EventType.RegionTour tour = g.spec.regionTour();
            if (tour == null || !worldRegion(g.roles.get(tour.place()))) {
                continue;
            }
            Group stop = groups.stream().filter(o -> o != g && o.type.equals(g.type) && countryKnown(o.roles.get(tour.place()))
                    && sameParty(o.roles.get(tour.party()), g.roles.get(tour.party()))).findFirst().orElse(null);
            if (stop != null) {
                g.mentions.forEach(m -> trace.joined(m, stop.mentions.get(0)));
                it.remove();
            }
        }
    }

    /** A place of the gazetteer's world regions ("the Caribbean", "Southeast Asia"): of no country. */
    private static boolean worldRegion(RoleValue v) {
        return v instanceof Arg a && a.mention() != null && "region".equals(a.mention().attribute("gaz"))
                && (a.entity() == null || a.entity().code() == null);
    }

    private static boolean countryKnown(RoleValue v) {
        return v instanceof Arg a && a.entity() != null && a.entity().code() != null;
    }

    /** True when the firing fills every role the event type requires (a rule may require fewer). */
    private boolean complete(EventMention m) {
        for (String req : types.get(m.rule().eventType()).required()) {
            if (!m.roles().containsKey(req)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The event a partial firing adds to: of its type, agreeing on every required role the
     * firing fills, lacking a role the firing fills, and with no contradicting tense; when the
     * firing names none of the required roles ("the visit is made at the invitation of Y"),
     * the latest such event stated before it.
     */
    private Group completedBy(List<Group> groups, EventMention m) {
        Group best = null;
        for (Group g : groups) {
            if (!g.type.equals(m.rule().eventType()) || conflictingDates(g.spec, g.roles, m.roles())
                    || g.tense != null && m.tense() != null && g.tense != m.tense()
                    && (g.tense == Tense.PLANNED || m.tense() == Tense.PLANNED)) {
                continue;
            }
            boolean agrees = true;
            boolean named = false;
            for (String req : g.spec.required()) {
                RoleValue v = m.roles().get(req);
                if (v != null) {
                    named = true;
                    agrees &= g.spec.placeRole(req) ? samePlace(g.roles.get(req), v) : sameParty(g.roles.get(req), v);
                }
            }
            boolean adds = m.roles().keySet().stream().anyMatch(r -> !r.equals(EarlierDates.BORROWED) && !r.equals(EarlierDates.UNDER_WAY_AT)
                    && (!g.roles.containsKey(r) || g.datelineOnly(r, m.roles().get(r))));
            boolean before = g.mentions.get(0).triggerStart() < m.triggerStart();
            if (agrees && adds && (named || before)) {
                if (named) {
                    return g;
                }
                best = g; // the latest one stated before
            }
        }
        return best;
    }

    /**
     * A gift told first as "handed over the vaccine donation" (no earlier record to refer to)
     * is the one the text goes on to state: merged into the next record of its type.
     */
    private void anaphoricIntoNext(List<Group> groups, ExplainTrace trace) {
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            String anaphoric = anaphoricRole(g.roles);
            if (anaphoric == null || g.roles.values().stream().anyMatch(v -> v instanceof RoleValue.Count || v instanceof RoleValue.Money)) {
                continue; // a gift counted or priced is one of its own
            }
            for (int j = i + 1; j < groups.size(); j++) {
                Group next = groups.get(j);
                if (next.type.equals(g.type)) {
                    g.roles.remove(anaphoric);
                    for (EventMention m : next.mentions) {
                        trace.joined(m, g.mentions.get(0));
                        g.add(m);
                    }
                    groups.remove(j);
                    break;
                }
            }
        }
    }

    /** The role holding a thing told as already reported ("the vehicles"), or null. */
    private static String anaphoricRole(Map<String, RoleValue> roles) {
        for (Map.Entry<String, RoleValue> e : roles.entrySet()) {
            if (e.getValue() instanceof RoleValue.Text t && t.text().startsWith(EventMatcher.ANAPHORIC)) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * An event that states no place took place where its participant was travelling, when its
     * type says so ({@code placeFrom}): "During the visit, he met with ..." is a meeting at the
     * visit's destination.
     */
    private void meetingPlacesFromVisits(List<Group> groups) {
        for (Group m : groups) {
            EventType.PlaceFrom from = m.spec.placeFrom();
            if (from == null || m.roles.containsKey(from.role()) || !(m.roles.get(from.parties()) instanceof RoleValue.Parties ps)) {
                continue;
            }
            for (Group v : groups) {
                if (!v.type.equals(from.event()) || !(v.roles.get(from.party()) instanceof Arg visitor)
                        || !(v.roles.get(from.place()) instanceof Arg dest)) {
                    continue;
                }
                boolean sameTime = v.tense == null || m.tense == null || v.tense == m.tense;
                if (sameTime && ps.args().stream().anyMatch(a -> a.key().equals(visitor.key()))) {
                    m.roles.put(from.role(), dest);
                    break;
                }
            }
        }
    }

    // ---- identity ----------------------------------------------------------------------

    private boolean sameEvent(Group g, EventMention m) {
        Map<String, RoleValue> a = g.roles;
        Map<String, RoleValue> b = m.roles();
        if (conflictingDates(g.spec, a, b)) {
            return false;
        }
        for (EventType.Split split : g.spec.splitWhenDiffer()) {
            RoleValue x = a.get(split.role());
            RoleValue y = b.get(split.role());
            if ((otherAmount(x, y) || otherValue(x, y)) && (!split.inSentence() || sameSentence(g, m))) {
                return false;
            }
        }
        if (sameSentence(g, m) && compatible(g, m)) {
            return true; // two triggers of one statement ("set the goal ... to increase", "hold talks")
        }
        if (g.tense != null && m.tense() != null && g.tense != m.tense() && g.spec.splitPlannedFromDone()
                && (g.tense == Tense.PLANNED || m.tense() == Tense.PLANNED)) {
            return false;
        }
        if (g.spec.sameEventWhen().isEmpty()) {
            return a.equals(b);
        }
        for (Map<String, String> alternative : g.spec.sameEventWhen()) {
            boolean all = true;
            for (Map.Entry<String, String> c : alternative.entrySet()) {
                all &= same(c.getValue(), a.get(c.getKey()), b.get(c.getKey()));
                if (all && c.getValue().equals("partyOrEnvoy")) {
                    all = envoyOfOne(g, c.getKey(), b.get(c.getKey()));
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The named comparison of {@link EventType#COMPARISONS} (the event type files choose which role uses which). */
    private boolean same(String comparison, RoleValue x, RoleValue y) {
        return switch (comparison) {
            case "party" -> sameParty(x, y);
            case "place" -> samePlace(x, y);
            case "set" -> sameSet(x, y);
            case "amount" -> sameAmount(x, y);
            case "text" -> sameItem(x, y);
            case "equal" -> Objects.equals(x, y);
            case "stated" -> x != null && Objects.equals(x, y);
            case "restated" -> definite(x) || definite(y);
            case "partyOrEnvoy" -> !twoBodies(x, y);
            // the type loader accepts only EventType.COMPARISONS; a name it accepts must be handled here
            default -> throw new IllegalStateException("comparison '" + comparison + "' is accepted by the type loader but not implemented");
        };
    }

    /**
     * Two givers that are both bodies or countries and not one ("the Trade Office also contributed
     * masks" after the agency's donation to the same school): two gifts. A person may be the
     * envoy handing over a body's gift, so a person and a body can still be one donation.
     */
    private boolean twoBodies(RoleValue x, RoleValue y) {
        return x instanceof Arg a && y instanceof Arg b && !a.type().equals("PERSON") && !b.type().equals("PERSON") && !sameParty(a, b);
    }

    /**
     * An envoy hands over one body's gift: once a body's firing has joined the envoy's event,
     * another body listed as a giver ("the donors were A, B and C") makes a gift of its own.
     */
    private boolean envoyOfOne(Group g, String role, RoleValue y) {
        for (EventMention x : g.mentions) {
            if (twoBodies(x.roles().get(role), y)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameSentence(Group g, EventMention m) {
        for (EventMention x : g.mentions) {
            if (x.sentence() == m.sentence()) {
                return true;
            }
        }
        return false;
    }

    /** No role that both firings fill identifies a different participant or amount. */
    private boolean compatible(Group g, EventMention m) {
        for (String role : g.spec.required()) {
            RoleValue a = g.roles.get(role);
            RoleValue b = m.roles().get(role);
            if (a == null || b == null) {
                continue;
            }
            boolean same = a instanceof Arg ? (g.spec.placeRole(role) ? samePlace(a, b) || oneTour(g, m, a, b) : sameArg(a, b))
                    : a instanceof RoleValue.Money ? sameAmount(a, b) : nested(a, b);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /**
     * Regions listed by one trigger ("his stops in A, B and C") are one visit unless they are
     * known to lie in different countries: a tour gives one visit per country (named venues
     * stay separate stops).
     */
    private static boolean oneTour(Group g, EventMention m, RoleValue a, RoleValue b) {
        return g.mentions.stream().anyMatch(x -> x.triggerStart() == m.triggerStart() && x.rule() == m.rule())
                && region(a) && region(b) && (countryUnknown(a) || countryUnknown(b));
    }

    private static boolean region(RoleValue o) {
        return o instanceof Arg a && a.type().equals("LOCATION") && a.mention() != null && a.mention().type() == EntityType.LOCATION
                && a.mention().kind() == dev.eventex.entity.MentionKind.NAME;
    }

    private static boolean countryUnknown(RoleValue o) {
        return o instanceof Arg a && (a.entity() == null || a.entity().code() == null);
    }

    /** One list of parties contains the other (two triggers of one statement may see more or fewer of them). */
    private static boolean nested(RoleValue x, RoleValue y) {
        if (!(x instanceof RoleValue.Parties a) || !(y instanceof RoleValue.Parties b)) {
            return false;
        }
        Set<String> ka = keys(a.args());
        Set<String> kb = keys(b.args());
        return ka.containsAll(kb) || kb.containsAll(ka);
    }

    /** Identity keys of a list of arguments. */
    private static Set<String> keys(List<Arg> args) {
        Set<String> out = new HashSet<>();
        args.forEach(o -> out.add(o.key()));
        return out;
    }

    /**
     * The dates of the type's date role cannot be one event; a statement of an event under way
     * counts as dated on the document's day ("is on a visit" and "visited in 2020" are two visits).
     */
    private static boolean conflictingDates(EventType type, Map<String, RoleValue> a, Map<String, RoleValue> b) {
        String role = type.dateRole();
        if (role == null) {
            return false;
        }
        return conflictingDates(a.get(role), b.get(role))
                || a.get(role) == null && conflictingDates(a.get(EarlierDates.UNDER_WAY_AT), b.get(role))
                || b.get(role) == null && conflictingDates(a.get(role), b.get(EarlierDates.UNDER_WAY_AT));
    }

    /**
     * A date that lies inside another and says more: a day of a stated week, month or year, a
     * month of a stated year ("is next week to visit", then "from Monday to Thursday").
     */
    static boolean narrows(RoleValue wide, RoleValue narrow) {
        if (!(wide instanceof RoleValue.Date w && narrow instanceof RoleValue.Date n) || w.date().value() == null || n.date().value() == null) {
            return false;
        }
        String a = w.date().value();
        String b = n.date().value();
        if (!b.matches("\\d{4}(-\\d{2}){1,2}") || b.length() <= a.length() && !a.contains("W")) {
            return false;
        }
        if (a.matches("\\d{4}-W\\d{2}") && b.length() == 10) {
            java.time.LocalDate day = java.time.LocalDate.parse(b);
            return a.equals(String.format("%d-W%02d", day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                    day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
        return a.matches("\\d{4}(-\\d{2})?") && b.startsWith(a + "-");
    }

    /** Both are days and {@code x} comes before {@code y}, within the week a multi-day visit may span. */
    private static boolean earlierDay(RoleValue x, RoleValue y) {
        if (x instanceof RoleValue.Date a && y instanceof RoleValue.Date b && a.date().value() != null && b.date().value() != null) {
            String p = a.date().value();
            String q = b.date().value();
            return p.matches("\\d{4}-\\d{2}-\\d{2}") && q.matches("\\d{4}-\\d{2}-\\d{2}") && p.compareTo(q) < 0
                    && java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(p), java.time.LocalDate.parse(q)) <= 7;
        }
        return false;
    }

    /** Dates that cannot be one event: different months or years, or days more than a week apart (multi-day visits). */
    private static boolean conflictingDates(RoleValue x, RoleValue y) {
        if (x instanceof RoleValue.Date a && y instanceof RoleValue.Date b && a.date().value() != null && b.date().value() != null) {
            String p = a.date().value();
            String q = b.date().value();
            if (p.startsWith(q) || q.startsWith(p) || narrows(x, y) || narrows(y, x)) {
                return false;
            }
            if (p.matches("\\d{4}-\\d{2}-\\d{2}") && q.matches("\\d{4}-\\d{2}-\\d{2}")) {
                long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(p), java.time.LocalDate.parse(q)));
                return days > 7;
            }
            return true;
        }
        return false;
    }

    /** "Tablets" in a headline and "tablets" in the text. */
    private static boolean sameItem(RoleValue x, RoleValue y) {
        return x instanceof RoleValue.Text a && y instanceof RoleValue.Text b ? a.text().equalsIgnoreCase(b.text()) : Objects.equals(x, y);
    }

    /** "the beneficiaries", "the institution": a receiver told again by a common noun, not a new one. */
    private static boolean definite(RoleValue x) {
        if (!(x instanceof Arg a) || a.entity() != null || a.mention() != null) {
            return false;
        }
        String t = a.text();
        return t.startsWith("the ") && t.substring(4).equals(t.substring(4).toLowerCase(java.util.Locale.ROOT));
    }

    /** Two stated counts that differ ("302,750 doses", "336,000 doses") are two gifts, even of one giver to one receiver. */
    private static boolean otherAmount(RoleValue x, RoleValue y) {
        return x instanceof RoleValue.Count a && y instanceof RoleValue.Count b && a.value().compareTo(b.value()) != 0;
    }

    private static boolean sameArg(RoleValue x, RoleValue y) {
        return x instanceof Arg a && y instanceof Arg b && a.key().equals(b.key());
    }

    /**
     * The same party named differently: the same entity, or the same name once words for a
     * state's apparatus are set aside ("India" and "the Government of India"), while
     * "Ghana" and "Ghana Health Service" stay apart.
     */
    private boolean sameParty(RoleValue x, RoleValue y) {
        if (sameArg(x, y)) {
            return true;
        }
        if (x instanceof Arg a && y instanceof Arg b) {
            Set<String> wa = words(a.name());
            Set<String> wb = words(b.name());
            return !wa.isEmpty() && wa.equals(wb);
        }
        return false;
    }

    private Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2 && !stateWords.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Same place, or a city and its country ("Ulaanbaatar" is in "Mongolia"). */
    private boolean samePlace(RoleValue x, RoleValue y) {
        if (sameArg(x, y)) {
            return true;
        }
        if (x instanceof Arg a && y instanceof Arg b && a.entity() != null && b.entity() != null) {
            // "Kenya" and "Nairobi" are one destination; two venues of one country ("the X Air Base",
            // "the University of Y") are two stops of the visit
            return a.entity().code() != null && a.entity().code().equals(b.entity().code()) && (gazetteerPlace(a) || gazetteerPlace(b));
        }
        return false;
    }

    /** A country, city or region the gazetteer knows (or a phrase standing for one), not a venue inside it. */
    private static boolean gazetteerPlace(Arg a) {
        return a.mention() != null && a.mention().type() == EntityType.LOCATION && a.mention().attribute("gaz") != null;
    }

    private static boolean sameSet(RoleValue x, RoleValue y) {
        if (!(x instanceof RoleValue.Parties pa) || !(y instanceof RoleValue.Parties pb)) {
            return false;
        }
        List<Arg> a = pa.args();
        List<Arg> b = pb.args();
        if (keys(a).equals(keys(b))) {
            return true;
        }
        // "X meets new Maldivian counterpart" (a headline) and "X met President Y of the Maldives": the
        // counterpart named only by country is the person of that country in the other statement
        Set<String> kb = keys(b);
        List<Arg> onlyA = new ArrayList<>();
        for (Arg o : a) {
            if (!kb.remove(o.key())) {
                onlyA.add(o);
            }
        }
        // "the Kenyan-Ugandan talks" and "President X of Kenya met President Y of Uganda": every party named
        // only by its country pairs with a person of that country
        if (onlyA.isEmpty() || onlyA.size() != kb.size() || a.size() != b.size()) {
            return false;
        }
        List<Arg> onlyB = new ArrayList<>();
        for (Arg o : b) {
            if (kb.contains(o.key())) {
                onlyB.add(o);
            }
        }
        for (Arg p : onlyA) {
            Arg q = onlyB.stream().filter(o -> countryOf(p, o) || countryOf(o, p)).findFirst().orElse(null);
            if (q == null) {
                return false;
            }
            onlyB.remove(q);
        }
        return true;
    }

    /** A country argument (or a group of that country: "the presidents of A") and a person of that country. */
    private static boolean countryOf(Arg place, Arg person) {
        String code = place.entity() != null && place.entity().type() == dev.eventex.api.EntityType.LOCATION ? place.entity().code()
                : groupCountry(place);
        return code != null && person.entity() != null && person.entity().type() == dev.eventex.api.EntityType.PERSON
                && code.equals(person.entity().attributes().get("country"));
    }

    private static String groupCountry(Arg a) {
        return a.mention() != null && a.mention().kind() == dev.eventex.entity.MentionKind.GROUP ? a.mention().attribute("country") : null;
    }

    /**
     * Two sums of one currency that differ in one sentence ("$900,000 to the government and
     * $400,000 to the Red Cross"): two gifts. Across sentences a text may restate a sum
     * differently (rounded, converted), so there the other roles decide.
     */
    private static boolean otherValue(RoleValue x, RoleValue y) {
        if (!(x instanceof RoleValue.Money mx) || !(y instanceof RoleValue.Money my)) {
            return false;
        }
        Amount a = mx.amount();
        Amount b = my.amount();
        return a.value() != null && b.value() != null && a.currency() != null
                && a.currency().equals(b.currency()) && a.value().compareTo(b.value()) != 0;
    }

    private static boolean sameAmount(RoleValue x, RoleValue y) {
        if (!(x instanceof RoleValue.Money mx) || !(y instanceof RoleValue.Money my)) {
            return false;
        }
        Amount a = mx.amount();
        Amount b = my.amount();
        return a.value() != null && b.value() != null
                && a.value().compareTo(b.value()) == 0 && Objects.equals(a.currency(), b.currency());
    }

    // ---- building ----------------------------------------------------------------------

    private Event build(String text, Group g, String id, ExplainTrace trace) {
        List<Evidence> evidence = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        double conf = 0;
        List<Explanation.Firing> firings = new ArrayList<>();
        Set<String> fired = new HashSet<>();
        for (EventMention m : g.mentions) {
            if (seen.add(m.sentenceStart())) {
                evidence.add(new Evidence(text.substring(m.sentenceStart(), m.sentenceEnd()), m.sentenceStart(), m.sentenceEnd()));
            }
            conf = Math.max(conf, m.rule().confidence());
            if (fired.add(m.rule().id() + "@" + m.triggerStart())) {
                firings.add(new Explanation.Firing(m.rule().id(), m.triggerText(), m.triggerStart(), m.triggerEnd()));
            }
        }
        evidence.sort(java.util.Comparator.comparingInt(Evidence::start));
        Map<String, RoleValue> r = g.roles;
        String anaphoric = anaphoricRole(r);
        if (anaphoric != null) {
            r.put(anaphoric, new RoleValue.Text(((RoleValue.Text) r.get(anaphoric)).text().substring(EventMatcher.ANAPHORIC.length())));
        }
        EventType.Principal principal = g.spec.principal();
        if (principal != null && r.get(principal.from()) instanceof Arg behalf && r.get(principal.role()) instanceof Arg donor
                && !behalf.type().equals("PERSON") && donor.type().equals("PERSON")) {
            // "on behalf of the Government of Japan, the ambassador handed over": Japan gives, the envoy delivers
            r.put(principal.role(), behalf);
        }
        List<String> unlinked = explain ? new ArrayList<>() : null;
        for (String req : g.spec.required()) {
            RoleValue v = r.get(req);
            if (v instanceof Arg a && a.entity() == null || v instanceof RoleValue.Parties l && l.args().stream().anyMatch(o -> o.entity() == null)) {
                conf *= UNLINKED_FACTOR;
                if (unlinked != null) {
                    unlinked.add(req);
                }
            }
        }
        conf = Math.min(CONFIDENCE_CAP, conf + SENTENCE_BONUS * (evidence.size() - 1));
        conf = Math.round(conf * 100) / 100.0;
        Explanation ex = explain ? explanation(trace, g, firings, unlinked, evidence.size(), conf) : null;
        Tense tense = tenseOf(g);
        return EventRecords.create(g.type, id, evidence, conf, tense, ex, customRoles(r));
    }

    private static Tense tenseOf(Group g) {
        // a target is about the future whatever the verb that reports it; a visit news does not mark
        // as planned ("his visit to X", "fresh from his trip") has been made: the type files say so
        return g.spec.tense() != null ? g.spec.tense() : g.tense != null ? g.tense : g.spec.defaultTense();
    }

    /** The explanation of a built event: the roles as the event shows them, with their sources. */
    private static Explanation explanation(ExplainTrace trace, Group g, List<Explanation.Firing> firings, List<String> unlinked,
                                           int sentences, double conf) {
        Map<String, RoleSpec.ValueKind> kinds = g.spec.declared() ? g.spec.roles() : null;
        List<String> order = null;
        if (kinds != null) {
            order = new ArrayList<>();
            for (Map.Entry<String, RoleSpec.ValueKind> k : kinds.entrySet()) {
                if (ExplainTrace.shown(k.getValue(), g.roles.get(k.getKey()))) {
                    order.add(k.getKey());
                }
            }
        }
        return trace.explain(g.mentions, g.roles, order, firings, unlinked, sentences, UNLINKED_FACTOR, SENTENCE_BONUS,
                CONFIDENCE_CAP, conf);
    }

    /** The roles as the public records take them: each value's {@link RoleValue#toApi()}. */
    private static Map<String, Object> customRoles(Map<String, RoleValue> r) {
        Map<String, Object> out = new LinkedHashMap<>();
        r.forEach((k, v) -> out.put(k, v.toApi()));
        return out;
    }

    /** The public argument of a role filler. */
    static Argument argument(Arg a) {
        String type = a.type().equals("GROUP") || a.type().equals("PAIR") ? (a.type().equals("PAIR") ? "PERSON" : "ORGANIZATION") : a.type();
        if (a.entity() != null) {
            type = a.entity().type().name();
        }
        return new Argument(a.text(), a.name(), a.entity() == null ? null : a.entity().id(),
                dev.eventex.api.EntityType.valueOf(type));
    }

    /** The public arguments of role fillers, in order. */
    static List<Argument> arguments(List<Arg> args) {
        List<Argument> out = new ArrayList<>();
        for (Arg x : args) {
            out.add(argument(x));
        }
        return out;
    }

}
