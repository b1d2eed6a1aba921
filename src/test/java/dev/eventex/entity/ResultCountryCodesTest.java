package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A three-letter country code in parentheses after a competitor's name is the country. Hand tokens, no name model. */
class ResultCountryCodesTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(HandText.GAZETTEER, null, HandText.VALUES, HandText.LEXICONS);

    private List<EntityMention> names(String sentence) {
        return recognizer.recognize(HandText.doc(sentence)).stream().filter(m -> m.kind() == MentionKind.NAME).toList();
    }

    @Test
    void aCodeAfterAPersonIsTheCountry() {
        assertThat(names("Dr Ana Lune ( ESP ) won/VERB ahead/ADV of/ADP Dr Rita Kort ( GER ) ./PUNCT"))
                .filteredOn(m -> m.type() == EntityType.LOCATION)
                .extracting(EntityMention::text, EntityMention::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ESP", "ES"), org.assertj.core.groups.Tuple.tuple("GER", "DE"));
    }

    @Test
    void aCodeAfterAnythingElseIsLeftToTheOtherSources() {
        assertThat(names("The/DET Elbonian Space Program ( ESP ) launched/VERB a/DET rocket/NOUN ./PUNCT"))
                .filteredOn(m -> m.type() == EntityType.LOCATION).isEmpty();
        assertThat(names("Dr Ana Lune ( XYZ ) won/VERB ./PUNCT")).filteredOn(m -> m.type() == EntityType.LOCATION).isEmpty();
    }
}
