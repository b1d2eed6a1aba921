package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Well-known organizations from {@code known-organizations.tsv}, and the names among them that
 * are also words, surnames or places, which count only with a cue, a sports score or the name
 * model's agreement. Hand tokens, no name model, so only the gazetteer can make these names.
 */
class KnownOrganizationsTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(HandText.GAZETTEER, null, HandText.VALUES, HandText.LEXICONS);

    private List<EntityMention> names(String... sentences) {
        return recognizer.recognize(HandText.doc(sentences), recognizer.newDocument(), () -> false).stream()
                .filter(m -> m.kind() == MentionKind.NAME).toList();
    }

    private List<String> organizations(String... sentences) {
        return names(sentences).stream().filter(m -> m.type() == EntityType.ORGANIZATION).map(EntityMention::text).toList();
    }

    @Test
    void everyOrganizationFileIsLoaded() {
        assertThat(Gazetteer.ORGANIZATION_FILES).contains(Gazetteer.ORGANIZATIONS, Gazetteer.KNOWN_ORGANIZATIONS);
        assertThat(HandText.GAZETTEER.isName("Siemens")).isTrue();
    }

    @Test
    void anUnambiguousCompanyNeedsNoCue() {
        assertThat(organizations("Shares/NOUN of/ADP Siemens fell/VERB in/ADP Frankfurt ./PUNCT")).containsExactly("Siemens");
        assertThat(organizations("Reuters and/CCONJ Kyodo reported/VERB the/DET fire/NOUN ./PUNCT")).contains("Reuters", "Kyodo");
    }

    @Test
    void aCompanyNamedLikeAWordNeedsACue() {
        assertThat(organizations("Apple said/VERB in/ADP a/DET statement/NOUN on/ADP Tuesday ./PUNCT")).containsExactly("Apple");
        assertThat(organizations("Shares/NOUN of/ADP Apple rose/VERB ./PUNCT")).containsExactly("Apple");
        assertThat(organizations("Apple 's shares/NOUN rose/VERB ./PUNCT")).containsExactly("Apple");
        assertThat(organizations("Apple pie/NOUN is/AUX on/ADP the/DET menu/NOUN ./PUNCT")).isEmpty();
        assertThat(organizations("She/PRON sold/VERB the/DET Total of/ADP her/PRON shares/NOUN ./PUNCT")).isEmpty();
    }

    @Test
    void aCapitalisedNeighbourMakesItPartOfAnotherName() {
        assertThat(organizations("Marta Dell said/VERB on/ADP Monday that/SCONJ she/PRON would/AUX stay/VERB ./PUNCT"))
                .doesNotContain("Dell");
    }

    @Test
    void aSportsScoreSupportsAClubNamedLikeAWord() {
        assertThat(organizations("Celtic beat/VERB Rangers 2-1 on/ADP Saturday ./PUNCT")).contains("Celtic", "Rangers");
        assertThat(organizations("Celtic 2 Rangers 1")).contains("Celtic", "Rangers");
        assertThat(organizations("The/DET festival/NOUN of/ADP Celtic music/NOUN drew/VERB crowds/NOUN ./PUNCT")).isEmpty();
    }

    @Test
    void aNameLeftWithoutItsArticleOrDescriptorNeedsACue() {
        assertThat(organizations("She/PRON wrote/VERB for/ADP the/DET Washington Post ./PUNCT")).containsExactly("Washington Post");
        assertThat(organizations("The/DET Telegraph pole/NOUN fell/VERB ./PUNCT")).isEmpty();
    }

    @Test
    void aTitleAndNameStayAPerson() {
        List<EntityMention> found = names("Finance Minister Tomas Total said/VERB on/ADP Monday that/SCONJ taxes/NOUN would/AUX rise/VERB ./PUNCT");
        assertThat(found).anyMatch(m -> m.type() == EntityType.PERSON && m.text().equals("Tomas Total"));
        assertThat(found).noneMatch(m -> m.type() == EntityType.ORGANIZATION);
    }

    @Test
    void aPlaceNamedLikeAnAirlineStaysUnsupportedWithoutACue() {
        assertThat(organizations("Flights/NOUN to/ADP the/DET Emirates were/AUX full/ADJ ./PUNCT")).isEmpty();
    }

    @Test
    void aCityNamedClubStaysAPlace() {
        assertThat(names("He/PRON flew/VERB to/ADP Madrid and/CCONJ Milan ./PUNCT"))
                .allMatch(m -> m.type() == EntityType.LOCATION);
    }
}
