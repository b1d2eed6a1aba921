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
 * Journeys whose wording hid them: a veto word the tree ties to another phrase than the travel verb's, a
 * described venue located by a place name, the place left where the traveller did something, and where a tour
 * began. Sentences written for these tests.
 */
class TiedVetoesAndLocatedVenuesTest {

    private static List<Visit> visits(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5))).eventsOf(Visit.class);
    }

    @Test
    void aVetoWordInsideThePurposePhraseIsNotTheTravellersOwn() {
        assertThat(visits("Secretary-General Ana Velor arrived in Ostria today for talks on the peacekeeping force."))
                .singleElement().satisfies(v -> {
                    assertThat(v.visitor().name()).isEqualTo("Ana Velor");
                    assertThat(v.destination().name()).isEqualTo("Ostria");
                });
        // the same word as the traveller, or hanging on the verb, still vetoes
        assertThat(visits("The peacekeeping force arrived in Ostria on Monday.")).isEmpty();
        assertThat(visits("General Tarn Osk and his forces arrived in Ostria on Monday.")).isEmpty();
        assertThat(visits("Foreign Minister Tarn Osk flew back to Ostria on Sunday.")).isEmpty();
    }

    @Test
    void aDescribedVenueGoesToThePlaceThatLocatesIt() {
        assertThat(visits("A team of inspectors from the Velmora Atomic Agency has visited a research reactor in Ostria."))
                .singleElement().satisfies(v -> assertThat(v.destination().name()).isEqualTo("Ostria"));
        assertThat(visits("Foreign Minister Tarn Osk traveled to a remote prison in northern Ostria to meet rebel commanders."))
                .singleElement().satisfies(v -> {
                    assertThat(v.visitor().name()).isEqualTo("Tarn Osk");
                    assertThat(v.destination().name()).isEqualTo("Ostria");
                });
        // a venue no place locates stays the venue, as before
        assertThat(visits("Minister Tarn Osk visited a factory on Monday."))
                .singleElement().satisfies(v -> assertThat(v.destination().name()).isEqualTo("a factory"));
    }

    @Test
    void thePlaceLeftWhereTheTravellerMetSomeoneWasVisitedToo() {
        assertThat(visits("President Ilan Dorr arrived in Kestrel from Velmora, where he conferred with Prime Minister Tarn Osk."))
                .extracting(v -> v.destination().name())
                .containsExactlyInAnyOrder("Kestrel", "Velmora");
    }

    @Test
    void whereATourBeganIsOneOfItsStops() {
        assertThat(visits("Ostria is the final stop of President Ilan Dorr's Asian tour that began last Monday in Velmora."))
                .anySatisfy(v -> {
                    assertThat(v.visitor().name()).isEqualTo("Ilan Dorr");
                    assertThat(v.destination().name()).isEqualTo("Velmora");
                    assertThat(v.tense()).isEqualTo(Tense.PAST);
                });
    }
}
