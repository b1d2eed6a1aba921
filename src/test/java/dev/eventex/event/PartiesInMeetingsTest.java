package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meetings whose parties are countries or a pair phrase ("both leaders"), on sentences written for these tests. */
class PartiesInMeetingsTest {

    @Test
    void countriesNamedTogetherThatHoldTalksAreTheParties() {
        List<Meeting> m = meetings("Kenya and Uganda held talks in Kampala on Monday on the new railway line.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Kenya", "Uganda");
    }

    @Test
    void countriesHoldingASessionOfTheirJointBodyMeet() {
        List<Meeting> m = meetings("Peru and Bolivia held the fourth session of their joint commission in La Paz on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Peru", "Bolivia");
    }

    @Test
    void countriesJoinedByAHyphenInTheMeetingsNameMeetHoweverTheHyphenIsTokenized() {
        // the tokenizer glues the hyphen to "Kenya" here ("Kenya-" "Norway"); the names stand apart all the same
        List<Meeting> m = meetings("On February 23, officials of both governments took part in the third Kenya-Norway Policy Consultation Meeting in Nairobi.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Kenya", "Norway");
    }

    @Test
    void aMeetingNamedAfterItsCountriesIsTheirMeeting() {
        // the tagger reads the capitalised head of such a name as a proper noun
        List<Meeting> m = meetings("Diplomats of both capitals gathered last Thursday for the second "
                + "Costa Rica-Norway Economic Partnership and Dialogue Meeting.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Costa Rica", "Norway");
    }

    @Test
    void aCompanysAnnualGeneralMeetingIsNoMeetingOfCountries() {
        assertThat(meetings("The shareholders attended the Kenya-Uganda Annual General Meeting in Nairobi on Monday.")).isEmpty();
    }

    @Test
    void aJointBodyNamedForTwoCountriesHoldingItsSessionIsTheirMeeting() {
        List<Meeting> m = meetings("The Kenyan-Ugandan Joint Committee held its fifth session in Kampala on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Kenya", "Uganda");
    }

    @Test
    void countriesAtATrainingSessionDoNotMeet() {
        assertThat(meetings("Brazil and Uruguay held a joint training session in Montevideo before the tournament.")).isEmpty();
    }

    @Test
    void talksBetweenBothLeadersAreBetweenTheTwoOfficeHolders() {
        List<Meeting> m = meetings("Hungarian President Tomas Varga arrived in Lima on Monday at the invitation of Peruvian President Ana Ruiz.\n\n"
                + "The talks between both leaders focused on energy and mining.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tomas Varga", "Ana Ruiz");
    }

    @Test
    void discussionsBetweenTheTwoPresidentsAreAMeeting() {
        List<Meeting> m = meetings("Hungarian President Tomas Varga arrived in Lima on Monday at the invitation of Peruvian President Ana Ruiz.\n\n"
                + "Discussions between the two presidents will cover energy and mining.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tomas Varga", "Ana Ruiz");
    }

    @Test
    void aPairThatBelongsToAnotherNounIsNoParty() {
        assertThat(meetings("Kenya signed a rail accord with Uganda on Monday.\n\n"
                + "Officials expect further talks about rail links between the two countries.")).isEmpty();
    }
}
