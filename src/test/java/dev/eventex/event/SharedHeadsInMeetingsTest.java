package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Argument;
import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coordinated subjects whose first conjunct the word-order walk loses, read from the tree ({@link SharedHeads}):
 * modifiers coordinated before one head noun, a description with no name coordinated before a party, and the
 * objects coordinated in a group's "of"/"from" phrase. Sentences written for these tests.
 */
class SharedHeadsInMeetingsTest {

    private static List<String> texts(Meeting m) {
        return m.participants().stream().map(Argument::text).toList();
    }

    @Test
    void modifiersCoordinatedBeforeOneHeadAreTwoSides() {
        assertThat(meetings("Norwegian and Kenyan negotiators held talks in Oslo on Monday."))
                .singleElement().satisfies(m -> assertThat(texts(m)).containsExactly("Norwegian", "Kenyan negotiators"));
        assertThat(meetings("Officials said Norwegian and European Union officials are meeting Monday in Lima."))
                .singleElement().satisfies(m -> assertThat(texts(m)).containsExactly("Norwegian", "European Union officials"));
    }

    @Test
    void capitalisedModifiersNameSidesButASentenceOpeningCapitalDoesNot() {
        assertThat(meetings("Northern and Southern leaders held talks last week."))
                .singleElement().satisfies(m -> assertThat(texts(m)).containsExactly("Northern", "Southern leaders"));
        assertThat(meetings("Senior and junior officials held talks with the minister."))
                .allSatisfy(m -> assertThat(texts(m)).doesNotContain("Senior"));
    }

    @Test
    void aDescriptionCoordinatedBeforeThePartyIsASide() {
        assertThat(meetings("The government and exiled opposition leaders are set to resume talks in Oslo on Sunday."))
                .singleElement().satisfies(m -> assertThat(texts(m)).containsExactly("The government", "opposition leaders"));
        assertThat(meetings("Kenya's newly elected government and Peruvian leaders are due to open talks on the border."))
                .singleElement().satisfies(m -> assertThat(texts(m)).containsExactly("Kenya's newly elected government", "Peruvian leaders"));
    }

    @Test
    void theObjectsCoordinatedInAGroupsOwnPhraseAreSides() {
        assertThat(meetings("Negotiators from the Kenyan government and rebel groups have begun meeting in Oslo."))
                .singleElement().satisfies(m -> assertThat(texts(m))
                        .containsExactly("Negotiators from the Kenyan government", "rebel groups"));
        assertThat(meetings("Representatives of the European Union and Kenya have begun a third day of talks in Lima."))
                .singleElement().satisfies(m -> assertThat(texts(m))
                        .containsExactly("Representatives of the European Union", "Kenya"));
    }

    @Test
    void partiesCoordinatedAsTheObjectOfAPrepositionAreNoSubjects() {
        // the walk took the second object of "between" for the subject of "co-chairs": the tree shows a preposition's objects
        assertThat(meetings("The close collaboration between the Kenyan Ministry of Trade (KTM) and the Norwegian Trade Office, "
                + "in their capacity as co-chairs of the council, was praised.")).isEmpty();
    }

    @Test
    void theObjectsOfAVerbUrgedToMeetAreNoSubjects() {
        assertThat(meetings("They urged Kenya's interim government and rebels to resume peace talks.")).isEmpty();
        assertThat(meetings("Organizers said they want to mount pressure on the government and the rebels to resume peace talks.")).isEmpty();
    }

    @Test
    void theMembersListedInOneGroupsPhraseAreNoSides() {
        // "heads of state and government" is one group: only a place or a body after "of"/"from" names a side
        assertThat(meetings("Ministers are gathered in Oslo ahead of a meeting where heads of state and government are expected "
                + "to hold talks on the treaty.")).isEmpty();
    }

    @Test
    void coordinatedModifiersWithoutAMeetingWordAreNoMeeting() {
        assertThat(meetings("Norwegian and Kenyan officials said the border would reopen.")).isEmpty();
    }
}
