package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parties of a meeting noun written away from it: coordinated subjects of the light verb reached through a
 * control verb ("X and Y are due to attend the summit"), and the parties listed after "involving". On sentences written for these tests.
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
    void thePartiesListedAfterInvolvingMeet() {
        List<Meeting> m = meetings("The talks involving Kenya, Uganda and Peru ended on Monday.");
        assertThat(m).singleElement().satisfies(x -> assertThat(names(x)).containsExactlyInAnyOrder("Kenya", "Uganda", "Peru"));
        // "involving" further from the noun belongs to another word: no parties of the talks
        assertThat(meetings("The talks on a trade deal involving Kenya and Uganda ended on Monday.")).isEmpty();
    }

}
