package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.Meeting;
import dev.eventex.api.SharedExtractor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What meetings discussed, through the whole pipeline, on sentences written for these tests. */
class MeetingTopicsTest {

    private static List<Meeting> meetings(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5))).eventsOf(Meeting.class);
    }

    @Test
    void theNextSentenceTellsWhatTheTwoDiscussed() {
        List<Meeting> m = meetings("Tarvonian Foreign Minister Ana Velor met her Elbonian counterpart Ben Okoro in Kestra on Monday. "
                + "The two discussed fishing quotas and the reopening of the ferry line.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).topics()).containsExactly("fishing quotas", "reopening of the ferry line");
    }

    @Test
    void aMeetingThatStatesItsTopicsKeepsThem() {
        List<Meeting> m = meetings("Tarvonian Foreign Minister Ana Velor met her Elbonian counterpart Ben Okoro in Kestra on Monday "
                + "to discuss port fees. They also discussed the weather.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).topics()).containsExactly("port fees");
    }

    @Test
    void theSidelinesOfASummitAreNoTopic() {
        List<Meeting> m = meetings("Tarvonian Foreign Minister Ana Velor met her Elbonian counterpart Ben Okoro on the sidelines "
                + "of the regional summit in Kestra on Monday.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).topics()).isNull();
    }
}
