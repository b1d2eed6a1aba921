package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An ordinary word written in capitals inside a sentence in lower case is emphasis, as reviews
 * and mail write it, not an unexplained acronym; one the document defines in parentheses is a
 * name. Hand tokens, no name model.
 */
class ShoutedWordsTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(HandText.GAZETTEER, null, HandText.VALUES, HandText.LEXICONS);

    private List<String> organizations(String... sentences) {
        return recognizer.recognize(HandText.doc(sentences), recognizer.newDocument(), () -> false).stream()
                .filter(m -> m.kind() == MentionKind.NAME && m.type() == EntityType.ORGANIZATION).map(EntityMention::text).toList();
    }

    @Test
    void anOrdinaryWordInCapitalsIsNoOrganization() {
        assertThat(organizations("The/DET inn/NOUN serves/VERB FREE breakfast/NOUN ./PUNCT",
                "We/PRON have/AUX NEVER been/AUX disappointed/ADJ ./PUNCT")).isEmpty();
    }

    @Test
    void anUnexplainedAcronymStaysAnOrganization() {
        assertThat(organizations("Exporters/NOUN say/VERB KPLC helps/VERB them/PRON ./PUNCT")).containsExactly("KPLC");
    }

    @Test
    void aWordTheDocumentDefinesInParenthesesIsAName() {
        assertThat(organizations("Velor ( UP ) leaders/NOUN met/VERB ./PUNCT", "Later/ADV the/DET UP protested/VERB ./PUNCT"))
                .contains("UP");
    }

    @Test
    void abbreviationsOfMailAndChatAreNoOrganizations() {
        assertThat(organizations("Please/VERB RSVP by/ADP Friday/PROPN ,/PUNCT FYI/X the/DET RFP closes/VERB ./PUNCT")).isEmpty();
    }

    @Test
    void abbreviatedRanksAndFormsOfAddressAreNoOrganizations() {
        List<EntityMention> found = recognizer.recognize(HandText.doc(
                "Additional/ADJ DIG Ana Velor said/VERB HH the/DET Emir/PROPN received/VERB VPM Tarvo Sekora ./PUNCT"));
        assertThat(found).filteredOn(m -> m.type() == EntityType.ORGANIZATION).isEmpty();
        assertThat(found).filteredOn(m -> m.kind() == MentionKind.NAME && m.type() == EntityType.PERSON)
                .extracting(EntityMention::text).containsExactly("Ana Velor", "Tarvo Sekora");
    }
}
