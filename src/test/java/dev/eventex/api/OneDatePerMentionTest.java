package dev.eventex.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date mention has one value: the DATE entity and every event that uses the mention show
 * the same ISO date, read once by the tense of its clause (issue: "will travel on Friday"
 * gave the entity last Friday and the event next Friday).
 */
class OneDatePerMentionTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 5);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "President Anna Berg of Sweden will travel to Japan on Friday for an official visit.|2025-03-07",
            "President Anna Berg of Sweden travelled to Japan on Friday for an official visit.|2025-02-28",
            "On Friday, President Anna Berg of Sweden is to travel to Japan for an official visit.|2025-03-07",
            "President Anna Berg of Sweden visited Japan in December for talks with Prime Minister Kenji Mori.|2024-12"})
    void theEntityAndTheEventAgree(String sentence, String expected) {
        ExtractionResult r = SharedExtractor.defaults().extract(new Document("d", sentence, WEDNESDAY, null));

        assertThat(r.entities()).filteredOn(e -> e.type() == EntityType.DATE)
                .singleElement().satisfies(e -> assertThat(e.attributes().get("value")).isEqualTo(expected));
        assertThat(r.events()).filteredOn(Visit.class::isInstance).map(Visit.class::cast)
                .isNotEmpty().allSatisfy(v -> assertThat(v.date().value()).isEqualTo(expected));
    }
}
