package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A description whose office has a short complement ("the new envoy to the region") names the person in apposition
 * after it: the name is the argument, an office holder, and the description no person of its own. Sentences written
 * for these tests.
 */
class AppositiveNamesOfDescriptionsTest {

    private static List<Visit> visits(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5))).eventsOf(Visit.class);
    }

    @Test
    void theNameInAppositionToADescribedOfficeIsTheVisitor() {
        for (String text : List.of("The new Peruvian envoy to the region, Ana Velor, visited Norway to talk to senior officials.",
                "The Peruvian ambassador to Kenya, Ana Velor, visited Uganda on Monday.")) {
            assertThat(visits(text)).as(text).singleElement().satisfies(v -> assertThat(v.visitor().name()).isEqualTo("Ana Velor"));
        }
    }

    @Test
    void theDescriptionIsNoPersonOfItsOwn() {
        var r = SharedExtractor.defaults().extract(Document.of("t", "The new Peruvian envoy to the region, Ana Velor, visited Norway.")
                .withDate(LocalDate.of(2025, 3, 5)));
        assertThat(r.entities()).noneSatisfy(e -> assertThat(e.name()).contains("envoy"));
    }
}
