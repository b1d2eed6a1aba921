package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parties of a meeting noun written away from it: coordinated subjects of the light verb reached through a
 * control verb ("X and Y are due to attend the summit"), a "with" phrase set off from the noun by its date and a
 * comma ("meetings Saturday, with X") or by its place ("a news conference in Lima alongside X"), and the parties listed after "involving". On sentences written for these tests.
 */
class SidesThroughLightVerbsAndDatesTest {

    @Test
    void coordinatedSubjectsOfAControlledLightVerbAreTheParties() {
        for (String text : List.of("Prime Minister Ana Velor and President Tarn Osk are scheduled to attend the summit in Lima.",
                "Prime Minister Ana Velor and President Tarn Osk are expected to attend the meeting in Lima.")) {
            List<Meeting> m = meetings(text);
            assertThat(m).as(text).hasSize(1);
            assertThat(names(m.get(0))).as(text).containsExactlyInAnyOrder("Ana Velor", "Tarn Osk");
        }
    }

    @Test
    void aWithPhraseAfterTheNounsDateAndACommaNamesTheCounterpart() {
        List<Meeting> m = meetings("President Tarn Osk will hold one-on-one meetings Saturday, with Peruvian President Ana Velor.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Ana Velor");
        assertThat(meetings("President Tarn Osk will hold talks on Monday with Peruvian President Ana Velor."))
                .singleElement().satisfies(x -> assertThat(names(x)).containsExactlyInAnyOrder("Tarn Osk", "Ana Velor"));
    }

    @Test
    void separateMeetingsWithSeveralCounterpartsAreOnePerCounterpart() {
        List<Meeting> m = meetings("President Tarn Osk will hold one-on-one meetings Saturday, with Peruvian President Ana Velor, "
                + "as well as leaders from Chile and Brazil.");
        assertThat(m).hasSizeGreaterThanOrEqualTo(3).allSatisfy(x -> assertThat(names(x)).hasSize(2).contains("Tarn Osk"));
    }

    @Test
    void thePartiesListedAfterInvolvingMeet() {
        List<Meeting> m = meetings("The talks involving Kenya, Uganda and Peru ended on Monday.");
        assertThat(m).singleElement().satisfies(x -> assertThat(names(x)).containsExactlyInAnyOrder("Kenya", "Uganda", "Peru"));
        // "involving" further from the noun belongs to another word: no parties of the talks
        assertThat(meetings("The talks on a trade deal involving Kenya and Uganda ended on Monday.")).isEmpty();
    }

    @Test
    void counterpartsListedAfterTheNounWithNoHostDoNotMeetEachOther() {
        List<Meeting> m = meetings("Mr. Tarn Osk is flying to the Latvian capital, Riga, Friday for talks on Saturday with the presidents "
                + "of Kenya, Uganda and Peru.");
        assertThat(m).isNotEmpty().allSatisfy(x -> assertThat(names(x)).contains("Tarn Osk"));
    }

    @Test
    void anAuxiliaryHaveIsNoLightVerbOfTheNoun() {
        assertThat(meetings("Kenyan, Ugandan and Peruvian negotiators have called an emergency meeting of the agency on Tuesday."))
                .isEmpty();
    }

    @Test
    void aPlaceAndDateOfTheNounStandBeforeItsAlongsidePhrase() {
        List<Meeting> m = meetings("Tarn Osk made the pledge during a joint news conference Thursday in Lima alongside Peruvian Prime Minister "
                + "Ana Velor.");
        assertThat(m).singleElement().satisfies(x -> assertThat(names(x)).containsExactlyInAnyOrder("Tarn Osk", "Ana Velor"));
    }

    @Test
    void aPlaceAfterTheTriggerIsStillFoundByAFinderThatLooksForIt() {
        List<dev.eventex.api.Visit> v = dev.eventex.api.SharedExtractor.defaults()
                .extract(dev.eventex.api.Document.of("t", "Peruvian President Ana Velor arrived on Monday in Nairobi.").withDate(MeetingFixture.DATE))
                .eventsOf(dev.eventex.api.Visit.class);
        assertThat(v).singleElement().satisfies(x -> assertThat(x.destination().name()).isEqualTo("Nairobi"));
    }

    @Test
    void talksPursuedAreTalksHeld() {
        assertThat(meetings("Kenyan and Ugandan political leaders have been pursuing last-minute negotiations with rebel leaders."))
                .singleElement().satisfies(x -> assertThat(String.join(" ", names(x))).contains("rebel leaders"));
    }

    @Test
    void onlyTheAdjunctsRightAfterTheTriggerArePassedOver() {
        assertThat(meetings("Budget talks collapsed in June after a dispute between Kenya and Uganda on spending.")).isEmpty();
    }
}
