package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Place names that share their last words with the next conjunct: in "North and South Korea"
 * or "East and West Velmora" the first word names "North Korea" and "East Velmora" on its own.
 * The gazetteer decides: the lone word joined to the tail of the following place must be a
 * known country, city or region, so "Tarn and South Korea" changes nothing. The span stays
 * the written word; its key and code become the whole place's. Stateless.
 */
final class SharedTailPlaces implements MentionSource {

    private final Gazetteer gazetteer;

    SharedTailPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EntityMention> refine(SentenceContext c, List<EntityMention> layer) {
        List<EntityMention> out = null;
        for (EntityMention m : layer) {
            if (m.type() != EntityType.LOCATION || m.key() == null || m.tokens().length() < 2) {
                continue;
            }
            int w = m.tokens().start() - 2;
            String tail = null;
            while (w >= 0 && joins(c.sentence.token(w + 1)) && c.sentence.token(w).isCapitalized()) {
                if (tail == null) {
                    tail = TokenSpans.spelled(c.sentence, m.tokens().start() + 1, m.tokens().end());
                }
                GazetteerEntry e = gazetteer.placeNamed(c.sentence.token(w).text() + " " + tail);
                if (e == null || e.canonical().equals(m.key())) {
                    break;
                }
                out = replace(out == null ? new ArrayList<>(layer) : out, c,
                        c.mention(w, w + 1, EntityType.LOCATION, MentionKind.NAME, e.canonical(), e.code(), "rule", Map.of()));
                w -= 2;
            }
        }
        return out == null ? layer : out;
    }

    /** A coordinating conjunction or a list comma between two conjuncts. */
    private static boolean joins(Token t) {
        return "CCONJ".equals(t.pos()) || t.text().equals(",");
    }

    /** The layer with {@code added} in place of a mention of exactly its token, unless a longer mention covers it. */
    private static List<EntityMention> replace(List<EntityMention> layer, SentenceContext c, EntityMention added) {
        int at = added.tokens().start();
        for (int i = 0; i < layer.size(); i++) {
            EntityMention m = layer.get(i);
            if (m.tokens().start() <= at && at < m.tokens().end()) {
                if (m.tokens().length() == 1) {
                    layer.set(i, added);
                }
                return layer;
            }
        }
        int i = 0;
        while (i < layer.size() && layer.get(i).start() < added.start()) {
            i++;
        }
        layer.add(i, added);
        return layer;
    }
}
