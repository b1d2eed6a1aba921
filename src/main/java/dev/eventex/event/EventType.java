package dev.eventex.event;

import dev.eventex.api.Tense;
import dev.eventex.event.RoleSpec.ValueKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One event type as declared in {@code models/events/*.json}: its roles, which of them an event
 * needs, and how the assembler decides that two firings state one event. The Java side holds
 * only the named mechanisms ({@link #COMPARISONS}, {@link #CHECKS}); which role uses which is
 * data. A type that rule files use without declaring it gets {@link #undeclared(String)}.
 *
 * @param name                 the type name ("Visit")
 * @param idPrefix             prefix of the event ids ("V" gives V1, V2 ...)
 * @param roles                role name to the kind of value it holds, in output order
 * @param required             roles every event of the type has, in order
 * @param dateRole             the role dating the event: two dates that cannot be one event split (null: none)
 * @param sameEventWhen        alternatives, each a map role to comparison; two statements are one event when
 *                             every comparison of one alternative holds (empty: when all their roles are equal)
 * @param splitWhenDiffer      roles whose two different values mean two events
 * @param splitPlannedFromDone a planned event and one already held or ongoing are two events
 * @param constraints          checks a firing must pass (distinct parties, an official among them)
 * @param onePerItem           a list role whose members, when the text says they took part apart, each make an
 *                             event with the list's first member (null: none)
 * @param placeFrom            where a place role comes from when the text states none (null: nowhere)
 * @param principal            a role a body named "on behalf of" takes from the person who acted (null: none)
 * @param tense                the tense of every event of the type, whatever the verb (null: as read)
 * @param defaultTense         the tense when none is read (null: none)
 * @param datedByStart         of two days within the merge window told for one event, the earlier dates it: a
 *                             visit told "arrived on Wednesday" and "was hosted on Thursday" began on Wednesday
 * @param regionTour           a statement placed in a world region by a party the report sends to a country is the
 *                             tour those journeys make up, not another event (null: none)
 * @param source               the file the type was declared in (for messages)
 */
public record EventType(String name, String idPrefix, Map<String, ValueKind> roles, List<String> required, String dateRole,
                        List<Map<String, String>> sameEventWhen, List<Split> splitWhenDiffer, boolean splitPlannedFromDone,
                        List<Constraint> constraints, String onePerItem, PlaceFrom placeFrom, Principal principal, Tense tense,
                        Tense defaultTense, boolean datedByStart, RegionTour regionTour, String source) {

    /** The comparisons a {@code sameEventWhen} alternative may name (see {@code models/events/README.md}). */
    public static final Set<String> COMPARISONS = Set.of("party", "place", "set", "amount", "text", "equal", "stated", "restated",
            "partyOrEnvoy");

    /** The checks a constraint may name. */
    public static final Set<String> CHECKS = Set.of("distinct", "officialParty", "noPressParty", "noPrivateGroup", "goodsItem");

    /** The id prefix of a type no file declares. */
    public static final String UNDECLARED_PREFIX = "X";

    public EventType {
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        required = List.copyOf(required);
        sameEventWhen = sameEventWhen.stream().map(a -> Collections.unmodifiableMap(new LinkedHashMap<>(a))).toList();
        splitWhenDiffer = List.copyOf(splitWhenDiffer);
        constraints = List.copyOf(constraints);
    }

    /**
     * A role whose two different values make two events.
     *
     * @param role       the role
     * @param inSentence only when both values are stated in one sentence (a text may restate a sum rounded or converted)
     */
    public record Split(String role, boolean inSentence) {
    }

    /**
     * A check on a firing's parties.
     *
     * @param check one of {@link #CHECKS}
     * @param roles the roles it reads: one list role, or two single roles
     */
    public record Constraint(String check, List<String> roles) {

        public Constraint {
            roles = List.copyOf(roles);
        }
    }

    /**
     * A place taken from another event: an event that states no {@code role} took place at the
     * {@code place} of an {@code event} whose {@code party} is one of this event's {@code parties}
     * ("During the visit, he met with ...").
     */
    public record PlaceFrom(String role, String parties, String event, String party, String place) {
    }

    /**
     * "The ambassador handed over the gift on behalf of Norway": when {@code from} names a body
     * and {@code role} a person, the body takes {@code role} (the person only delivers).
     */
    public record Principal(String role, String from) {
    }

    /**
     * "His visit to the Caribbean" in a report of his stops in three Caribbean countries: a
     * {@code place} that is a world region, for a {@code party} the report also sends to a
     * country, names the tour, not one more journey.
     */
    public record RegionTour(String party, String place) {
    }

    /**
     * A type only rule files name (their {@code valueKinds} give the roles): no required roles, id
     * prefix {@value #UNDECLARED_PREFIX}, and two statements are one event when all their roles are
     * equal, or when both are stated in one sentence.
     */
    public static EventType undeclared(String name) {
        return new EventType(name, UNDECLARED_PREFIX, Map.of(), List.of(), null, List.of(), List.of(), false,
                List.of(), null, null, null, null, null, false, null, null);
    }

    /** True when this type was declared in a file (its roles are fixed there). */
    public boolean declared() {
        return source != null;
    }

    /** True when some {@code sameEventWhen} alternative compares {@code role} as a place. */
    public boolean placeRole(String role) {
        return sameEventWhen.stream().anyMatch(a -> "place".equals(a.get(role)));
    }
}
