package dev.eventex.event;

import static dev.eventex.internal.Lexicons.DETERMINERS;
import static dev.eventex.internal.Lexicons.PEOPLE_PAIR_NOUNS;

import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Office holders named by the office and country only: "the presidents of A and B met", "talks
 * with the A and B foreign ministers". A group of one office per country ("presidents",
 * "foreign ministers", see {@code lexicons/people-pair-nouns.txt}) stands for the one person the
 * document names with that office and country, so that the event is the same as the one
 * stated with their names ("President X of A met President Y of B"). A group that fits no
 * person, or more than one, stays as it is. Two offices joined in one description ("the Emperor
 * and Empress") stand for the two persons named with them.
 */
final class GroupHolders {

    private GroupHolders() {
    }

    /** The arguments with each group of office holders of one country replaced by that person. */
    static List<Arg> resolve(SentenceContext ctx, String text, List<Arg> args) {
        List<Arg> out = new ArrayList<>(args.size());
        String office = null;
        boolean changed = false;
        for (Arg a : args) {
            List<Arg> pair = coordinatedOffices(ctx, text, a);
            if (pair.size() == 2) {
                out.addAll(pair); // "the Emperor and Empress": the two the report named with those offices
                changed = true;
                office = null;
                continue;
            }
            String country = null;
            if (a.mention() != null && a.mention().kind() == MentionKind.GROUP) {
                office = office(ctx, a.mention());
                country = a.mention().attribute("country");
            } else if (office != null && a.type().equals(Coordinations.GROUP_PLACE) && a.entity() != null) {
                country = a.entity().code(); // "the presidents of A and B": B's president
            } else {
                office = null;
            }
            Arg holder = office == null || country == null ? null : holder(ctx, text, office, country, a.start());
            out.add(holder != null ? holder : a);
            changed |= holder != null;
        }
        if (!changed && args.size() == 1 && office != null) {
            List<Arg> pair = officeHolders(ctx, text, office, args.get(0));
            return pair.size() == 2 ? pair : args; // "the prime ministers will meet": the two the report names
        }
        if (!changed) {
            return args;
        }
        Map<String, Arg> distinct = new LinkedHashMap<>();
        for (Arg a : out) {
            distinct.putIfAbsent(a.key(), a);
        }
        return new ArrayList<>(distinct.values());
    }

    /**
     * "the Emperor and Empress", "the King and Queen": a description of two offices joined by "and"
     * with no name after it, which the entity stage read as one office, stands for two persons when
     * the document has named exactly one person with each office before it, and they differ. A
     * double office of one person ("the Prime Minister and Minister of Finance") names the same
     * person twice, or no one, and stays as it is.
     */
    private static List<Arg> coordinatedOffices(SentenceContext ctx, String text, Arg a) {
        EntityMention m = a.mention();
        if (m == null || m.kind() != MentionKind.NOMINAL || m.type() != EntityType.PERSON) {
            return List.of();
        }
        Entity own = a.entity();
        String title = m.attribute("title");
        if (title == null || own != null && !own.attributes().containsKey("nominal")) {
            return List.of();
        }
        String[] offices = title.toLowerCase(Locale.ROOT).split(" and ");
        if (offices.length != 2 || offices[0].isBlank() || offices[1].isBlank()) {
            return List.of();
        }
        Arg first = namedHolder(ctx, text, offices[0].strip(), m.start());
        Arg second = namedHolder(ctx, text, offices[1].strip(), m.start());
        if (first == null || second == null || first.entity().id().equals(second.entity().id())) {
            return List.of();
        }
        return List.of(first, second);
    }

    /** The one named person before {@code at} whose title is {@code office}, as its latest mention; null when none or several. */
    private static Arg namedHolder(SentenceContext ctx, String text, String office, int at) {
        Entity found = null;
        EntityMention last = null;
        for (EntityMention m : ctx.resolved.mentions()) {
            if (m.start() >= at || m.type() != EntityType.PERSON || m.kind() != MentionKind.NAME) {
                continue;
            }
            Entity e = ctx.resolved.entityOf(m);
            if (e == null || e.attributes().containsKey("nominal")
                    || !e.attributes().getOrDefault("title", "").toLowerCase(Locale.ROOT).equals(office)) {
                continue;
            }
            if (found != null && !found.id().equals(e.id())) {
                return null;
            }
            found = e;
            last = m;
        }
        return last == null ? null : new Arg(text.substring(last.start(), last.end()), last.start(), last.end(), last, found, "PERSON");
    }

    /**
     * The office a group names, in the singular: "the deputy foreign ministers of A" gives
     * "deputy foreign minister"; null when its head is no office noun. Country names and
     * demonyms among the modifiers ("the Kenyan and Ugandan presidents") are not part of it.
     */
    private static String office(SentenceContext ctx, EntityMention group) {
        String head = group.attribute("head");
        if (head == null || !ctx.words(PEOPLE_PAIR_NOUNS).contains(head) || !head.endsWith("s")) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = group.tokens().start(); i < group.tokens().end(); i++) {
            String w = ctx.token(i).lower();
            if (w.equals(head)) {
                b.append(head, 0, head.length() - 1);
                return b.toString();
            }
            if (!ctx.token(i).text().chars().allMatch(Character::isLetter)) {
                b.setLength(0); // a number or a sign ends what came before: only the words right before the head qualify it
                continue;
            }
            EntityMention in = ctx.inner[i];
            boolean place = in != null && in != group && in.type() == EntityType.LOCATION
                    || ctx.views.get(i).gazetteer().contains("demonym") || ctx.views.get(i).gazetteer().contains("country");
            if (!place && !ctx.words(DETERMINERS).contains(w) && !w.equals("and")) {
                b.append(w).append(' ');
            }
        }
        return null;
    }

    /**
     * "The prime ministers will meet", "the foreign ministers met": a definite (or bare) group of
     * one office, with no country, that is the only party stands for the persons the document has
     * named with that office before it. Only a group that fits exactly two such persons is
     * resolved; with more (a summit's leaders) it may mean any of them.
     */
    private static List<Arg> officeHolders(SentenceContext ctx, String text, String office, Arg group) {
        EntityMention g = group.mention();
        int first = g.tokens().start();
        String det = ctx.token(first).pos().equals("DET") || ctx.token(first).pos().equals("NUM") ? ctx.token(first).lower()
                : first > 0 && (ctx.token(first - 1).pos().equals("DET") || ctx.token(first - 1).pos().equals("NUM"))
                ? ctx.token(first - 1).lower() : "the";
        int end = g.tokens().end();
        boolean qualified = !ctx.token(end - 1).lower().equals(g.attribute("head"))
                || end < ctx.size() && (ctx.token(end).lower().equals("of") || ctx.token(end).lower().equals("from"));
        if (g.attribute("country") != null || !det.equals("the") || qualified) {
            // "some ministers", "three presidents", "the ministers of the four countries" are not the two named
            return List.of();
        }
        Map<String, Arg> found = new LinkedHashMap<>();
        for (EntityMention m : ctx.resolved.mentions()) {
            if (m.start() >= g.start() || m.type() != EntityType.PERSON || m.kind() != MentionKind.NAME) {
                continue;
            }
            Entity e = ctx.resolved.entityOf(m);
            if (e == null || e.attributes().containsKey("nominal")
                    || !e.attributes().getOrDefault("title", "").toLowerCase(Locale.ROOT).contains(office)) {
                continue;
            }
            found.put(e.id(), new Arg(text.substring(m.start(), m.end()), m.start(), m.end(), m, e, "PERSON"));
        }
        if (found.size() != 2) {
            return List.of();
        }
        List<Arg> out = new ArrayList<>(found.values());
        out.sort(java.util.Comparator.comparingInt(Arg::start));
        return out;
    }

    /**
     * The one person of {@code country} whose title holds {@code office}, as the mention nearest
     * before {@code at} (else the first one after it); null when there is none or more than one.
     */
    private static Arg holder(SentenceContext ctx, String text, String office, String country, int at) {
        Entity found = null;
        EntityMention before = null;
        EntityMention after = null;
        for (EntityMention m : ctx.resolved.mentions()) {
            if (m.type() != EntityType.PERSON || m.kind() != MentionKind.NAME) {
                continue;
            }
            Entity e = ctx.resolved.entityOf(m);
            if (e == null || e.attributes().containsKey("nominal") || !country.equals(e.attributes().get("country"))
                    || !e.attributes().getOrDefault("title", "").toLowerCase(Locale.ROOT).contains(office)) {
                continue;
            }
            if (found != null && !found.id().equals(e.id())) {
                return null; // two such office holders: the group may mean either
            }
            found = e;
            if (m.start() < at) {
                before = m;
            } else if (after == null) {
                after = m;
            }
        }
        EntityMention m = before != null ? before : after;
        return m == null ? null : new Arg(text.substring(m.start(), m.end()), m.start(), m.end(), m, found, "PERSON");
    }
}
