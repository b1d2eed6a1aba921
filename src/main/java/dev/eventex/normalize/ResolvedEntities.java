package dev.eventex.normalize;

import dev.eventex.api.Entity;
import dev.eventex.entity.EntityMention;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output of normalization and coreference: entities, and for every mention the entity it
 * was linked to (descriptions that could not be linked map to nothing).
 */
public record ResolvedEntities(List<Entity> entities, List<EntityMention> mentions, Map<EntityMention, Entity> links) {

    public ResolvedEntities {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        links = java.util.Collections.unmodifiableMap(new IdentityHashMap<>(links));
    }

    /** The entity a mention refers to, or null. */
    public Entity entityOf(EntityMention m) {
        return links.get(m);
    }
}
