package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import dev.eventex.text.AnalyzedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-document memory is explicit: shared where the caller passes it, never between documents. */
class DocumentMemoryTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(HandText.GAZETTEER, null, HandText.VALUES, HandText.LEXICONS);

    private static boolean personNamed(List<EntityMention> mentions, String text) {
        return mentions.stream().anyMatch(m -> m.kind() == MentionKind.NAME && m.type() == EntityType.PERSON && m.text().equals(text));
    }

    @Test
    void aDocumentRemembersItsPersons() {
        AnalyzedText doc = HandText.doc("Foreign Minister Tomas Varga arrived/VERB", "Varga smiled/VERB");
        assertThat(personNamed(recognizer.recognize(doc), "Varga")).isTrue();
    }

    @Test
    void anotherDocumentStartsWithAnEmptyMemory() {
        recognizer.recognize(HandText.doc("Foreign Minister Tomas Varga arrived/VERB"));
        assertThat(personNamed(recognizer.recognize(HandText.doc("Varga smiled/VERB")), "Varga")).isFalse();
    }

    @Test
    void partsOfOneDocumentShareTheMemoryTheyArePassed() {
        DocumentMemory memory = recognizer.newDocument();
        recognizer.recognize(HandText.doc("Foreign Minister Tomas Varga arrived/VERB"), memory, () -> false);
        List<EntityMention> later = recognizer.recognize(HandText.doc("Varga smiled/VERB"), memory, () -> false);
        assertThat(personNamed(later, "Varga")).isTrue();
    }
}
