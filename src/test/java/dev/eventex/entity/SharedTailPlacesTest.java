package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place word coordinated before a place that shares its tail ("North and South Korea") names
 * the whole place on its own; only when the gazetteer knows the joined name. Hand tokens, no
 * name model.
 */
class SharedTailPlacesTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(HandText.GAZETTEER, null, HandText.VALUES, HandText.LEXICONS);

    private List<String> places(String... sentences) {
        return recognizer.recognize(HandText.doc(sentences), recognizer.newDocument(), () -> false).stream()
                .filter(m -> m.kind() == MentionKind.NAME && m.type() == EntityType.LOCATION)
                .map(m -> m.text() + "=" + m.key() + "/" + m.code()).toList();
    }

    @Test
    void theFirstConjunctNamesTheWholePlace() {
        assertThat(places("Envoys/NOUN from/ADP North/PROPN and/CCONJ South/PROPN Korea/PROPN met/VERB ./PUNCT"))
                .containsExactly("North=North Korea/KP", "South Korea=South Korea/KR");
    }

    @Test
    void aWordThatMakesNoKnownPlaceIsLeftAlone() {
        assertThat(places("Tarn/PROPN and/CCONJ South/PROPN Korea/PROPN signed/VERB ./PUNCT"))
                .containsExactly("South Korea=South Korea/KR");
    }

    @Test
    void aWholePlaceBeforeTheConjunctionIsNotCut() {
        assertThat(places("Envoys/NOUN from/ADP North/PROPN Korea/PROPN and/CCONJ South/PROPN Korea/PROPN met/VERB ./PUNCT"))
                .containsExactly("North Korea=North Korea/KP", "South Korea=South Korea/KR");
    }

    @Test
    void aGroupFromTheFirstConjunctIsNamedWithTheWholePlace() {
        List<EntityMention> all = recognizer.recognize(HandText.doc(
                "Envoys/NOUN from/ADP North/PROPN and/CCONJ South/PROPN Korea/PROPN met/VERB ./PUNCT"), recognizer.newDocument(), () -> false);
        assertThat(all).filteredOn(m -> m.kind() == MentionKind.GROUP)
                .extracting(EntityMention::text, EntityMention::key, EntityMention::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Envoys from North", "Envoys from North Korea", "KP"));
    }
}
