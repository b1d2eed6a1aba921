package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Tense;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A meeting or visit noun inside the infinitive of a plan ("is expected to raise it during talks with Y",
 * "said he plans to discuss it during talks") is planned, whatever the verbs before the plan say; a visit
 * told as known ("during his visit") keeps its own tense. On sentences written for these tests.
 */
class PlannedClauseTenseTest {

    @Test
    void talksInsideAnExpectedClauseArePlanned() {
        assertThat(meetings("President Tarn Osk is expected to raise trade during talks with Ostrian President Lia Brenn in Tarsk."))
                .singleElement().satisfies(m -> assertThat(m.tense()).isEqualTo(Tense.PLANNED));
    }

    @Test
    void aPastReportingVerbBeforeThePlanDoesNotMakeTheTalksPast() {
        assertThat(meetings("President Tarn Osk said he plans to discuss trade during talks with Ostrian President Lia Brenn in Tarsk."))
                .singleElement().satisfies(m -> assertThat(m.tense()).isEqualTo(Tense.PLANNED));
    }

    @Test
    void aVisitToldAsKnownIsNotMadePlannedByWhatIsPlannedDuringIt() {
        List<Visit> v = SharedExtractor.defaults().extract(Document.of("t",
                "President Tarn Osk arrived in Tarsk on Monday for a state visit. Two trade accords are expected to be "
                        + "signed during Mr. Osk's visit.").withDate(LocalDate.of(2025, 3, 12))).eventsOf(Visit.class);
        assertThat(v).singleElement().satisfies(x -> assertThat(x.tense()).isEqualTo(Tense.PAST));
    }
}
