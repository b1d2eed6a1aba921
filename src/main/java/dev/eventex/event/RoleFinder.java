package dev.eventex.event;

import dev.eventex.event.RoleSpec.Finder;

/** One finder of the rule language: the value it finds for a role of a firing, or null. */
@FunctionalInterface
interface RoleFinder {

    /** The value for role {@code spec} found with the options of {@code f} (words, types, distance), or null. */
    RoleValue find(MatchContext m, RoleSpec spec, Finder f);
}
