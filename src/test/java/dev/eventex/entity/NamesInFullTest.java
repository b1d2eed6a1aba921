package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import dev.eventex.text.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A name cut short in one sentence is read in full where the document writes it in full. */
class NamesInFullTest {

    private static final String TEXT = "Farmers in Kor Valdan met . Going to Kor Valdan was good .";

    /** The two hand-built sentences of {@link #TEXT}, words separated by spaces. */
    private static AnalyzedText doc() {
        List<Sentence> sentences = new ArrayList<>();
        int at = 0;
        for (String part : TEXT.split("(?<=\\.) ")) {
            List<Token> tokens = new ArrayList<>();
            int start = at;
            for (String w : part.split(" ")) {
                tokens.add(new Token(tokens.size(), w, at, at + w.length(), w.equals(".") ? "PUNCT" : "PROPN", w.toLowerCase()));
                at += w.length() + 1;
            }
            sentences.add(new Sentence(sentences.size(), start, at - 1, tokens));
        }
        return new AnalyzedText(TEXT, sentences);
    }

    private static EntityMention name(AnalyzedText doc, int sentence, int from, int to, EntityType type) {
        Sentence s = doc.sentences().get(sentence);
        int start = s.token(from).start();
        int end = s.token(to - 1).end();
        return new EntityMention(sentence, new TokenSpan(from, to), start, end, doc.slice(start, end), type, MentionKind.NAME,
                null, null, "model", Map.of());
    }

    private static List<EntityMention> widen(AnalyzedText doc, EntityMention... ms) {
        return NamesInFull.widen(List.of(doc), List.of(List.of(ms))).get(0);
    }

    @Test
    void aNameCutAfterItsFirstWordIsReadAsTheDocumentWritesItElsewhere() {
        AnalyzedText doc = doc();
        List<EntityMention> out = widen(doc, name(doc, 0, 2, 4, EntityType.LOCATION), name(doc, 1, 2, 3, EntityType.LOCATION));

        assertThat(out).extracting(EntityMention::text).containsExactly("Kor Valdan", "Kor Valdan");
        assertThat(out.get(1).tokens()).isEqualTo(new TokenSpan(2, 4));
        assertThat(out.get(1).end()).isEqualTo(TEXT.lastIndexOf("Valdan") + "Valdan".length());
    }

    @Test
    void theFullNameMustHaveTheSameTypeAndTheMissingWordsBelongToNoOtherMention() {
        AnalyzedText doc = doc();
        EntityMention shortPlace = name(doc, 1, 2, 3, EntityType.LOCATION);

        assertThat(widen(doc, name(doc, 0, 2, 4, EntityType.ORGANIZATION), shortPlace)).contains(shortPlace);
        assertThat(widen(doc, name(doc, 0, 2, 4, EntityType.LOCATION), shortPlace, name(doc, 1, 3, 4, EntityType.PERSON)))
                .contains(shortPlace);
    }

    @Test
    void aDifferentNameWithTheSameFirstWordWidensNothing() {
        AnalyzedText doc = doc();
        EntityMention going = name(doc, 1, 0, 1, EntityType.LOCATION);

        assertThat(widen(doc, name(doc, 0, 2, 4, EntityType.LOCATION), going)).contains(going);
    }
}
