package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A meeting told only as a condition ("if they meet", "once he meets her", "asked whether X
 * had received Y") is supposed, not reported, and receiving pressure or criticism from someone is no meeting; on
 * sentences written for these tests.
 */
class ConditionalMeetingsTest {

    @Test
    void aMeetingInAnIfClauseIsNoMeeting() {
        assertThat(meetings("The president will only travel to Elbonia if Prime Minister Tomas Varga meets opposition leader "
                + "Ana Velor first.")).isEmpty();
        assertThat(meetings("Minister Ivo Sandel asked whether Mayor Ana Velor had received Governor Tomas Varga last week.")).isEmpty();
    }

    @Test
    void aMeetingOnceSomeoneMeetsIsNoMeetingButOnceMetIs() {
        assertThat(meetings("Governor Tomas Varga will decide once he meets Minister Ana Velor.")).isEmpty();
        List<Meeting> m = meetings("Prime Minister Tomas Varga and Minister Ana Velor once met in Paris.");
        assertThat(m).hasSize(1);
    }

    @Test
    void aConditionInAnotherClauseLeavesTheMeeting() {
        List<Meeting> m = meetings("If the ceasefire holds, Prime Minister Tomas Varga will meet Minister Ana Velor in Geneva.");
        assertThat(m).hasSize(1);
    }

    @Test
    void receivingPressureOrCriticismFromSomeoneIsNoMeeting() {
        assertThat(meetings("Mayor Ana Velor received pressure from her own party.")).isEmpty();
        assertThat(meetings("Minister Ivo Sandel received strong criticism from Governor Tomas Varga over the harbour works.")).isEmpty();
        assertThat(meetings("Minister Oskar Brandt received Governor Lena Moor on Tuesday.")).hasSize(1);
    }
}
