package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import dev.eventex.text.AnalyzedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organization names with a possessive inside, organizations remembered for the rest of a
 * document, and the word lists that keep generic words and places out of organizations. Hand
 * tokens, no name model.
 */
class OrganizationKnowledgeTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(HandText.GAZETTEER, null, HandText.VALUES, HandText.LEXICONS);

    private List<String> organizations(AnalyzedText doc, DocumentMemory memory) {
        return recognizer.recognize(doc, memory, () -> false).stream()
                .filter(m -> m.kind() == MentionKind.NAME && m.type() == EntityType.ORGANIZATION).map(EntityMention::text).toList();
    }

    private List<String> organizations(String... sentences) {
        return organizations(HandText.doc(sentences), recognizer.newDocument());
    }

    @Test
    void anOfficesPossessiveBelongsToTheName() {
        assertThat(organizations("Officials/NOUN of/ADP the/DET Varnic Prosecutor 's Office questioned/VERB him/PRON"))
                .contains("Varnic Prosecutor 's Office");
    }

    @Test
    void aPluralPossessiveBelongsToTheName() {
        assertThat(organizations("The/DET Tarvo Dock Workers ' Union called/VERB a/DET strike/NOUN"))
                .contains("Tarvo Dock Workers ' Union");
    }

    @Test
    void aCollectiveNounsPossessiveBelongsToTheName() {
        assertThat(organizations("The/DET Elbonian People 's Party won/VERB nine/NUM seats/NOUN"))
                .contains("Elbonian People 's Party");
    }

    @Test
    void aCountrysPossessiveStaysOutsideTheName() {
        assertThat(organizations("Kenya 's Sekora Grain Authority raised/VERB prices/NOUN"))
                .contains("Sekora Grain Authority")
                .noneMatch(o -> o.startsWith("Kenya"));
    }

    @Test
    void aPersonsPossessiveStaysOutsideTheName() {
        assertThat(organizations("Varga 's Tulsa Holdings Group bought/VERB the/DET port/NOUN"))
                .contains("Tulsa Holdings Group")
                .noneMatch(o -> o.startsWith("Varga"));
    }

    @Test
    void anOrganizationNamedEarlierIsKnownLaterInTheDocument() {
        DocumentMemory memory = recognizer.newDocument();
        memory.rememberOrganization(new String[] {"Tulsa", "Brightworks"});
        assertThat(organizations(HandText.doc("Tulsa Brightworks hired/VERB forty/NUM engineers/NOUN"), memory))
                .containsExactly("Tulsa Brightworks");
        assertThat(organizations("Tulsa Brightworks hired/VERB forty/NUM engineers/NOUN")).isEmpty();
    }

    @Test
    void aKnownNameInsideALongerNameIsNotCutOut() {
        DocumentMemory memory = recognizer.newDocument();
        memory.rememberOrganization(new String[] {"Tulsa", "Brightworks"});
        assertThat(organizations(HandText.doc("Tulsa Brightworks Logistics hired/VERB staff/NOUN"), memory))
                .doesNotContain("Tulsa Brightworks");
    }

    @Test
    void aNameFoundInOneSentenceIsRememberedForTheNext() {
        DocumentMemory memory = recognizer.newDocument();
        organizations(HandText.doc("The/DET Sekora Grain Authority met/VERB"), memory);
        assertThat(memory.organizationsStartingWith("Sekora")).anySatisfy(n -> assertThat(n).containsExactly("Sekora", "Grain", "Authority"));
    }

    @Test
    void genericWordsAndPlacesAreListedAsNoOrganizations() {
        assertThat(HandText.GAZETTEER.isNonOrganizationName("Government")).isTrue();
        assertThat(HandText.GAZETTEER.isNonOrganizationName("First Nations")).isTrue();
        assertThat(HandText.GAZETTEER.isNonOrganizationName("Parliament")).isFalse();
        assertThat(HandText.GAZETTEER.isPlaceHead("Park")).isTrue();
        assertThat(HandText.GAZETTEER.isPlaceHead("Authority")).isFalse();
    }
}
