package dev.eventex.entity;

import static dev.eventex.entity.EntityRecognizer.mention;

import dev.eventex.api.EntityType;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Personal pronouns as person descriptions, with their gender ("he" m, "she" f). */
final class PronounSource implements MentionSource {

    private final Set<String> pronouns;

    PronounSource(Lexicons lexicons) {
        this.pronouns = lexicons.get(Lexicons.PERSONAL_PRONOUNS);
    }

    @Override
    public void describe(SentenceContext c, List<EntityMention> layer, List<EntityMention> out) {
        AnalyzedText doc = c.doc;
        Sentence s = c.sentence;
        for (Token t : s.tokens()) {
            if (pronouns.contains(t.lower())) {
                String gender = t.lower().startsWith("h") && !t.lower().startsWith("her") ? "m" : "f";
                out.add(mention(doc, s, t.index(), t.index() + 1, EntityType.PERSON, MentionKind.PRONOUN, null, null, "rule",
                        Map.of("gender", gender)));
            }
        }
    }
}
