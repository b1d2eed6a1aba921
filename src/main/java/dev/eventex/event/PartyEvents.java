package dev.eventex.event;

import dev.eventex.event.RoleSpec.Finder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Roles taken from an earlier event of the same party: "his visit in 2019", with no place named,
 * went where the report has already sent the same traveller. Registered by name in {@link RoleFinders}.
 */
final class PartyEvents {

    private PartyEvents() {
    }

    /**
     * The same role of the latest earlier event of the rule's type that shares a party with this
     * firing, the party read from the role the finder's first word names ({@code "words": ["visitor"]}).
     * A value only a person's name or pronoun links is enough: the pronoun's antecedent is its entity.
     * Null when this firing has no such party yet or no earlier event has it.
     */
    static RoleValue sameParty(MatchContext match, RoleSpec spec, Finder f) {
        RoleValue party = f.words().isEmpty() ? null : match.filled().get(f.words().get(0));
        if (party == null) {
            return null;
        }
        Set<String> keys = keys(party);
        List<EventMention> found = match.found();
        for (int i = found.size() - 1; i >= 0; i--) {
            EventMention m = found.get(i);
            if (!m.rule().eventType().equals(match.rule().eventType()) || !m.roles().containsKey(spec.role())) {
                continue;
            }
            RoleValue earlier = m.roles().get(f.words().get(0));
            if (earlier != null && keys(earlier).stream().anyMatch(keys::contains)) {
                return m.roles().get(spec.role());
            }
        }
        return null;
    }

    private static Set<String> keys(RoleValue v) {
        Set<String> out = new HashSet<>();
        for (Arg a : v.parties()) {
            if (a.entity() != null) {
                out.add(a.key()); // an unlinked description ("the minister") is no evidence of the same traveller
            }
        }
        return out;
    }
}
