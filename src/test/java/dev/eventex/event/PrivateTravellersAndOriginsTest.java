package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Journeys that are no visits, and the place a journey went to, on sentences written for these
 * tests: groups travelling as private people or professionals (Visit constraint
 * {@code noPrivateGroup}), the place that only locates where a journey started ("from his home in
 * X"), "heads" meaning "leads", and a tour of a part of a country.
 */
class PrivateTravellersAndOriginsTest {

    private static List<Visit> visits(String text) {
        ExtractionResult r = SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5)));
        return r.eventsOf(Visit.class);
    }

    @Test
    void professionalsAndTouristsTravellingAreNoVisit() {
        assertThat(visits("Elbonian doctors arrived in Tarvoka on Monday to treat flood victims.")).isEmpty();
        assertThat(visits("More aid workers were flown to Tarvoka for the outbreak.")).isEmpty();
        assertThat(visits("Hundreds of Elbonian tourists arrived in Tarvoka on Monday.")).isEmpty();
    }

    @Test
    void aDelegationOrAnOfficialStillVisits() {
        assertThat(visits("An Elbonian delegation arrived in Tarvoka on Monday.")).singleElement()
                .satisfies(v -> assertThat(v.destination().name()).isEqualTo("Tarvoka"));
        assertThat(visits("Foreign Minister Ana Velor arrived in Tarvoka on Monday.")).singleElement()
                .satisfies(v -> assertThat(v.visitor().name()).isEqualTo("Ana Velor"));
    }

    @Test
    void thePlaceOfADescribedOriginIsNoDestination() {
        assertThat(visits("President Tarn Osk traveled from his ranch in Korvin to a military hospital on Monday.")).isEmpty();
        assertThat(visits("President Tarn Osk traveled from his ranch in Korvin to Tarvoka on Monday.")).singleElement()
                .satisfies(v -> assertThat(v.destination().name()).isEqualTo("Tarvoka"));
        assertThat(visits("President Tarn Osk flew from Korvin to Tarvoka on Monday.")).singleElement()
                .satisfies(v -> assertThat(v.destination().name()).isEqualTo("Tarvoka"));
    }

    @Test
    void headsMeaningLeadsIsNoJourney() {
        assertThat(visits("Mr. Osk heads the largest party in Tarvoka, which holds most seats in parliament.")).isEmpty();
    }

    @Test
    void aTourOfAPartOfACountryGoesToThatCountry() {
        assertThat(visits("Elbonian President Tarn Osk is on a tour of southern Tarvoka.")).singleElement()
                .satisfies(v -> assertThat(v.destination().name()).isEqualTo("Tarvoka"));
    }
}
