package dev.eventex.event;

import dev.eventex.api.EntityType;
import dev.eventex.api.Entity;
import dev.eventex.event.RoleSpec.Finder;
import java.util.List;

/**
 * The finder {@code countryOf}: the country of a party that an earlier role of the same firing
 * holds, as the document names that country. "President Y received a visit from X" says where X
 * went only through Y: Y's country (from Y's title or demonym, or Y itself when Y is a country).
 * The finder's {@code words} are the names of the roles to read, in order; the role must come
 * before this one in the rule.
 */
final class PartyCountries {

    private PartyCountries() {
    }

    /** The country of the first party in the named roles whose country the document names; empty when none. */
    static List<Arg> countryOf(MatchContext match, RoleSpec spec, Finder f) {
        SentenceContext ctx = match.ctx();
        for (String role : f.words()) {
            if (!(match.filled().get(role) instanceof Arg a) || a.entity() == null) {
                continue;
            }
            Entity e = a.entity();
            if (e.type() == EntityType.LOCATION && e.code() != null && !e.attributes().containsKey("country")) {
                return List.of(a);
            }
            String code = e.attributes().get("country");
            Arg country = code == null ? null : Travellers.countryNamed(ctx, code);
            if (country != null) {
                return List.of(country);
            }
        }
        return List.of();
    }
}
