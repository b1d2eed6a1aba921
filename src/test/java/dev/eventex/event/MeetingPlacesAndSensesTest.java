package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a meeting took place when the report's dateline and the text disagree, and "meet" in the sense of
 * facing or satisfying something ("meet the situation"), on sentences written for these tests.
 */
class MeetingPlacesAndSensesTest {

    @Test
    void aPlaceTheReportStatesForTheMeetingReplacesTheDateline() {
        List<Meeting> m = meetings("NAIROBI, March 3 - President Ana Velor of Elbonia and Prime Minister Tomas Varga of Ruritania "
                + "held talks on Tuesday on trade.\n\nThe talks took place in Geneva on the sidelines of a UN conference.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).location().name()).isEqualTo("Geneva");
    }

    @Test
    void theDatelineStaysThePlaceWhenTheReportStatesNoOther() {
        List<Meeting> m = meetings("NAIROBI, March 3 - President Ana Velor of Elbonia and Prime Minister Tomas Varga of Ruritania "
                + "held talks on Tuesday on trade.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).location().name()).isEqualTo("Nairobi");
    }

    @Test
    void meetingASituationOrAShortfallIsNoMeeting() {
        assertThat(meetings("The Elbonian Red Cross and the Tarvo Water Board will work together to meet the situation.")).isEmpty();
        assertThat(meetings("The Elbonian Red Cross met the situation with help from President Ana Velor.")).isEmpty();
        assertThat(meetings("The Tarvo Water Board is ready to meet the shortfall, Minister Ivo Sandel said.")).isEmpty();
    }

    @Test
    void aBodyNamedForACrisisStillMeets() {
        List<Meeting> m = meetings("Minister Ivo Sandel met the crisis committee of the Tarvo Assembly on Monday with President Ana Velor.");
        assertThat(m).isNotEmpty();
    }
}
