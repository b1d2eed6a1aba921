package dev.eventex.event;

import dev.eventex.text.Token;
import java.util.Set;

/**
 * What a token pattern can test about one token: its text, lemma and POS, and the entity
 * layer around it (entity type, mention kind, gazetteer classes).
 *
 * @param entityType type of the entity mention covering the token ("PERSON"...), or null
 * @param mentionKind kind of that mention ("NAME", "NOMINAL", "PRONOUN", "GROUP", "VALUE"), or null
 * @param gazetteer gazetteer classes of the phrase covering the token ("country", "title", ...)
 */
public record TokenView(Token token, String entityType, String mentionKind, Set<String> gazetteer) {

    public TokenView {
        gazetteer = gazetteer == null ? Set.of() : Set.copyOf(gazetteer);
    }
}
