package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Tense;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "His visit in 2019" with no place named: an earlier journey of a traveller the report has already
 * sent somewhere, dated and timed by its own date; sentences written for these tests.
 */
class EarlierDatedVisitsTest {

    private static List<Visit> visits(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 6, 1))).eventsOf(Visit.class);
    }

    @Test
    void aDatedVisitWithoutPlaceIsAnEarlierVisitToTheSamePlace() {
        List<Visit> v = visits("Prime Minister Tomas Varga of Elbonia will make his second visit to Ruritania this week. "
                + "There is disappointment that Mr Varga's visit in 2010 did not bring the trade some had hoped for.");
        assertThat(v).hasSize(2);
        assertThat(v).allSatisfy(x -> assertThat(x.destination().name()).isEqualTo("Ruritania"));
        assertThat(v).extracting(Visit::tense).containsExactlyInAnyOrder(Tense.PLANNED, Tense.PAST);
        assertThat(v).filteredOn(x -> x.tense() == Tense.PAST).singleElement()
                .satisfies(x -> assertThat(x.date().value()).isEqualTo("2010"));
    }

    @Test
    void theEarlierVisitsDateStaysOffTheVisitUnderWay() {
        List<Visit> v = visits("Minister Tomas Varga of Elbonia is visiting Ruritania to follow up on the agreements reached "
                + "during his visit in 2019.");
        assertThat(v).hasSize(2);
        assertThat(v).filteredOn(x -> x.tense() == Tense.ONGOING).singleElement().satisfies(x -> assertThat(x.date()).isNull());
        assertThat(v).filteredOn(x -> x.tense() == Tense.PAST).singleElement()
                .satisfies(x -> assertThat(x.date().value()).isEqualTo("2019"));
    }

    @Test
    void aDatedVisitOfSomeoneSentNowhereMakesNoVisit() {
        List<Visit> v = visits("Minister Tomas Varga of Elbonia said his visit in 2019 had changed his views on trade.");
        assertThat(v).isEmpty();
    }
}
