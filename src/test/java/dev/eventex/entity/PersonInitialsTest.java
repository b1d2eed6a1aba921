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

/** Initials belong to the person name they open. */
class PersonInitialsTest {

    /** One hand-built sentence; "|" joins a token to the one before it (no space). */
    private static AnalyzedText doc(String words) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String w : words.split(" ")) {
            boolean glued = w.startsWith("|");
            String word = glued ? w.substring(1) : w;
            if (!tokens.isEmpty() && !glued) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), word, start, text.length(), word.equals(".") ? "PUNCT" : "PROPN", word.toLowerCase()));
        }
        return new AnalyzedText(text.toString(), List.of(new Sentence(0, 0, text.length(), tokens)));
    }

    private static EntityMention person(AnalyzedText doc, int from, int to) {
        Sentence s = doc.sentences().get(0);
        int start = s.token(from).start();
        int end = s.token(to - 1).end();
        return new EntityMention(0, new TokenSpan(from, to), start, end, doc.slice(start, end), EntityType.PERSON, MentionKind.NAME,
                null, null, "model", Map.of());
    }

    @Test
    void anInitialWithItsPeriodOpensTheName() {
        AnalyzedText doc = doc("Minister D |. Velor said");
        assertThat(PersonInitials.attach(doc, List.of(person(doc, 3, 4)))).extracting(EntityMention::text).containsExactly("D. Velor");
        AnalyzedText one = doc("Minister D. Velor said");
        assertThat(PersonInitials.attach(one, List.of(person(one, 2, 3)))).extracting(EntityMention::text).containsExactly("D. Velor");
    }

    @Test
    void anInitialReadAsANameOfItsOwnOrEndingTheFirstNameJoinsTheRest() {
        AnalyzedText doc = doc("Ana K |. Velor and B |. Tarn met");
        List<EntityMention> out = PersonInitials.attach(doc, List.of(person(doc, 0, 2), person(doc, 3, 4), person(doc, 5, 6),
                person(doc, 7, 8)));
        assertThat(out).extracting(EntityMention::text).containsExactly("Ana K. Velor", "B. Tarn");
    }

    @Test
    void aPeriodApartFromTheLetterOrAnotherKindOfNameBeforeStaysOut() {
        AnalyzedText spaced = doc("Plan B . Velor said");
        assertThat(PersonInitials.attach(spaced, List.of(person(spaced, 3, 4)))).extracting(EntityMention::text).containsExactly("Velor");
        AnalyzedText doc = doc("Tarvo A |. Velor said");
        EntityMention place = new EntityMention(0, new TokenSpan(0, 2), 0, 7, "Tarvo A", EntityType.LOCATION, MentionKind.NAME, null,
                null, "model", Map.of());
        assertThat(PersonInitials.attach(doc, List.of(place, person(doc, 3, 4)))).extracting(EntityMention::text)
                .containsExactly("Tarvo A", "Velor");
    }
}
