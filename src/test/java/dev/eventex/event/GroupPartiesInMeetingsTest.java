package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who meets when the subject is not a name: an infinitive of purpose after a verb and its object ("visited
 * the Assembly to meet Y"); on sentences written for these tests.
 */
class GroupPartiesInMeetingsTest {

    @Test
    void theObjectOfTheVerbAnInfinitiveOfPurposeServesDoesNotMeet() {
        List<Meeting> m = meetings("Foreign Minister Ivo Sandel visited the Tarvo Assembly to meet Speaker Ana Velor on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Ivo Sandel", "Ana Velor");
    }

    @Test
    void aVerbWithoutObjectBeforeTheInfinitiveKeepsItsSubject() {
        List<Meeting> m = meetings("Foreign Minister Ivo Sandel is expected to meet Speaker Ana Velor on Monday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Ivo Sandel", "Ana Velor");
    }
}
