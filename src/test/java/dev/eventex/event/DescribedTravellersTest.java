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
 * Descriptions between a traveller and the verb: an office owned by a country in apposition
 * ("Kenya's foreign minister, A," / "A, Kenya's foreign minister,") makes an office holder, and a
 * relative clause opened by "whose" is skipped as one opened by "who". Sentences written for these tests.
 */
class DescribedTravellersTest {

    private static ExtractionResult extract(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5)));
    }

    private static List<Visit> visits(String text) {
        return extract(text).eventsOf(Visit.class);
    }

    @Test
    void anOfficeOwnedByACountryInAppositionMakesAnOfficeHolder() {
        for (String text : List.of("Kenya's foreign minister, Ana Velor, traveled to Uganda on Monday.",
                "Ana Velor, Kenya's foreign minister, traveled to Uganda on Monday.")) {
            assertThat(visits(text)).as(text).singleElement().satisfies(v -> {
                assertThat(v.visitor().name()).isEqualTo("Ana Velor");
                assertThat(v.destination().name()).isEqualTo("Uganda");
            });
        }
        // a private person so described names no office, and a travel verb alone makes no visit of hers
        assertThat(visits("Ana Velor, a retired teacher, traveled to Uganda on Monday.")).isEmpty();
    }

    @Test
    void aRelativeClauseOpenedByWhoseSitsBetweenTheSubjectAndItsVerb() {
        assertThat(visits("Kenyan President Ana Velor, whose country is a large grain exporter, will also be in Uganda on Sunday."))
                .singleElement().satisfies(v -> {
                    assertThat(v.visitor().name()).isEqualTo("Ana Velor");
                    assertThat(v.destination().name()).isEqualTo("Uganda");
                });
    }
}
