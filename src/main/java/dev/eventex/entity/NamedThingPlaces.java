package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A place name that opens the name of a document, an agreement or a competition ("the Paris
 * Agreement", "the Lima Declaration", "the Asia Cup") names no location there: the whole is a
 * name of another kind, and reading the place alone would hand the rules a location the text
 * never speaks of. The heads are data ({@code gazetteers/named-thing-heads.txt}). Stateless.
 */
final class NamedThingPlaces implements MentionSource {

    private final Gazetteer gazetteer;

    NamedThingPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EntityMention> refine(SentenceContext c, List<EntityMention> layer) {
        List<EntityMention> out = null;
        for (int i = 0; i < layer.size(); i++) {
            EntityMention m = layer.get(i);
            boolean drop = opensNamedThing(c.sentence, m);
            if (drop && out == null) {
                out = new ArrayList<>(layer.subList(0, i));
            } else if (!drop && out != null) {
                out.add(m);
            }
        }
        return out == null ? layer : out;
    }

    private boolean opensNamedThing(Sentence s, EntityMention m) {
        if (m.type() != EntityType.LOCATION || m.kind() != MentionKind.NAME || m.tokens().end() >= s.size()) {
            return false;
        }
        Token next = s.token(m.tokens().end());
        return next.start() > s.token(m.tokens().end() - 1).end() && gazetteer.isNamedThingHead(next.text());
    }
}
