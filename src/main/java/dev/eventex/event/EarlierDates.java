package dev.eventex.event;

import dev.eventex.api.Tense;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dates told once for a run of events: news gives the day in its lead ("X arrived in Y on
 * Monday") and leaves it out of what follows ("He then held talks with Z", "He handed over
 * medicines to the ministry"). An event whose own sentences state no date takes the date the
 * sentence before one of its firings gave ({@link PreviousDates}), else the date of the nearest
 * event before it, a few sentences back, that shares a party with it and is as done or as
 * planned as it is. Runs after merging, so a borrowed date never decides whether two statements
 * are one event.
 */
final class EarlierDates {

    /**
     * The key under which a firing carries the date the paragraph gave one sentence before its
     * own ({@link PreviousDates}); it fills the date role only here, after merging, and never shows.
     */
    static final String BORROWED = "previousDate:";

    /**
     * The key under which a statement of an event under way ("is on a visit to X") carries the
     * document's date: it is happening now, so a statement dated long before ("visited X in
     * 2020") is another event. Used only when merging; it never shows.
     */
    static final String UNDER_WAY_AT = "underWayAt:";

    /** How many sentences back the event that lends its date may start. */
    static final int MAX_SENTENCES = 4;

    /** One assembled event: its type, its roles (filled in place), the sentence it starts in, its tense. */
    record Slot(EventType type, Map<String, RoleValue> roles, int sentence, Tense tense) {
    }

    private EarlierDates() {
    }

    /** Gives each undated event of {@code events} the date of the nearest earlier dated event it shares a party with. */
    static void fill(List<Slot> events) {
        for (Slot e : events) {
            e.roles().remove(UNDER_WAY_AT);
            RoleValue borrowed = e.roles().remove(BORROWED);
            String role = e.type().dateRole();
            if (borrowed != null && role != null && e.roles().get(role) == null && !planned(e.tense())) {
                e.roles().put(role, borrowed);
            }
        }
        List<Slot> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparingInt(Slot::sentence));
        for (int i = 0; i < ordered.size(); i++) {
            Slot e = ordered.get(i);
            String role = e.type().dateRole();
            if (role == null || e.roles().get(role) != null) {
                continue;
            }
            Set<String> parties = parties(e.roles());
            for (int j = i - 1; j >= 0; j--) {
                Slot earlier = ordered.get(j);
                if (e.sentence() - earlier.sentence() > MAX_SENTENCES) {
                    break;
                }
                String from = earlier.type().dateRole();
                if (from == null || !(earlier.roles().get(from) instanceof RoleValue.Date d) || d.date().value() == null) {
                    continue;
                }
                if (planned(e.tense()) != planned(earlier.tense()) || !shares(parties, earlier.roles())) {
                    continue;
                }
                e.roles().put(role, d);
                break;
            }
        }
    }

    private static boolean planned(Tense t) {
        return t == Tense.PLANNED;
    }

    private static boolean shares(Set<String> parties, Map<String, RoleValue> roles) {
        for (String k : parties(roles)) {
            if (parties.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** The keys of the named persons and bodies among the roles (places are shared by unrelated events of one report). */
    private static Set<String> parties(Map<String, RoleValue> roles) {
        Set<String> out = new HashSet<>();
        for (RoleValue v : roles.values()) {
            for (Arg a : v.elements().stream().filter(Arg.class::isInstance).map(Arg.class::cast).toList()) {
                if (a.entity() != null && !a.type().equals("LOCATION")) {
                    out.add(a.key());
                }
            }
        }
        return out;
    }
}
