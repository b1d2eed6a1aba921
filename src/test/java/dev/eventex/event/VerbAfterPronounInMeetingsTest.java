package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "He heads back to X for a meeting with Y": the verb in -s after "he" is no group of office
 * holders ("heads"), so the meeting is the pronoun's referent's; on sentences written for these tests.
 */
class VerbAfterPronounInMeetingsTest {

    @Test
    void aVerbInSAfterHeIsNoGroupOfOfficeHolders() {
        List<Meeting> m = meetings("President Tarn Osk cut short his holiday abroad. "
                + "He heads back to the capital on Friday for a meeting with Prime Minister Lio Brandt.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Lio Brandt");
    }
}
