package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import dev.eventex.text.AnalyzedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names that their context proves to be organizations ({@code organization-evidence.tsv}):
 * legal forms, company words, describing nouns, sports words that make a city a club, and
 * lines of results. Hand tokens with invented names, no name model.
 */
class OrganizationEvidenceTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(HandText.GAZETTEER, null, HandText.VALUES, HandText.LEXICONS);

    private List<EntityMention> names(AnalyzedText doc, DocumentMemory memory) {
        return recognizer.recognize(doc, memory, () -> false).stream().filter(m -> m.kind() == MentionKind.NAME).toList();
    }

    private List<String> organizations(String... sentences) {
        return names(HandText.doc(sentences), recognizer.newDocument()).stream()
                .filter(m -> m.type() == EntityType.ORGANIZATION).map(EntityMention::text).toList();
    }

    private List<String> locations(String... sentences) {
        return names(HandText.doc(sentences), recognizer.newDocument()).stream()
                .filter(m -> m.type() == EntityType.LOCATION).map(EntityMention::text).toList();
    }

    @Test
    void aLegalFormBelongsToTheName() {
        assertThat(organizations("Shares/NOUN of/ADP Quennet Ltd. fell/VERB sharply/ADV")).containsExactly("Quennet Ltd.");
    }

    @Test
    void anOrganizationTakesInALegalFormAfterAComma() {
        assertThat(organizations("The/DET buyer/NOUN is/AUX Tarvo Resin Holdings ,/PUNCT LLC ./PUNCT"))
                .containsExactly("Tarvo Resin Holdings , LLC");
        assertThat(organizations("Shares/NOUN of/ADP Tarvo Resin Holdings ,/PUNCT Inc. fell/VERB"))
                .containsExactly("Tarvo Resin Holdings , Inc.");
        assertThat(organizations("The/DET buyer/NOUN is/AUX Tarvo Resin Holdings ,/PUNCT and/CCONJ it/PRON paid/VERB ./PUNCT"))
                .containsExactly("Tarvo Resin Holdings");
    }

    @Test
    void companyWordsAfterANameOrItsPossessive() {
        assertThat(organizations("Brovanta shares/NOUN rose/VERB on/ADP Tuesday/PROPN .")).containsExactly("Brovanta");
        assertThat(organizations("She/PRON met/VERB Brovanta 's chief/ADJ executive/NOUN")).containsExactly("Brovanta");
    }

    @Test
    void aDescribingNounBeforeTheName() {
        assertThat(organizations("The/DET chipmaker/NOUN Sekora Micro said/VERB profits/NOUN fell/VERB"))
                .containsExactly("Sekora Micro");
        assertThat(organizations("Local/ADJ rights/NOUN group/NOUN Tarvo Watch counted/VERB the/DET arrests/NOUN"))
                .containsExactly("Tarvo Watch");
    }

    @Test
    void aMediaNounBeforeTheName() {
        assertThat(organizations("The/DET local/ADJ daily/NOUN El Varnico reported/VERB the/DET fire/NOUN ."))
                .containsExactly("El Varnico");
    }

    @Test
    void aCompanyOfficeBeforeOfOrAt() {
        assertThat(organizations("Ana/PROPN Velor ,/PUNCT CEO/NOUN of/ADP Brovanta ,/PUNCT spoke/VERB .")).containsExactly("Brovanta");
        assertThat(organizations("Ana/PROPN Velor ,/PUNCT a/DET director/NOUN at/ADP Quennet ,/PUNCT spoke/VERB ."))
                .containsExactly("Quennet");
    }

    @Test
    void anOwnerInsideALongerNameIsNoNameOfItsOwn() {
        assertThat(organizations("Ana/PROPN Velor ,/PUNCT chairman/NOUN of/ADP Quennet 's/PART Resin Fund ,/PUNCT spoke/VERB ."))
                .doesNotContain("Quennet");
    }

    @Test
    void aDescribingPhraseAfterTheNameAndACommaOrIs() {
        assertThat(organizations("Sekora ,/PUNCT a/DET Tarvo-based/ADJ chip/NOUN manufacturer/NOUN ,/PUNCT cut/VERB jobs/NOUN .",
                "Later/ADV Sekora hired/VERB again/ADV .")).containsExactly("Sekora", "Sekora");
        assertThat(organizations("Brovanta is/AUX a/DET family-owned/ADJ company/NOUN that/PRON sells/VERB resin/NOUN ."))
                .containsExactly("Brovanta");
    }

    @Test
    void aDescribingPhraseThatGoesOnOrOpensAClauseProvesNothing() {
        assertThat(organizations("Velor ,/PUNCT a/DET company/NOUN director/NOUN ,/PUNCT spoke/VERB .")).isEmpty();
        assertThat(organizations("Tarvo Kask ,/PUNCT the/DET company/NOUN ’/PUNCT s/PART founder/NOUN ,/PUNCT spoke/VERB .")).isEmpty();
        assertThat(organizations("After/ADP Tarvo Kask left/VERB Velor ,/PUNCT the/DET ruling/ADJ party/NOUN lost/VERB ."))
                .doesNotContain("Velor");
    }

    @Test
    void aDescribedPartOfALongerNameIsNoNameOfItsOwn() {
        assertThat(organizations("Varna Council of/ADP Resin Workers ,/PUNCT a/DET union/NOUN ,/PUNCT met/VERB ."))
                .doesNotContain("Resin Workers");
    }

    @Test
    void aCapitalisedWordOpeningTheSentenceIsNoName() {
        assertThat(organizations("Its/PRON shares/NOUN rose/VERB")).isEmpty();
        assertThat(organizations("The/DET company/NOUN said/VERB nothing/PRON")).isEmpty();
    }

    @Test
    void aPlaceBeforeCompanyWordsStaysAPlace() {
        assertThat(organizations("London shares/NOUN fell/VERB")).isEmpty();
        assertThat(locations("London shares/NOUN fell/VERB")).containsExactly("London");
    }

    @Test
    void aCityBeforeASportsWordIsAClub() {
        assertThat(organizations("The/DET Lyon striker/NOUN Pavel Orzek scored/VERB twice/ADV")).containsExactly("Lyon");
    }

    @Test
    void aCountryBeforeASportsWordStaysAPlace() {
        assertThat(organizations("The/DET France coach/NOUN named/VERB his/PRON squad/NOUN")).isEmpty();
    }

    @Test
    void aCityInALineOfResultsIsAClub() {
        assertThat(organizations("Lyon 2 Bologna 1")).containsExactly("Lyon", "Bologna");
        assertThat(organizations("They/PRON beat/VERB Bologna 3-1 on/ADP Sunday/PROPN .")).containsExactly("Bologna");
    }

    @Test
    void withoutAScoreACityStaysAPlace() {
        assertThat(organizations("Rain/NOUN beat/VERB Bologna all/DET week/NOUN")).isEmpty();
        assertThat(organizations("He/PRON lived/VERB in/ADP Bologna for/ADP 2 years/NOUN")).isEmpty();
    }

    @Test
    void aPlayerBeatenNextToAScoreIsNoClub() {
        assertThat(organizations("Tomas Varga beat/VERB Ivo Lenk 6-3 6-4")).isEmpty();
    }

    @Test
    void aNameProvedOnceIsAnOrganizationLaterInTheDocument() {
        DocumentMemory memory = recognizer.newDocument();
        names(HandText.doc("The/DET carmaker/NOUN Velostra recalled/VERB cars/NOUN"), memory);
        assertThat(names(HandText.doc("Velostra apologised/VERB"), memory)).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Velostra", EntityType.ORGANIZATION));
    }

    @Test
    void anAmpersandOrAFunctionWordInsideTheNameIsKept() {
        assertThat(organizations("Analysts/NOUN at/ADP the/DET consulting/NOUN firm/NOUN Lenk & Partners agreed/VERB"))
                .containsExactly("Lenk & Partners");
        assertThat(organizations("He/PRON sold/VERB Kovo An Holdings shares/NOUN .")).containsExactly("Kovo An Holdings");
    }

    @Test
    void aCompanyWordReadAsAVerbIsNoEvidence() {
        assertThat(organizations("Mira Lenk shares/VERB her/PRON recipes/NOUN online/ADV .")).isEmpty();
    }

    @Test
    void aRunThatCutsAPlaceNameIsNoName() {
        assertThat(organizations("The/DET New Zealand striker/NOUN Ivo Lenk scored/VERB .")).isEmpty();
    }

    @Test
    void aRangeOfNumbersInRunningTextIsNoScore() {
        assertThat(organizations("In/ADP Bologna 15-20 people/NOUN were/AUX hurt/VERB .")).isEmpty();
    }

    @Test
    void aHeadlineIsSkipped() {
        assertThat(organizations("Brovanta Shares Rise As Markets Rally")).isEmpty();
    }

    @Test
    void modifiersMayStandBetweenTheAndTheDescribingNoun() {
        assertThat(organizations("Staff/NOUN of/ADP the/DET Velmora-based company/NOUN Brandt Kessler agreed/VERB ./PUNCT"))
                .containsExactly("Brandt Kessler");
        assertThat(organizations("She/PRON joined/VERB the/DET state-owned firm/NOUN Tarn Osk in/ADP May/PROPN ./PUNCT"))
                .containsExactly("Tarn Osk");
        // a verb between them is a clause: "the man running the company", no description
        assertThat(organizations("the/DET man/NOUN running/VERB company/NOUN Tarn Osk spoke/VERB"))
                .isEmpty();
    }
}
