package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An acronym the document spells out as an agreement, a plan or an office is no organization
 * anywhere in it; one spelled out as a body still is. Hand tokens, no name model.
 */
class SpelledOutAcronymsTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(HandText.GAZETTEER, null, HandText.VALUES, HandText.LEXICONS);

    private List<String> organizations(String... sentences) {
        return recognizer.recognize(HandText.doc(sentences), recognizer.newDocument(), () -> false).stream()
                .filter(m -> m.kind() == MentionKind.NAME && m.type() == EntityType.ORGANIZATION).map(EntityMention::text).toList();
    }

    @Test
    void anAgreementSpelledOutIsNoOrganizationLaterOn() {
        assertThat(organizations("The/DET Tarvo Free Trade Agreement ( TFTA ) took/VERB effect/NOUN ./PUNCT",
                "Exporters/NOUN say/VERB TFTA helps/VERB them/PRON ./PUNCT")).doesNotContain("TFTA");
    }

    @Test
    void anOfficeOfTwoWordsOrMoreSpelledOutIsNoOrganization() {
        assertThat(organizations("The/DET Deputy Inspector General ( DIG ) spoke/VERB ./PUNCT",
                "Later/ADV DIG Varga left/VERB ./PUNCT")).doesNotContain("DIG");
    }

    @Test
    void aBodyWhoseNameEndsInAWordOfOtherThingsStaysAnOrganization() {
        assertThat(organizations("The/DET Tarvo Panel on/ADP Climate Change ( TPCC ) met/VERB ./PUNCT",
                "Exporters/NOUN say/VERB TPCC helps/VERB them/PRON ./PUNCT")).contains("TPCC");
    }

    @Test
    void aCodeInParenthesesWithoutItsInitialDefinesNothing() {
        assertThat(organizations("The/DET Tarvo Free Trade Agreement ( KPLC ) took/VERB effect/NOUN ./PUNCT",
                "Exporters/NOUN say/VERB KPLC helps/VERB them/PRON ./PUNCT")).contains("KPLC");
    }

    @Test
    void anAcronymOfLowerCaseWordsIsNoOrganization() {
        assertThat(organizations("Farmers/NOUN got/VERB rapid/ADJ resin/NOUN tests/NOUN ( RRT ) ./PUNCT",
                "Each/DET RRT costs/VERB little/ADJ ,/PUNCT and/CCONJ a/DET cured/ADJ lumber/NOUN transfer/NOUN ,/PUNCT or/CCONJ CLT ,/PUNCT follows/VERB ./PUNCT",
                "Later/ADV CLT grew/VERB ./PUNCT")).doesNotContain("RRT", "CLT");
    }

    @Test
    void anAcronymOfALowerCaseBodyStaysAnOrganization() {
        assertThat(organizations("The/DET lumber/NOUN quota/NOUN committee/NOUN ( LQC ) met/VERB ./PUNCT",
                "Later/ADV LQC left/VERB ./PUNCT")).contains("LQC");
    }
}
