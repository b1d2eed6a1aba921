package dev.eventex.event;

import java.util.List;
import java.util.Set;

/**
 * How one role of a rule is filled: the finders tried in order until one yields a value.
 *
 * @param role    role name ("visitor")
 * @param value   what the role holds
 * @param finders finders, tried in order
 */
public record RoleSpec(String role, ValueKind value, List<Finder> finders) {

    public RoleSpec {
        finders = List.copyOf(finders);
    }

    /** What kind of value a role holds. */
    public enum ValueKind {
        /** One participant ({@code Argument}). */
        ARGUMENT,
        /** A list of participants. */
        ARGUMENTS,
        /** A date ({@code DateValue}). */
        DATE,
        /** A money amount ({@code Amount}). */
        AMOUNT,
        /** A number. */
        NUMBER,
        /** A string. */
        TEXT,
        /** A list of strings. */
        TEXTS
    }

    /**
     * One way of finding a role value.
     *
     * @param method      one of {@link #METHODS}
     * @param types       accepted entity types (PERSON, ORGANIZATION, LOCATION, GROUP, DATE, MONEY, QUANTITY)
     * @param words       prepositions, phrases or values the method uses
     * @param maxDistance how many tokens away from the trigger to look
     * @param list        collect coordinated items ("X and Y")
     * @param combine     add this finder's result to the earlier finders' (instead of being a fallback)
     * @param titled      accept persons only when they carry a title or a country ("President X", "the minister")
     */
    public record Finder(String method, Set<String> types, List<String> words, int maxDistance, boolean list, boolean combine,
                         boolean titled) {

        /** The finder methods the rule language supports: the names registered in {@link RoleFinders}. */
        public static final Set<String> METHODS = RoleFinders.ALL.keySet();

        public Finder {
            types = Set.copyOf(types);
            words = List.copyOf(words);
        }
    }
}
