package dev.eventex.event;

import static dev.eventex.internal.Lexicons.PEOPLE_PAIR_NOUNS;

import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.event.RoleSpec.ValueKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finders of parties beyond the trigger's clause: a pair phrase ("the two sides", "the two ministers")
 * and whom it stands for, the other country of the document's focus, and a role of an earlier event of the same type.
 * Registered by name in {@link RoleFinders}.
 */
final class FocusFinders {

    private FocusFinders() {
    }

    /**
     * "the two sides", "both countries": the two parties in focus; "the two Presidents" as written.
     * A finder with words takes only a pair phrase attached to the trigger by one of them ("talks
     * between both leaders"): a pair named elsewhere in the sentence may be no party of this trigger.
     */
    static List<Arg> pair(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        String text = match.text();
        DocumentFocus focus = match.focus();
        int tStart = match.tStart();
        int tEnd = match.tEnd();
        Set<String> types = match.types(spec, f);
        if (EventGates.apartNear(ctx, tStart, tEnd)) {
            return List.of(); // "the two men held separate talks": each with others, not with each other
        }
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
    static boolean pairAttached(SentenceContext ctx, Finder f, EntityMention m, int tStart, int tEnd) {
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
    static List<Arg> holderAndOtherCountry(List<Arg> one, DocumentFocus focus) {
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
    static boolean officeBefore(SentenceContext ctx, int i) {
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
    static List<Arg> lastTwoTitledPersons(SentenceContext ctx, String text, EntityMention before) {
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

    /**
     * Of the two countries the document is about, the one the roles found so far neither name
     * nor belong to: "India gifted ten ambulances" in a report on India and Zimbabwe gave them to
     * Zimbabwe. Nothing when the roles found are tied to neither country, or to both. Not asked in
     * a document's first sentence: a headline's gift is told again below with its recipient, nor
     * when the sentence sends something "to" someone else ("laptops donated by X were handed over
     * to the Ministry of Education"): another trigger there names the recipient.
     */
    static List<Arg> focusOther(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        DocumentFocus focus = match.focus();
        Map<String, RoleValue> filled = match.filled();
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
        for (RoleValue v : filled.values()) {
            for (Arg a : v.elements().stream().filter(Arg.class::isInstance).map(Arg.class::cast).toList()) {
                if (a.entity() != null) {
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
        if (others.size() != 1 || namesThirdCountry(ctx, pair, codes)) {
            return List.of();
        }
        return others;
    }

    /**
     * The sentence names a country outside the document's pair and not the one the filled roles come from:
     * "A also granted B the status during a visit by B's president" is a visit to A, whatever pair the
     * document is about, so the pair's other country is no guess to make.
     */
    private static boolean namesThirdCountry(SentenceContext ctx, List<Arg> pair, Set<String> codes) {
        for (EntityMention m : ctx.mentions) {
            if (m.type() != EntityType.LOCATION || m.kind() == MentionKind.PRONOUN) {
                continue;
            }
            Entity e = ctx.resolved.entityOf(m);
            if (e == null || e.code() == null || e.attributes().containsKey("country") || codes.contains(e.code())) {
                continue; // a city or region, or the visitor's own country
            }
            if (pair.stream().noneMatch(a -> e.equals(a.entity()))) {
                return true;
            }
        }
        return false;
    }

    /** The same role of the latest earlier event of the same type ("At the same ceremony, ... were handed over"). */
    static RoleValue previousEventRole(MatchContext match, RoleSpec spec, Finder f) {
        EventRule rule = match.rule();
        List<EventMention> found = match.found();
        Map<String, RoleValue> filled = match.filled();
        RoleValue fallback = null;
        for (int i = found.size() - 1; i >= 0; i--) {
            EventMention m = found.get(i);
            if (m.rule().eventType().equals(rule.eventType()) && m.roles().containsKey(spec.role()) && !otherParty(filled, m.roles())) {
                RoleValue v = m.roles().get(spec.role());
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
    static boolean otherParty(Map<String, RoleValue> filled, Map<String, RoleValue> earlier) {
        for (Map.Entry<String, RoleValue> e : filled.entrySet()) {
            if (e.getValue() instanceof Arg a && earlier.get(e.getKey()) instanceof Arg b && !a.type().equals("PERSON")
                    && b.type().equals("PERSON") && !a.key().equals(b.key()) && personsOnly(earlier)) {
                return true;
            }
        }
        return false;
    }

    static boolean personsOnly(Map<String, RoleValue> roles) {
        for (RoleValue v : roles.values()) {
            if (v instanceof Arg a && !a.type().equals("PERSON")) {
                return false;
            }
        }
        return true;
    }
}
