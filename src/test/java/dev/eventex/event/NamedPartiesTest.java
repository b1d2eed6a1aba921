package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.DATE;
import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.Meeting;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parties whose names the entity stage reads from the words around them (a counterpart, an
 * office in apposition, the body and country of a title), on sentences written for these tests.
 */
class NamedPartiesTest {

    @Test
    void theHolderOfAnOfficeAfterItsBodyIsTheParty() {
        List<Meeting> m = meetings("Former minister Ravi Kumar met Acme president D K Rao on Monday.");
        assertThat(m).singleElement().satisfies(x -> assertThat(names(x)).containsExactlyInAnyOrder("Ravi Kumar", "D K Rao"));
    }

    @Test
    void aNameWithItsOfficeInAppositionIsTheParty() {
        List<Meeting> m = meetings("Governor Omar Said of Mombasa hosted Khalid Nasser Al Harthi, Deputy Minister at the "
                + "trade ministry of Oman, in Mombasa on Friday.");
        assertThat(m).singleElement().satisfies(x -> assertThat(names(x)).contains("Khalid Nasser Al Harthi"));
    }

    @Test
    void aTitledNameAfterTheBodyAndItsCountryIsThePerson() {
        List<Meeting> m = meetings("The Speaker held talks with the President of the Senate of Chile Tomas Ignacio Varga Lillo in Geneva on Monday.");
        assertThat(m).singleElement().satisfies(x -> assertThat(names(x)).contains("Tomas Ignacio Varga Lillo"));
    }

    @Test
    void theSpeakerOfAQuotationMakesNoStopsOfTheTour() {
        String text = "\"The minister landed in Lima for talks with the government,\" the ministry spokesperson Ana Castillo said "
                + "on Tuesday, after stops in Chile and Bolivia.";
        List<Visit> visits = SharedExtractor.defaults().extract(Document.of("t", text).withDate(DATE)).eventsOf(Visit.class);
        assertThat(visits).noneMatch(v -> v.visitor().name().equals("Ana Castillo"));
    }
}
