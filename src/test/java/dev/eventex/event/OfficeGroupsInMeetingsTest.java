package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Meeting parties named by office and country ("the presidents of A and B", "the ministers of
 * the two countries"), on sentences written for these tests.
 */
class OfficeGroupsInMeetingsTest {

    @Test
    void officeHoldersOfTwoCountriesBeforeTheVerbAreTwoParties() {
        List<Meeting> m = meetings("The foreign ministers of Chile and Bolivia are expected to meet in Lima next week.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).participants()).hasSize(2);
        assertThat(String.join(" | ", names(m.get(0)))).contains("Chile").contains("Bolivia");
    }

    @Test
    void officeHoldersBeforeTheVerbMeetJointly() {
        List<Meeting> m = meetings("The presidents of Chile, Bolivia and Peru met in Lima on Tuesday to discuss water rights.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).participants()).hasSize(3);
    }

    @Test
    void officeHoldersNamedEarlierStandForTheGroup() {
        List<Meeting> m = meetings("Chilean President Rosa Mendez and Bolivian President Hugo Arce spoke by phone on Sunday.\n\n"
                + "The presidents of Chile and Bolivia will meet in Lima on Friday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Rosa Mendez", "Hugo Arce");
    }

    @Test
    void aGroupThatFitsTwoPeopleStaysAGroup() {
        List<Meeting> m = meetings("Chilean President Rosa Mendez and former Chilean President Luis Soto attended a dinner on Sunday.\n\n"
                + "The presidents of Chile and Bolivia will meet in Lima on Friday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).doesNotContain("Rosa Mendez", "Luis Soto");
    }

    @Test
    void officeHoldersListedAfterTheVerbAreSeparateMeetings() {
        List<Meeting> m = meetings("Prime Minister Ana Varga of Elbonia met the presidents of Chile, Bolivia and Peru in Lima on Tuesday.\n\n"
                + "Chilean President Rosa Mendez praised the talks.");
        assertThat(m).hasSize(3);
        assertThat(m).allSatisfy(x -> assertThat(names(x)).contains("Ana Varga").hasSize(2));
        assertThat(m.stream().flatMap(x -> names(x).stream())).contains("Rosa Mendez");
    }

    @Test
    void ministersOfTheTwoCountriesMeetForTheirCountries() {
        List<Meeting> m = meetings("Chile and Bolivia signed a border treaty last year.\n\n"
                + "On Monday the deputy trade ministers of the two countries held talks in La Paz.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).contains("Chile", "Bolivia");
    }

    @Test
    void aPairInsideAnotherNounPhraseIsNoParty() {
        assertThat(meetings("Chile and Bolivia signed a border treaty last year.\n\n"
                + "Critics of the two countries met the news with scepticism.")).isEmpty();
    }

    @Test
    void aDiplomaticCorpsIsAParty() {
        List<Meeting> m = meetings("The Chilean diplomatic corps has also met Carla Ruiz, who heads the Lima chamber of commerce, to plan a trade fair.");
        assertThat(m).hasSize(1);
        assertThat(String.join(" | ", names(m.get(0)))).contains("diplomatic corps").contains("Carla Ruiz");
    }

    @Test
    void theTwoHeadsOfStateWithOnlyOneNamedAreThatPersonAndTheOtherCountry() {
        List<Meeting> m = meetings("Chile and Bolivia want to double their trade in five years.\n\n"
                + "Chilean President Rosa Mendez arrived in La Paz on Monday.\n\n"
                + "The two heads of state then held talks for three hours.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Rosa Mendez", "Bolivia");
    }
}
