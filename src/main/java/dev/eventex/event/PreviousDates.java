package dev.eventex.event;

import dev.eventex.api.DateValue;
import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.api.Tense;
import dev.eventex.entity.EntityMention;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A date the paragraph gave one sentence earlier: "X began a tour of the region on Monday. X
 * started in A, then went on to B." The second sentence's events happened on that day when the
 * sentence before, in the same paragraph, names one of their parties and a date.
 */
final class PreviousDates {

    private PreviousDates() {
    }

    /**
     * Carries the date the sentence before gave in the firing's roles under
     * {@link EarlierDates#BORROWED} when the rule dates its events, found none and the firing is not
     * planned; the assembler uses it only after merging.
     */
    static void borrow(String text, SentenceContext ctx, SentenceContext previous, EventRule rule, String dateRole, Tense tense,
                       Map<String, RoleValue> roles, ExplainTrace trace) {
        if (dateRole == null || !rule.roles().containsKey(dateRole) || roles.containsKey(dateRole) || tense == Tense.PLANNED) {
            return;
        }
        RoleValue d = trace.found(EarlierDates.BORROWED, "previousDate", RoleValue.of(of(text, ctx, previous, roles)));
        if (d != null) {
            roles.put(EarlierDates.BORROWED, d);
        }
    }

    /** The last date of the sentence before {@code ctx}, when it is of the same paragraph and names a party of {@code roles}; else null. */
    static DateValue of(String text, SentenceContext ctx, SentenceContext previous, Map<String, RoleValue> roles) {
        if (previous == null || previous.sentence.index() != ctx.sentence.index() - 1
                || text.substring(previous.sentence.end(), ctx.sentence.start()).contains("\n")) {
            return null;
        }
        Set<String> parties = parties(roles);
        boolean shared = false;
        DateValue last = null;
        for (EntityMention m : previous.mentions) {
            Entity e = previous.resolved.entityOf(m);
            if (e == null) {
                continue;
            }
            if (m.type() == EntityType.DATE) {
                String value = e.attributes().get("value");
                if (value != null) {
                    last = new DateValue(text.substring(m.start(), m.end()), value);
                }
            } else if (parties.contains(e.id())) {
                shared = true;
            }
        }
        return shared ? last : null;
    }

    /** The entities of the named persons and bodies among the roles (a place is named by many unrelated sentences). */
    private static Set<String> parties(Map<String, RoleValue> roles) {
        Set<String> out = new HashSet<>();
        for (RoleValue v : roles.values()) {
            for (Arg a : v.parties()) {
                if (a.entity() != null && !a.type().equals("LOCATION")) {
                    out.add(a.entity().id());
                }
            }
        }
        return out;
    }
}
