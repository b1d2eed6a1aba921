package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import dev.eventex.api.Tense;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wire copy names the two sides of a meeting as the coordinated subject of its verb, each with an office
 * and a country ("A's minister X and B's envoy Y met") or a description ("X and the exiled leader of the
 * party Y"), as two demonyms sharing one group ("Kenyan and Ugandan security officials met"), or as a
 * government and the rebels; a meeting noun in an adverbial phrase meets the clause's actor, not the ones
 * named after "with" each other; and a meeting held virtually is none. On sentences written for these tests.
 */
class CoordinatedSidesInMeetingsTest {

    @Test
    void twoOfficeHoldersEachWithADemonymMeet() {
        List<Meeting> m = meetings("Kenyan Defense Minister Tarn Osk and Ugandan Foreign Minister Lia Brenn met on Monday in Nairobi.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Lia Brenn");
    }

    @Test
    void twoOfficeHoldersEachWithADemonymHoldTalks() {
        List<Meeting> m = meetings("Kenyan Defense Minister Tarn Osk and Ugandan Foreign Minister Lia Brenn held talks on Monday in Nairobi.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Lia Brenn");
    }

    @Test
    void aTwoWordDemonymBeforeTheSecondOfficeKeepsTheFirstSubject() {
        List<Meeting> m = meetings("Deputy Minister Tarn Osk and North Korean Trade Minister Lia Brenn met in Kampala on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Lia Brenn");
    }

    @Test
    void aCountryNamedBeforeTheSecondOfficeKeepsTheFirstSubject() {
        List<Meeting> m = meetings("Kenya Foreign Minister Tarn Osk and Uganda Trade Minister Lia Brenn met in Kampala on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Lia Brenn");
    }

    @Test
    void twoDemonymsSharingAQualifiedGroupAreTheTwoSides() {
        List<Meeting> m = meetings("Kenyan and Ugandan security officials met in Nairobi on Monday.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).participants()).hasSize(2);
        assertThat(String.join(" ", names(m.get(0)))).contains("Kenya").contains("Ugand");
    }

    @Test
    void twoDemonymsSharingAGroupThatWillResumeTalksPlanAMeeting() {
        List<Meeting> m = meetings("Kenyan and Ugandan trade negotiators are due to resume talks in Nairobi on Monday.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).participants()).hasSize(2);
        assertThat(m.get(0).tense()).isEqualTo(Tense.PLANNED);
    }

    @Test
    void talksResumedByAGroupAndAGovernmentAreAMeeting() {
        List<Meeting> m = meetings("Rebel leaders and the Kenyan government resumed talks on Monday.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).participants()).hasSize(2);
    }

    @Test
    void thoseMetAfterWithInAnAdverbialPhraseDidNotMeetEachOther() {
        List<Meeting> m = meetings("After meetings with Ugandan President Tarn Osk and Prime Minister Lia Brenn in the capital, "
                + "Kenyan Foreign Minister Dario Vell said the two countries would expand trade.");
        assertThat(m).isNotEmpty().allSatisfy(x -> assertThat(names(x)).contains("Dario Vell"));
        assertThat(m).noneSatisfy(x -> assertThat(names(x)).containsExactlyInAnyOrder("Tarn Osk", "Lia Brenn"));
    }

    @Test
    void talksWithSomeoneInAnAdverbialPhraseAreTheSpeakersTalks() {
        List<Meeting> m = meetings("During talks with Ugandan President Tarn Osk, Kenyan Foreign Minister Dario Vell agreed to reopen the border.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Dario Vell");
    }

    @Test
    void aDescriptionBeforeTheLastSubjectsNameKeepsTheFirstSubject() {
        List<Meeting> m = meetings("President Joran Mik and the exiled leader of the opposition party Tarn Osk met in Nairobi on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Joran Mik", "Tarn Osk");
    }

    @Test
    void aDescriptionWithoutOfBeforeTheLastSubjectsNameKeepsTheFirstSubject() {
        List<Meeting> m = meetings("Minister Tarn Osk and the veteran opposition leader Lia Brenn held talks in Nairobi on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Lia Brenn");
    }

    @Test
    void aDescriptionStopsAtAVerbSoNoPartyBeforeItJoins() {
        // the subject of "met" is only the leader; the president is the one who said so
        List<Meeting> m = meetings("President Joran Mik said the veteran opposition leader Tarn Osk met the envoys in Nairobi on Monday.");
        assertThat(m).noneSatisfy(x -> assertThat(names(x)).contains("Joran Mik"));
    }

    @Test
    void officeHoldersWhoMetVirtuallyHeldNoMeeting() {
        assertThat(meetings("Deputy Minister Tarn Osk and Trade Secretary Lia Brenn met virtually on Monday.")).isEmpty();
        assertThat(meetings("Deputy Minister Tarn Osk met Trade Secretary Lia Brenn by video link on Monday.")).isEmpty();
    }

    @Test
    void aGovernmentAndTheRebelsHoldTalks() {
        List<Meeting> m = meetings("The Kenyan government and the rebels held talks on Monday in Nairobi.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).hasSize(2).contains("rebels");
    }

    @Test
    void aCallByTelephoneAfterTheMeetingLeavesTheMeeting() {
        List<Meeting> m = meetings("Minister Tarn Osk met Trade Secretary Lia Brenn on Monday and spoke by telephone to President Joran Mik.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Lia Brenn");
    }

    @Test
    void aPortfolioWordBeforeAnOfficeIsNoDemonym() {
        List<Meeting> m = meetings("Public Works and Administration Minister Tarn Osk met union leaders in Nairobi on Monday.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).participants()).hasSize(2);
        assertThat(names(m.get(0))).contains("Tarn Osk");
    }

    @Test
    void beingOpenToTalksWithTheRebelsIsNoMeeting() {
        assertThat(meetings("President Joran Mik says he is open to new peace talks with the rebels, but only abroad.")).isEmpty();
    }

    @Test
    void theyForAGroupFromCoordinatedCountriesIsAPartyPerCountry() {
        List<Meeting> m = meetings("Energy officials from Kenya, Uganda and Rwanda failed to agree on a price for the pipeline. "
                + "They met for two days in Kampala.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).participants()).hasSize(3);
        assertThat(String.join(" ", names(m.get(0)))).contains("Kenya").contains("Uganda").contains("Rwanda");
    }
}
