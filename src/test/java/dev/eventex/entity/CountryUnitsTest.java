package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lone proper name right before a country names a company's or a group's national unit
 * ("Sekora Kenya"); a word that names a part or an era of the place, a longer name and a
 * sentence's first word do not. Hand tokens with invented names, no name model.
 */
class CountryUnitsTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(HandText.GAZETTEER, null, HandText.VALUES, HandText.LEXICONS);

    private List<String> names(EntityType type, String... sentences) {
        return recognizer.recognize(HandText.doc(sentences), recognizer.newDocument(), () -> false).stream()
                .filter(m -> m.kind() == MentionKind.NAME && m.type() == type).map(EntityMention::text).toList();
    }

    @Test
    void aNameBeforeACountryIsTheCompanysUnit() {
        assertThat(names(EntityType.ORGANIZATION, "Ana/PROPN Velor joined/VERB Sekora Kenya in/ADP 2019/NUM ./PUNCT"))
                .containsExactly("Sekora Kenya");
    }

    @Test
    void aPartOfThePlaceStaysAPlace() {
        assertThat(names(EntityType.LOCATION, "Rain/NOUN fell/VERB in/ADP Western Kenya ./PUNCT")).containsExactly("Kenya");
        assertThat(names(EntityType.ORGANIZATION, "Rain/NOUN fell/VERB in/ADP Western Kenya ./PUNCT")).isEmpty();
    }

    @Test
    void aWordInsideALongerNameOrOpeningTheSentenceNamesNoUnit() {
        assertThat(names(EntityType.ORGANIZATION, "She/PRON met/VERB Lumber and/CCONJ Resin Kenya ./PUNCT")).doesNotContain("Resin Kenya");
        assertThat(names(EntityType.ORGANIZATION, "Tarvo Kenya is/AUX far/ADV ./PUNCT")).doesNotContain("Tarvo Kenya");
    }
}
