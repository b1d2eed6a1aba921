package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "talks between Kenyan and Ugandan envoys, ministers and officials": two coordinated
 * demonyms before the groups they share are the two sides, on sentences written for these tests.
 */
class PlaceSidesInMeetingsTest {

    @Test
    void twoDemonymsBeforeListedGroupsAreTheTwoSides() {
        List<Meeting> m = meetings("Kenya and Uganda share a long border.\n\nIn March, talks took place in Arusha "
                + "between Kenyan and Ugandan envoys, ministers and senior officials on the lake fisheries.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Kenya", "Uganda");
    }

    @Test
    void theGroupsListedAfterTheSidesMakeNoMeetingsOfTheirOwn() {
        List<Meeting> m = meetings("In March, talks took place in Arusha "
                + "between Kenyan and Ugandan envoys, ministers and senior officials on the lake fisheries.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).contains("Kenya").doesNotContain("ministers", "senior officials");
    }

    @Test
    void twoNamedPartiesAfterBetweenStayAsTheyAre() {
        List<Meeting> m = meetings("On Monday, talks were held between President Ana Velor and Prime Minister Tomas Varga in Nairobi.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Ana Velor", "Tomas Varga");
    }
}
