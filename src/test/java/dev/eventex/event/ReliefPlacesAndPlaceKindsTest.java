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
 * Places written inside a longer phrase: aid pledged "for relief efforts in X" goes to X, and a
 * place described by its kind before "of" ("the former rebel stronghold of X") is the object however
 * many words describe it. Sentences written for these tests.
 */
class ReliefPlacesAndPlaceKindsTest {

    private static ExtractionResult extract(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5)));
    }

    @Test
    void aidPledgedForReliefInAPlaceGoesToThatPlace() {
        for (String text : List.of("Elbonia has pledged $50 million for relief efforts in Kenya.",
                "Elbonia pledged a further $20 million of aid on Monday, much of it for reconstruction in Kenya.")) {
            assertThat(extract(text).eventsOf(Donation.class)).as(text).singleElement()
                    .satisfies(d -> assertThat(d.recipient().name()).isEqualTo("Kenya"));
        }
        // the place of a donors' conference receives nothing
        assertThat(extract("Elbonia pledged $5 million of aid while attending a donors' conference in Kelvar.").eventsOf(Donation.class)).isEmpty();
    }

    @Test
    void aPlaceDescribedByItsKindIsVisitedHoweverLongTheDescription() {
        for (String text : List.of("Foreign Minister Ana Velor visited the former rebel stronghold of Kelvar.",
                "Foreign Minister Ana Velor visited the remote northern mountain town of Kelvar on Monday.")) {
            assertThat(extract(text).eventsOf(Visit.class)).as(text).singleElement()
                    .satisfies(v -> assertThat(v.destination().name()).isEqualTo("Kelvar"));
        }
    }
}
