package dev.eventex.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A span of days dates an event by its first day. */
class DateRangesTest {

    /** Wednesday 5 March 2025. */
    private static final LocalDate ANCHOR = LocalDate.of(2025, 3, 5);

    private final DateNormalizer normalizer = new DateNormalizer();

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            11 to 13 March 2025         | 2025-03-11
            from 11 to 13 March 2025    | 2025-03-11
            11-13 March                 | 2025-03-11
            March 11-13, 2025           | 2025-03-11
            March 11 to 13              | 2025-03-11
            28 February to 2 March 2025 | 2025-02-28
            February 28 to March 2      | 2025-02-28
            Tuesday to Friday           | 2025-03-04
            """)
    void aRangeGivesItsFirstDay(String text, String expected) {
        assertThat(normalizer.normalize(text, ANCHOR)).isEqualTo(expected);
    }

    @Test
    void aPlannedWeekdayRangeStartsOnTheNextFirstDay() {
        assertThat(normalizer.normalizeFuture("from Tuesday to Friday", ANCHOR)).isEqualTo("2025-03-11");
    }

    @Test
    void aVisitDatedByItsSpanStartsOnTheFirstDay() {
        Visit v = SharedExtractor.defaults()
                .extract(Document.of("t", "Foreign Minister Lina Petrova of Elbonia paid an official visit to Ghana from 3 to 5 March 2025.")
                        .withDate(ANCHOR))
                .eventsOf(Visit.class).get(0);
        assertThat(v.date()).isNotNull();
        assertThat(v.date().value()).isEqualTo("2025-03-03");
    }
}
