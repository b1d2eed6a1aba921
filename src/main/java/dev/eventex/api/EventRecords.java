package dev.eventex.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Builds the record of an event from its type name and its roles: the typed records of the
 * output contract ({@link Visit}, {@link Meeting}, {@link TradeGoal}, {@link Donation}) for
 * their names, a {@link CustomEvent} for any other type. The one place that ties a type name
 * to a Java record; which roles a type has and how its events merge is data
 * ({@code models/events/*.json}).
 */
public final class EventRecords {

    /** The parts every event has, and its roles by name. */
    @FunctionalInterface
    private interface Maker {
        Event make(String id, List<Evidence> evidence, double confidence, Tense tense, Explanation explanation, Map<String, Object> r);
    }

    private static final Map<String, Maker> TYPED = Map.of(
            "Visit", (id, ev, c, t, ex, r) -> new Visit(id, ev, c, t, ex, (Argument) r.get("visitor"), (Argument) r.get("destination"),
                    (Argument) r.get("host"), (DateValue) r.get("date"), (String) r.get("kind"), (String) r.get("purpose")),
            "Meeting", (id, ev, c, t, ex, r) -> new Meeting(id, ev, c, t, ex, arguments(r.get("participants")),
                    (Argument) r.get("location"), (DateValue) r.get("date"), texts(r.get("topics"))),
            "TradeGoal", (id, ev, c, t, ex, r) -> new TradeGoal(id, ev, c, t, ex, arguments(r.get("parties")), (Amount) r.get("target"),
                    (String) r.get("metric"), arguments(r.get("setBy")), (DateValue) r.get("deadline")),
            "Donation", (id, ev, c, t, ex, r) -> new Donation(id, ev, c, t, ex, (Argument) r.get("donor"), (Argument) r.get("recipient"),
                    (String) r.get("item"), (BigDecimal) r.get("quantity"), (Amount) r.get("value"), (Argument) r.get("onBehalfOf"),
                    (DateValue) r.get("date")));

    private EventRecords() {
    }

    /**
     * The event of this type.
     *
     * @param type        the type name ("Visit", or a type of the user's own)
     * @param id          see {@link Event#id()}
     * @param evidence    see {@link Event#evidence()}
     * @param confidence  see {@link Event#confidence()}
     * @param tense       see {@link Event#tense()}, or null
     * @param explanation see {@link Event#explanation()}, or null
     * @param roles       role values by role name: {@link Argument}, lists of them, {@link DateValue}, {@link Amount},
     *                    String, {@link BigDecimal} or lists of strings
     * @return the typed record for a type of the output contract, else a {@link CustomEvent}
     * @throws IllegalArgumentException when a typed record's required role is missing or a role holds the wrong kind of value
     */
    public static Event create(String type, String id, List<Evidence> evidence, double confidence, Tense tense,
                               Explanation explanation, Map<String, Object> roles) {
        Maker m = TYPED.get(type);
        if (m == null) {
            return new CustomEvent(type, id, evidence, confidence, tense, explanation, roles);
        }
        try {
            return m.make(id, evidence, confidence, tense, explanation, roles);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("cannot build a " + type + " from roles " + roles.keySet() + ": " + e.getMessage(), e);
        }
    }

    /** A list role; a single party stands for a list of one, an absent role for an empty list. */
    private static List<Argument> arguments(Object o) {
        if (o instanceof Argument a) {
            return List.of(a);
        }
        if (!(o instanceof List<?> l)) {
            return List.of();
        }
        return l.stream().map(Argument.class::cast).toList();
    }

    private static List<String> texts(Object o) {
        return o instanceof List<?> l ? l.stream().map(String.class::cast).toList() : null;
    }
}
