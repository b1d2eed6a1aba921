package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A date after "since" dates when a state began, not the event. Sentences written for this test. */
class PeriodStartDatesTest {

    private static List<Visit> visits(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 9, 5))).eventsOf(Visit.class);
    }

    @Test
    void aDateAfterSinceIsNotTheVisitsDate() {
        assertThat(visits("Kenyan President Tarn Osk visited Tarvoka, his first stop abroad since his election in May, to open a railway."))
                .singleElement().satisfies(v -> {
                    assertThat(v.visitor().name()).isEqualTo("Tarn Osk");
                    assertThat(v.date()).isNull();
                });
    }

    @Test
    void aDateBeforeSinceStillDatesTheVisit() {
        assertThat(visits("Kenyan President Tarn Osk visited Tarvoka in June, his first trip abroad since 2019."))
                .singleElement().satisfies(v -> assertThat(v.date()).isNotNull());
    }
}
