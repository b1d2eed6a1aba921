package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place that opens the name of an agreement or a competition names no location there, and an
 * adjective of a region's people names no place at all. Hand tokens, no name model.
 */
class NamedThingPlacesTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(HandText.GAZETTEER, null, HandText.VALUES, HandText.LEXICONS);

    private List<String> organizations(String sentence) {
        return recognizer.recognize(HandText.doc(sentence)).stream()
                .filter(m -> m.kind() == MentionKind.NAME && m.type() == EntityType.ORGANIZATION).map(EntityMention::text).toList();
    }

    private List<String> places(String sentence) {
        return recognizer.recognize(HandText.doc(sentence)).stream()
                .filter(m -> m.kind() == MentionKind.NAME && m.type() == EntityType.LOCATION).map(EntityMention::text).toList();
    }

    @Test
    void aPlaceOpeningAnAgreementOrACupIsNoLocation() {
        assertThat(places("Both/DET signed/VERB the/DET Paris Agreement in/ADP Nairobi ./PUNCT")).containsExactly("Nairobi");
        assertThat(places("Kenya won/VERB the/DET Africa Cup ./PUNCT")).containsExactly("Kenya");
    }

    @Test
    void aPlaceBeforeOtherWordsStaysALocation() {
        assertThat(places("Leaders/NOUN met/VERB at/ADP the/DET Paris summit/NOUN ./PUNCT")).containsExactly("Paris");
        assertThat(places("The/DET agreement/NOUN was/AUX signed/VERB in/ADP Paris ./PUNCT")).containsExactly("Paris");
    }

    @Test
    void aRegionsAdjectiveNamesNoPlace() {
        assertThat(places("The/DET Latin American left/NOUN won/VERB in/ADP Latin America ./PUNCT")).containsExactly("Latin America");
        assertThat(HandText.GAZETTEER.findNames(HandText.doc("A/DET North African port/NOUN").sentences().get(0)))
                .singleElement().satisfies(m -> {
                    assertThat(m.first().kind()).isEqualTo(GazetteerEntry.Kind.DEMONYM);
                    assertThat(m.first().canonical()).isEqualTo("North Africa");
                });
    }

    @Test
    void aBodyOpeningACharterOrGamesIsNoOrganization() {
        assertThat(organizations("Both/DET cited/VERB the/DET United Nations Charter ./PUNCT")).isEmpty();
        assertThat(organizations("The/DET United Nations met/VERB in/ADP Geneva ./PUNCT")).containsExactly("United Nations");
    }

    @Test
    void namesMayStandBetweenThePlaceAndTheHead() {
        assertThat(places("She/PRON won/VERB at/ADP the/DET Tarvo Winter Olympic Games ./PUNCT")).isEmpty();
        assertThat(places("Crowds/NOUN marked/VERB Kenya National Day in/ADP Nairobi ./PUNCT")).containsExactly("Nairobi");
    }

    @Test
    void aVerbOrTooManyWordsBetweenKeepThePlace() {
        assertThat(places("Kenya Beat/VERB Elbonia In/ADP Africa Cup Final")).contains("Kenya");
        assertThat(places("Kenya Signs/VERB Paris Agreement")).containsExactly("Kenya");
    }
}
