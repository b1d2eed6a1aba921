package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A place or organization name that opens the name of a document, an agreement, a competition
 * or a day ("the Paris Agreement", "the Asia Cup", "the UN Charter", "the Tarvo Games", "the
 * Tarvo Federation World Cup", "the Tarvo Winter Olympic Games") names no location or body there: the whole
 * is a name of another kind, and reading its first words alone would hand the rules a place or a
 * party the text never speaks of. Up to {@value #MAX_BETWEEN} capitalised words that are no verbs
 * may stand between the name and the head. The heads are data
 * ({@code gazetteers/named-thing-heads.txt}). Stateless.
 */
final class NamedThingPlaces implements MentionSource {

    /** "Tarvo Federation World Cup", "Tarvo Winter Olympic Games": more words make a title-case headline ("Kenya Beat Tarvo In Africa Cup"). */
    private static final int MAX_BETWEEN = 2;

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
        if (m.type() != EntityType.LOCATION && m.type() != EntityType.ORGANIZATION || m.kind() != MentionKind.NAME) {
            return false;
        }
        int end = m.tokens().end();
        for (int i = end; i < s.size() && i <= end + MAX_BETWEEN; i++) {
            Token t = s.token(i);
            if (t.start() == s.token(i - 1).end()) {
                return false; // glued to the word before: "Tarvo-Games", not a separate head
            }
            if (gazetteer.isNamedThingHead(t.text())) {
                return true;
            }
            if (!t.isCapitalized() || t.isVerbLike()) {
                return false;
            }
        }
        return false;
    }
}
