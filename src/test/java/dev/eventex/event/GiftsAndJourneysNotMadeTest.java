package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.Donation;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentences that read like a gift or a journey and are neither (an award, a right granted, a capability a
 * weapon gives, a reporter's trip), and receivers or givers a finder must not take from a purpose, a
 * reporting clause or the clause a participle modifies. Written for these tests.
 */
class GiftsAndJourneysNotMadeTest {

    private static ExtractionResult extract(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5)));
    }

    private static List<Donation> donations(String text) {
        return extract(text).eventsOf(Donation.class);
    }

    private static List<Visit> visits(String text) {
        return extract(text).eventsOf(Visit.class);
    }

    @Test
    void aNewsOutletVisitingAPlaceIsItsReportersTripNoVisit() {
        assertThat(visits("The Elbonia Times visited Nairobi on Monday.")).isEmpty();
        assertThat(visits("Reuters visited Kenya's Turkana county on Monday.")).isEmpty();
        assertThat(visits("Minister Ana Velor visited Nairobi on Monday.")).singleElement()
                .satisfies(v -> assertThat(v.visitor().name()).isEqualTo("Ana Velor"));
    }

    @Test
    void aTrophyPresentedIsAnAwardNoGift() {
        assertThat(donations("Governor Ana Velor presented Kenya Red Cross branch head Tomas Varga with the trophy.")).isEmpty();
        assertThat(donations("Governor Ana Velor presented the Kenya Red Cross with a trophy for its assistance to stranded fishermen."))
                .isEmpty();
    }

    @Test
    void aCapabilityAWeaponProvidesIsNoGift() {
        assertThat(donations("Elbonia is the main arms supplier of Kenya, and the twelve patrol boats which provide Kenya with a coastal "
                + "surveillance capability came from its yards.")).isEmpty();
    }

    @Test
    void aDutyWaiverGrantedToAFirmIsNoGift() {
        assertThat(donations("Last year Kenya granted the Tarvo Mining Company, a foreign-owned firm, import duty waivers worth "
                + "$40 million.")).isEmpty();
    }
}
