package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A long office written before the person received ("received Ambassador Extraordinary and
 * Plenipotentiary of A to B Lena Moor") takes none of the distance the object finder allows; on
 * sentences written for these tests.
 */
class LongOfficesInMeetingsTest {

    @Test
    void thePersonAfterALongOfficeIsTheOneReceived() {
        List<Meeting> m = meetings("Minister Oskar Brandt received Ambassador Extraordinary and Plenipotentiary of Ghana to Kenya "
                + "Lena Moor on Tuesday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Oskar Brandt", "Lena Moor");
    }

    @Test
    void wordsThatAreNoOfficeStillCount() {
        assertThat(meetings("Minister Oskar Brandt received a long and detailed written report on the harbour works from "
                + "engineer Lena Moor on Tuesday.")).isEmpty();
    }
}
