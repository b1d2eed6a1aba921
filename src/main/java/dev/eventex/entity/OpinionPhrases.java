package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Opinions written in title case are no organizations: reviews and answers head a text or
 * capitalise a sentence ("Poor Service", "Friendly And Prompt Service"), and the
 * organization patterns or the name model read an adjective of praise or blame before a head
 * word ("Service", "Team") as a name. An organization whose words are all such adjectives
 * ({@code lexicons/opinion-adjectives.txt}), organization heads or capitalised function words,
 * with at least one adjective, is dropped; any other word keeps the name ("Great Lakes Resin
 * Commission"). Runs before the document memory remembers names. Stateless.
 */
final class OpinionPhrases implements MentionSource {

    private final Gazetteer gazetteer;
    private final Set<String> adjectives;
    private final Set<String> functionCaps;

    OpinionPhrases(Gazetteer gazetteer, Lexicons lexicons) {
        this.gazetteer = gazetteer;
        this.adjectives = lexicons.get(Lexicons.OPINION_ADJECTIVES);
        this.functionCaps = lexicons.get(Lexicons.CAPITALISED_FUNCTION_WORDS);
    }

    @Override
    public List<EntityMention> refine(SentenceContext c, List<EntityMention> layer) {
        List<EntityMention> out = layer;
        for (EntityMention m : layer) {
            if (m.kind() == MentionKind.NAME && m.type() == EntityType.ORGANIZATION && opinion(c.sentence, m)) {
                if (out == layer) {
                    out = new ArrayList<>(layer);
                }
                out.remove(m);
            }
        }
        return out;
    }

    private boolean opinion(Sentence s, EntityMention m) {
        boolean adjective = false;
        for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
            String w = s.token(i).text();
            if (adjectives.contains(w.toLowerCase(Locale.ROOT))) {
                adjective = true;
            } else if (!gazetteer.isOrganizationHead(w, false) && !gazetteer.isOrganizationHead(w, true) && !functionCaps.contains(w)) {
                return false;
            }
        }
        return adjective;
    }
}
