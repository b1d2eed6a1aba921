package dev.eventex.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which date a document gets: its own, else its date header, else the extractor's fallback date
 * (the CLI's and the Spark job's {@code --date}); and the header's date never dates an event.
 */
class FallbackDateTest {

    private static final LocalDate FALLBACK = LocalDate.of(2025, 1, 15);
    private static Extractor extractor;

    @BeforeAll
    static void build() {
        extractor = Extractor.builder().nameModel(false).fallbackDate(FALLBACK).build();
    }

    private static String dateOf(Document doc) {
        return extractor.extract(doc).document().date();
    }

    @Test
    void aTextWithoutHeaderTakesTheFallback() {
        assertThat(dateOf(new Document("a", "Kenya and Uganda held talks on Tuesday.", null, null))).isEqualTo("2025-01-15");
    }

    @Test
    void aHeaderWinsOverTheFallback() {
        assertThat(dateOf(new Document("b", "Posted on June 28, 2025\n\nKenya and Uganda held talks.", null, null)))
                .isEqualTo("2025-06-28");
    }

    @Test
    void theDocumentsOwnDateWinsOverBoth() {
        assertThat(dateOf(new Document("c", "date 2025-06-28\n\nKenya and Uganda held talks.", LocalDate.of(2024, 2, 2), null)))
                .isEqualTo("2024-02-02");
    }

    @Test
    void noFallbackLeavesAnUndatedTextUndated() {
        Extractor plain = SharedExtractor.defaults();
        assertThat(plain.extract(new Document("d", "Kenya and Uganda held talks.", null, null)).document().date()).isNull();
    }
}
