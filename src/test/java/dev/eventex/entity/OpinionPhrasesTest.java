package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Title-case opinions of reviews ("Poor Service") are no organizations; a name with any other
 * word before its head stays one. Hand tokens with invented names, no name model.
 */
class OpinionPhrasesTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(HandText.GAZETTEER, null, HandText.VALUES, HandText.LEXICONS);

    private List<String> organizations(String... sentences) {
        return recognizer.recognize(HandText.doc(sentences), recognizer.newDocument(), () -> false).stream()
                .filter(m -> m.kind() == MentionKind.NAME && m.type() == EntityType.ORGANIZATION).map(EntityMention::text).toList();
    }

    @Test
    void aHeadingOfPraiseOrBlameIsNoName() {
        assertThat(organizations("Poor Service")).isEmpty();
        assertThat(organizations("Friendly And Prompt Service")).isEmpty();
        assertThat(organizations("We/PRON thank/VERB you/PRON for/ADP the/DET Excellent Service ./PUNCT")).isEmpty();
    }

    @Test
    void aNameWithAnyOtherWordStays() {
        assertThat(organizations("The/DET Great Lakes Resin Commission met/VERB today/NOUN ./PUNCT"))
                .containsExactly("Great Lakes Resin Commission");
        assertThat(organizations("She/PRON joined/VERB the/DET Velmora Resin Service last/ADJ year/NOUN ./PUNCT"))
                .containsExactly("Velmora Resin Service");
    }
}
