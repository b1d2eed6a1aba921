package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The party of a meeting written in an adjunct of another clause is that clause's subject: a meeting noun with
 * a "with" party, a date or a place between ("on his way to D for talks Friday with Y", "shortly before a
 * meeting in D with Y"), and a participle adjunct ("held talks with Y and Z, a day after meeting W": the
 * subject of "held" met W, not its objects). On sentences written for these tests.
 */
class AdjunctPartiesInMeetingsTest {

    @Test
    void talksWithADateBeforeWithAreTheClauseSubjects() {
        List<Meeting> m = meetings("Velmoran President Tarn Osk is on his way to Oslo for talks Friday with President Lia Brenn.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Lia Brenn");
    }

    @Test
    void aMeetingWithAPlaceBeforeWithIsTheClauseSubjects() {
        List<Meeting> m = meetings("Foreign Minister Ida Vask announced the decision on Thursday, shortly before a meeting in Oslo "
                + "with Prime Minister Kel Marro.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Ida Vask", "Kel Marro");
    }

    @Test
    void theSubjectOfAParticipleAdjunctIsTheClauseSubjectNotItsObjects() {
        List<Meeting> m = meetings("Minister Tarn Osk held talks with President Lia Brenn and Speaker Oru Tamsin, "
                + "a day after meeting Premier Dario Vell.");
        assertThat(m).anySatisfy(x -> assertThat(names(x)).containsExactlyInAnyOrder("Tarn Osk", "Dario Vell"));
        assertThat(m).noneSatisfy(x -> assertThat(names(x)).contains("Lia Brenn", "Dario Vell"));
    }

    @Test
    void aVerbWithoutASubjectOfItsOwnPassesTheSearchOn() {
        List<Meeting> m = meetings("Velmoran President Tarn Osk suggested holding a conference on Wednesday after meeting in Oslo "
                + "with Kestrian President Lia Brenn.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Lia Brenn");
    }
}
