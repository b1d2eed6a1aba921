package dev.eventex.event;

import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.normalize.ResolvedEntities;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two countries a document is about, for "the two sides" and "both countries": the two
 * countries mentioned most often (names and demonym phrases), ties broken by first mention.
 */
record DocumentFocus(List<Arg> pairArgs) {

    static DocumentFocus of(ResolvedEntities resolved) {
        Map<Entity, Integer> counts = new HashMap<>();
        Map<Entity, EntityMention> first = new HashMap<>();
        for (EntityMention m : resolved.mentions()) {
            Entity e = resolved.entityOf(m);
            if (e == null || e.type() != EntityType.LOCATION || e.code() == null || m.kind() == MentionKind.PRONOUN) {
                continue;
            }
            if (e.attributes().containsKey("country")) {
                continue; // a city: its country is what "the two sides" means
            }
            counts.merge(e, 1, Integer::sum);
            first.putIfAbsent(e, m);
        }
        if (counts.size() < 2) {
            // a country and a union or bloc ("the EU and Jordan"): organizations from the gazetteer count too
            for (EntityMention m : resolved.mentions()) {
                Entity e = resolved.entityOf(m);
                if (e != null && e.type() == EntityType.ORGANIZATION && "organization".equals(m.attribute("gaz"))) {
                    counts.merge(e, 1, Integer::sum);
                    first.putIfAbsent(e, m);
                }
            }
        }
        List<Entity> top = new ArrayList<>(counts.keySet());
        top.sort(Comparator.comparingInt((Entity e) -> -counts.get(e)).thenComparingInt(e -> first.get(e).start()));
        List<Arg> args = new ArrayList<>();
        if (top.size() >= 2) {
            for (Entity e : top.subList(0, 2)) {
                EntityMention m = first.get(e);
                args.add(new Arg(m.text(), m.start(), m.end(), m, e, e.type().name()));
            }
        }
        return new DocumentFocus(List.copyOf(args));
    }
}
