package dev.eventex.event;

import static dev.eventex.event.NounPhrases.isDeterminerPronoun;
import static dev.eventex.event.NounPhrases.skipDescription;
import static dev.eventex.event.NounPhrases.skipParenthesis;
import static dev.eventex.event.PlaceFinders.place;
import static dev.eventex.event.TitledNames.appositive;
import static dev.eventex.event.TitledNames.titledName;
import static dev.eventex.internal.Lexicons.TITLE_JOINERS;

import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Expands an argument to the names coordinated with it ("X and Y", "X, Y and Z"), skipping
 * the countries, descriptions and asides of listed names, and the places coordinated after a
 * place that names a group. Stateless; each method reads one sentence.
 */
final class Coordinations {

    private Coordinations() {
    }

    /** Expands "X and Y", "X, Y and Z" when {@code list} is set. */
    static List<Arg> listFrom(SentenceContext ctx, String text, Arg first, Set<String> types, boolean list) {
        return listFrom(ctx, text, first, types, list, false);
    }

    /**
     * As {@link #listFrom(SentenceContext, String, Arg, Set, boolean)}; with {@code parties} (a role listing
     * an event's parties) the list ends at a place that only modifies what follows it ("with A and B officials").
     */
    static List<Arg> listFrom(SentenceContext ctx, String text, Arg first, Set<String> types, boolean list, boolean parties) {
        if (first == null) {
            return List.of();
        }
        List<Arg> out = new ArrayList<>();
        out.add(first);
        if (!list || first.mention() == null) {
            return out;
        }
        int i = first.mention().tokens().end();
        while (i < ctx.size()) {
            if (out.get(out.size() - 1).mention() != null && out.get(out.size() - 1).mention().kind() == MentionKind.GROUP
                    && i + 1 < ctx.size() && ctx.token(i).lower().equals("of")) {
                int k = ctx.token(i + 1).lower().equals("the") ? i + 2 : i + 1;
                if (k < ctx.size() && ctx.outer[k] != null) {
                    i = ctx.outer[k].tokens().end(); // "members of the business community as well as Y": the group's own complement
                } else {
                    while (k < ctx.size() && ctx.outer[k] == null && (ctx.token(k).pos().equals("ADJ") || ctx.token(k).pos().equals("NOUN"))) {
                        k++; // "members of civil society"
                    }
                    i = k;
                }
            }
            int j = skipDescription(ctx, skipParenthesis(ctx, skipOfPlace(ctx, out.get(out.size() - 1), i)));
            boolean joined = false;
            boolean commaOnly = true;
            while (j < ctx.size() && (ctx.token(j).text().equals(",") || ctx.token(j).text().equals(";") || ctx.token(j).lower().equals("and")
                    || ctx.token(j).lower().equals("as") || ctx.token(j).lower().equals("well"))) {
                joined = true;
                commaOnly &= ctx.token(j).text().equals(",");
                j++;
            }
            // "with X and (with) the Y", "representatives of X and of Y", "to A, B and later to C"
            boolean place = first.mention().type() == EntityType.LOCATION;
            while (j < ctx.size() && (ctx.token(j).lower().equals("the") || ctx.token(j).lower().equals("with")
                    || ctx.token(j).lower().equals("of") || joined && ctx.token(j).pos().equals("ADV") && ctx.outer[j] == null
                    || joined && place && (ctx.token(j).lower().equals("to") || ctx.token(j).lower().equals("in")))) {
                j++;
            }
            if (joined && j < ctx.size() && ctx.outer[j] == null) {
                // "X and Speaker of Parliament Rose Tanui": skip the title before the next name
                int k = j;
                while (k < ctx.size() && k < j + TITLE_SPAN && (ctx.outer[k] == null && (ctx.token(k).isCapitalized()
                        || ctx.words(TITLE_JOINERS).contains(ctx.token(k).lower()))
                        || ctx.outer[k] != null && ctx.outer[k].type() != EntityType.PERSON && afterOf(ctx, k)
                        || skipParenthesis(ctx, k) > k)) {
                    // "Prime Minister of Elbonia Ana Varga", "President of the Senate of Elbonia (Upper House) Ana Varga"
                    k = skipParenthesis(ctx, k) > k ? skipParenthesis(ctx, k) : ctx.outer[k] != null ? ctx.outer[k].tokens().end() : k + 1;
                }
                if (k < ctx.size() && ctx.outer[k] != null && ctx.outer[k].type() == EntityType.PERSON
                        && ctx.outer[k].kind() == MentionKind.NAME) {
                    j = k;
                }
            }
            if (joined && CounterpartDescriptions.nameAfter(ctx, j) >= 0) {
                j = CounterpartDescriptions.nameAfter(ctx, j); // "A and his counterpart B": B is the next party
            }
            if (!joined || j >= ctx.size() || ctx.outer[j] == null) {
                break;
            }
            EntityMention at = ctx.outer[j];
            if (at.kind() == MentionKind.PRONOUN && isDeterminerPronoun(ctx, at)
                    || commaOnly && at.kind() == MentionKind.NOMINAL && at.type() == EntityType.PERSON) {
                break; // "the king and his delegation", "X, the head of Y": no further party
            }
            at = titledName(ctx, at);
            int after = at.tokens().end();
            if (after + 1 < ctx.size() && ctx.token(after).isPossessive() && ctx.outer[after + 1] != null) {
                at = ctx.outer[after + 1]; // "Brazil's National Confederation of Industry"
            } else if (after + 1 < ctx.size() && ctx.token(after).isPossessive()) {
                int k = after + 1;
                while (k < ctx.size() && ctx.outer[k] == null && (ctx.token(k).pos().equals("ADJ") || ctx.token(k).lower().equals("and"))) {
                    k++;
                }
                if (k < ctx.size() && ctx.outer[k] != null && ctx.outer[k].kind() == MentionKind.GROUP) {
                    at = ctx.outer[k]; // "Elbonia's young political and cultural leaders": the group the place owns
                }
            }
            EntityMention next = appositive(ctx, at);
            Arg a = ctx.arg(next, text);
            if (a != null && placeOfGroup(ctx, out.get(out.size() - 1), next)) {
                // "the leaders of Ghana and Senegal", "families in Tamale and Kumasi": the group again, of the next place
                a = new Arg(a.text(), a.start(), a.end(), a.mention(), a.entity(), GROUP_PLACE);
            }
            if (a == null || !SentenceContext.accepts(a, types) || parties && a.type().equals("LOCATION") && NounPhrases.placeModifier(ctx, next, types)) {
                break;
            }
            out.add(a);
            i = Math.max(at.tokens().end(), next.tokens().end());
        }
        return out;
    }

    /**
     * "between Kenyan and Ugandan envoys, ministers and officials": a place (mostly a demonym)
     * coordinated with the place that opens the next noun phrase names the two sides, and the nouns
     * that phrase lists are the people of both sides, no parties of their own. Returns the two places,
     * or an empty list when the phrase at {@code j} is not written so.
     */
    static List<Arg> placeSides(SentenceContext ctx, String text, int j, Set<String> types) {
        EntityMention first = placeAt(ctx, j);
        if (first == null || first.tokens().end() + 2 >= ctx.size() || !ctx.token(first.tokens().end()).lower().equals("and")) {
            return List.of();
        }
        int k = first.tokens().end() + 1;
        EntityMention second = placeAt(ctx, k);
        EntityMention owner = ctx.outer[k];
        Arg b;
        if (second != null && second.tokens().end() < ctx.size()
                && ctx.outer[second.tokens().end()] == null && ctx.token(second.tokens().end()).pos().equals("NOUN")) {
            b = ctx.arg(second, text);
        } else if (second == null && owner != null && owner.kind() == MentionKind.GROUP && owner.tokens().start() == k
                && owner.attribute("country") != null) {
            // "Ugandan envoys": the group names the country by its first word; the party is that country
            Arg country = Travellers.countryNamed(ctx, owner.attribute("country"));
            b = country != null ? country : ctx.arg(owner, text);
        } else {
            b = second == null ? null : ctx.arg(second, text);
        }
        Arg a = ctx.arg(first, text);
        if (a == null || b == null || !SentenceContext.accepts(a, types) || !SentenceContext.accepts(b, types)) {
            return List.of();
        }
        return List.of(a, b);
    }

    /** The place named at token {@code k} (a demonym the outer reading folds into a group counts). */
    private static EntityMention placeAt(SentenceContext ctx, int k) {
        if (k >= ctx.size()) {
            return null;
        }
        for (EntityMention m : ctx.mentions) {
            if (m.type() == EntityType.LOCATION && m.kind() != MentionKind.GROUP && m.tokens().start() == k) {
                return m;
            }
        }
        return null;
    }

    /**
     * The most tokens an office written before a listed name may take: "Deputy Speaker of the
     * House of Commons of the United Kingdom" is fourteen.
     */
    static final int TITLE_SPAN = 16;

    /** The body or place at {@code k} is the object of an office's "of" ("of Elbonia", "of the Senate"). */
    static boolean afterOf(SentenceContext ctx, int k) {
        return k >= 1 && ctx.token(k - 1).lower().equals("of")
                || k >= 2 && ctx.token(k - 1).lower().equals("the") && ctx.token(k - 2).lower().equals("of");
    }

    /**
     * "The foreign ministers of A and B met": the places coordinated after the place that names
     * a group subject are groups of their own, one per place (the subject list otherwise runs
     * leftwards from the verb only).
     */
    static List<Arg> groupPlacesAfter(SentenceContext ctx, String text, List<Arg> subjects, Set<String> types) {
        if (subjects.isEmpty()) {
            return subjects;
        }
        Arg last = subjects.get(subjects.size() - 1);
        if (last.mention() == null || last.mention().kind() != MentionKind.GROUP) {
            return subjects;
        }
        List<Arg> listed = listFrom(ctx, text, last, types, true);
        List<Arg> out = new ArrayList<>(subjects);
        for (Arg a : listed.subList(1, listed.size())) {
            if (!a.type().equals(GROUP_PLACE)) {
                break;
            }
            out.add(a);
        }
        return out;
    }

    /**
     * The type of a place coordinated with the place a group is named by ("the leaders of A
     * and B"): it stands for the group of that place, an actor, not a location.
     */
    static final String GROUP_PLACE = "GROUP";

    /**
     * True when {@code place} continues the place that names the group {@code previous}
     * ("the heads of state of A, B and C", "schools in A and B"), or the place of such a
     * continuation.
     */
    static boolean placeOfGroup(SentenceContext ctx, Arg previous, EntityMention place) {
        if (place.type() != EntityType.LOCATION || place.kind() != MentionKind.NAME || previous.mention() == null) {
            return false;
        }
        EntityMention m = previous.mention();
        if (m.type() == EntityType.LOCATION && m.kind() == MentionKind.NAME) {
            return previous.type().equals(GROUP_PLACE);
        }
        EntityMention last = ctx.inner[m.tokens().end() - 1];
        if (m.kind() != MentionKind.GROUP || last == null) {
            return false;
        }
        // "representatives of the Union and Elbonia": the place after the body of a group's "of" has its own representatives
        return last.type() == EntityType.LOCATION || last.type() == EntityType.ORGANIZATION && last.kind() == MentionKind.NAME
                && last.tokens().start() >= 2 && ofBefore(ctx, last.tokens().start());
    }

    /** An "of" or "from" (with its "the") right before token {@code k}. */
    private static boolean ofBefore(SentenceContext ctx, int k) {
        int p = ctx.token(k - 1).lower().equals("the") ? k - 2 : k - 1;
        return p >= 0 && (ctx.token(p).lower().equals("of") || ctx.token(p).lower().equals("from"));
    }

    /**
     * Skips the country of a listed person or body ("X of Ghana and Y of Mali", "the Naval
     * College of Ghana and the Air Academy of Ghana" continue at "and"), so that the list goes
     * on; returns {@code i} when no such phrase follows.
     */
    static int skipOfPlace(SentenceContext ctx, Arg previous, int i) {
        if (!previous.type().equals("PERSON") && !previous.type().equals("ORGANIZATION") || i + 1 >= ctx.size()
                || !ctx.token(i).lower().equals("of")) {
            return i;
        }
        int k = i + 1 < ctx.size() && ctx.token(i + 1).lower().equals("the") ? i + 2 : i + 1;
        EntityMention place = k < ctx.size() ? ctx.outer[k] : null;
        return place != null && place.type() == EntityType.LOCATION && place.tokens().start() == k ? place.tokens().end() : i;
    }
}
