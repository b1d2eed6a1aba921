package dev.eventex.event;

import static dev.eventex.event.EventGates.titledOrCollective;
import static dev.eventex.event.ValueFinders.fromSpan;

import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.event.RoleSpec.ValueKind;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Role filling: runs a rule's finders for each of its roles, dispatching each finder by name through
 * {@link RoleFinders}, and fits what they find to the role's value kind (one party, a list, a text).
 */
final class RoleFiller {

    private static final Set<String> DEFAULT_ACTORS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "GROUP");

    private RoleFiller() {
    }

    /**
     * Fills the rule's roles into {@code m.filled()}: a role's pattern capture first, then its finders in
     * order (a {@code combine} finder adds to the value found, any other one is a fallback).
     */
    static void fill(MatchContext m, Map<String, int[]> captures, ExplainTrace trace) {
        Map<String, RoleValue> roles = m.filled();
        for (RoleSpec spec : m.rule().roles().values()) {
            RoleValue v = null;
            int[] cap = captures.get(spec.role());
            if (cap != null) {
                v = trace.found(spec.role(), "pattern", fromSpan(m.doc(), m.ctx(), spec, cap[0], cap[1]));
            }
            for (Finder f : spec.finders()) {
                if (f.combine()) {
                    RoleValue more = trace.found(spec.role(), f.method(), find(m, spec, f));
                    v = combine(m.ctx(), v, more);
                    continue;
                }
                if (v != null) {
                    continue;
                }
                v = trace.found(spec.role(), f.method(), find(m, spec, f));
            }
            if (v != null && !(v instanceof RoleValue.Parties l && l.args().isEmpty()) && !(v instanceof RoleValue.Texts t && t.texts().isEmpty())) {
                roles.put(spec.role(), v);
            }
        }
    }

    /**
     * One finder's value for the role: the finder registered under its name in {@link RoleFinders}. Of
     * several persons listed for a one-party role, a spouse beside the principal is left out.
     */
    static RoleValue find(MatchContext m, RoleSpec spec, Finder f) {
        RoleValue v = findAny(m, spec, f);
        if (v instanceof Listed l && l.values().stream().allMatch(x -> x instanceof Arg)) {
            return Listed.of(Travellers.withoutSpouses(m.ctx(), l.parties()));
        }
        return v;
    }

    private static RoleValue findAny(MatchContext m, RoleSpec spec, Finder f) {
        if (f.titled() && !mentionsVisit(m.ctx())) {
            // travel verbs alone ("she helped them travel to X") only count for office holders and delegations
            Finder plain = new Finder(f.method(), f.types(), f.words(), f.maxDistance(), f.list(), f.combine(), false);
            RoleValue v = findAny(m, spec, plain);
            if (v instanceof Arg a) {
                return titled(m.ctx(), a) ? a : null;
            }
            if (v instanceof RoleValue.Parties l) {
                List<Arg> kept = new ArrayList<>();
                for (Arg a : l.args()) {
                    if (titled(m.ctx(), a)) {
                        kept.add(a);
                    }
                }
                return kept.isEmpty() ? null : new RoleValue.Parties(kept);
            }
            if (v instanceof RoleValue.Texts) {
                return null; // a list of texts holds no office holder
            }
            return v;
        }
        RoleFinder finder = RoleFinders.ALL.get(f.method());
        if (finder == null) {
            // the rule loader accepts only the registry's names; a Finder built in code may still name none
            throw new IllegalStateException("finder '" + f.method() + "' is not registered in RoleFinders");
        }
        return finder.find(m, spec, f);
    }

    /**
     * An office holder or a body: a title or country on the entity, or, for a name of this sentence, a
     * description set off before it ("the chairman of Elbonia's governing party, Ida Morrow").
     */
    private static boolean titled(SentenceContext ctx, Arg a) {
        return titledOrCollective(a) || a.mention() != null && a.mention().sentence() == ctx.sentence.index()
                && TitledNames.describedBefore(ctx, a.mention());
    }

    /** The entity types a finder accepts: its own, or the role's defaults. */
    static Set<String> types(RoleSpec spec, Finder f) {
        return f.types().isEmpty() ? defaultTypes(spec.value()) : f.types();
    }

    static RoleValue combine(SentenceContext ctx, RoleValue a, RoleValue b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a instanceof RoleValue.Parties la && b instanceof RoleValue.Parties lb) {
            List<Arg> all = new ArrayList<>(la.args());
            for (Arg x : lb.args()) {
                all.add(notTheSame(ctx, la.args(), x));
            }
            return new RoleValue.Parties(dedupe(all));
        }
        return a;
    }

    /**
     * A description that coreference linked to a party named before it, as someone else: "X met (with)
     * the former Elbonian leader" names someone X meets, who is not X. The description stands for the one
     * other person of the document with its country ("his Elbonian counterpart" after "Elbonian President
     * Y" was named), else for itself.
     */
    private static Arg notTheSame(SentenceContext ctx, List<Arg> found, Arg x) {
        if (x.entity() == null || x.mention() == null || x.mention().kind() != dev.eventex.entity.MentionKind.NOMINAL
                || x.mention().attribute("country") == null) {
            return x; // a description without its country ("his counterpart") may well be the named party's other mention
        }
        for (Arg o : found) {
            if (o.entity() == x.entity() && o.mention() != null && o.mention().kind() == dev.eventex.entity.MentionKind.NAME) {
                return new Arg(x.text(), x.start(), x.end(), x.mention(), sameCountryPerson(ctx, x), x.type());
            }
        }
        return x;
    }

    /** The one person of the document, other than the one {@code x} was linked to, with {@code x}'s country; else null. */
    private static dev.eventex.api.Entity sameCountryPerson(SentenceContext ctx, Arg x) {
        String country = x.mention().attribute("country");
        if (country == null) {
            return null;
        }
        dev.eventex.api.Entity one = null;
        for (dev.eventex.api.Entity e : ctx.resolved.entities()) {
            if (e != x.entity() && e.type() == dev.eventex.api.EntityType.PERSON && country.equals(e.attributes().get("country"))
                    && !e.attributes().containsKey("nominal")) {
                if (one != null) {
                    return null; // two such persons: the description does not say which
                }
                one = e;
            }
        }
        return one;
    }

    static boolean mentionsVisit(SentenceContext ctx) {
        for (Token t : ctx.sentence.tokens()) {
            String l = t.lemma();
            if ((l.equals("visit") && !t.pos().equals("VERB")) || l.equals("trip") || l.equals("tour") || l.equals("delegation") || l.equals("mission")) {
                return true;
            }
        }
        return false;
    }

    static List<Arg> orElse(List<Arg> first, java.util.function.Supplier<List<Arg>> fallback) {
        return first != null && !first.isEmpty() ? first : fallback.get();
    }

    static Set<String> defaultTypes(ValueKind k) {
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
    /** "A, B and others", "A, B, among others": a list left open after its last member, with no "and" inside it. */
    static boolean endsOpenList(String text, Arg last) {
        String rest = text.substring(last.end(), Math.min(text.length(), last.end() + 20));
        return rest.matches("(?s)\\s*,?\\s*(?:and|or)\\s+others?\\b.*|(?s)\\s*,?\\s*among\\s+others\\b.*");
    }

    static List<Arg> coordinated(RoleSpec spec, Finder f, String text, List<Arg> args) {
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

    /** Fits a found list to the role's value kind. */
    static RoleValue wrap(RoleSpec spec, Finder f, List<Arg> args) {
        if (args == null || args.isEmpty()) {
            return null;
        }
        if (spec.value() == ValueKind.ARGUMENTS) {
            return new RoleValue.Parties(dedupe(args));
        }
        if (spec.value() == ValueKind.ARGUMENT) {
            return f.list() ? Listed.of(dedupe(args)) : args.get(0);
        }
        if (spec.value() == ValueKind.TEXT) {
            return new RoleValue.Text(args.get(0).text());
        }
        return null;
    }

    static List<Arg> dedupe(List<Arg> args) {
        Map<String, Arg> m = new LinkedHashMap<>();
        for (Arg a : args) {
            m.putIfAbsent(a.key(), a);
        }
        return new ArrayList<>(m.values());
    }
}
