package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a meeting took place when the report's dateline and the text disagree, on sentences written for
 * these tests.
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
}
