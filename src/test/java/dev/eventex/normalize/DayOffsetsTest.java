package dev.eventex.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventex.api.Document;
import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.SharedExtractor;
import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates counted in days from a date the text gave before them, on sentences written for these tests. */
class DayOffsetsTest {

    private static final Lexicons LEXICONS = Lexicons.load(ModelSource.classpath());
    private final DayOffsets offsets = new DayOffsets(LEXICONS.get(Lexicons.DAY_OFFSETS), LEXICONS.get(Lexicons.DETERMINERS));
    private final DateNormalizer normalizer = new DateNormalizer();

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the following day          | 1
            The next morning           | 1
            three days later           | 3
            12 days later              | 12
            a day earlier              | -1
            the previous evening       | -1
            the second day of his trip | 1
            the first day of the forum | 0
            two days after             | 2
            the day before             | -1
            """)
    void thePhrasesOfTheLexiconCountDays(String phrase, int days) {
        assertThat(offsets.days(phrase)).isEqualTo(days);
    }

    @Test
    void otherWordsAreNoOffsets() {
        assertThat(offsets.days("the following week")).isNull();
        assertThat(offsets.days("next Monday")).isNull();
        assertThat(offsets.days("many days later")).isNull();
    }

    @Test
    void onlyPhrasesEndingInAPrepositionTakeAComplement() {
        assertThat(offsets.takesComplement("a day after")).isTrue();
        assertThat(offsets.takesComplement("four days before")).isTrue();
        assertThat(offsets.takesComplement("two days later")).isFalse();
    }

    @Test
    void aMalformedEntryIsRefused() {
        assertThatThrownBy(() -> new DayOffsets(Set.of("the next day plus one"), Set.of("the")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shiftMovesOnlyASingleDay() {
        assertThat(normalizer.shift("2025-02-28", 1)).isEqualTo("2025-03-01");
        assertThat(normalizer.shift("2025-03-01", -1)).isEqualTo("2025-02-28");
        assertThat(normalizer.shift("2025-03", 1)).isNull();
        assertThat(normalizer.shift("2025-W10", 1)).isNull();
        assertThat(normalizer.shift(null, 1)).isNull();
    }

    private static Set<String> dateValues(String text) {
        ExtractionResult r = SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5)));
        return r.entities().stream().filter(e -> e.type() == EntityType.DATE && e.attributes().get("value") != null)
                .map(e -> e.mentions().get(0).text() + "=" + e.attributes().get("value"))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void theFollowingDayCountsFromTheDateBefore() {
        assertThat(dateValues("Minister Tomas Varga of Elbonia landed in Lisbon on 12 February. "
                + "The following day he toured a shipyard near the port."))
                .contains("The following day=2025-02-13");
    }

    @Test
    void daysLaterChainFromTheLastDate() {
        assertThat(dateValues("The envoy reached Quito on Monday, March 3. Two days later she flew to Lima, "
                + "and the next morning she met the foreign minister there."))
                .contains("Two days later=2025-03-05", "the next morning=2025-03-06");
    }

    @Test
    void thePreviousEveningCountsBackFromThePublicationDateWhenNoDateCameBefore() {
        assertThat(dateValues("Trade ministers from Norland and Ostavia dined together the previous evening, officials said."))
                .contains("the previous evening=2025-03-04");
    }

    @Test
    void aDayAfterAClauseDatesThatClauseBackFromTheDateBeforeIt() {
        assertThat(dateValues("The summit opened on Friday, February 28, a day after the two leaders had spoken by phone."))
                .contains("a day after=2025-02-27");
    }

    @Test
    void aDayAfterAClauseWithNoDateBeforeItIsNoDate() {
        assertThat(dateValues("The ministers signed the accord a day after the parliament voted."))
                .noneMatch(v -> v.startsWith("a day after"));
    }

    @Test
    void aDateThatIsNoSingleDayGivesNoValueToTheDayAfterIt() {
        assertThat(dateValues("Premier Ana Ruiz of Costa Verde arrived in Osaka in April. On the second day of her visit, "
                + "she opened a trade fair."))
                .noneMatch(v -> v.startsWith("the second day"));
    }

    @Test
    void theSecondDayOfAVisitIsTheDayAfterItsStart() {
        assertThat(dateValues("Premier Ana Ruiz of Costa Verde arrived in Osaka on 2 March. On the second day of her visit, "
                + "she opened a trade fair."))
                .contains("the second day of her visit=2025-03-03");
    }
}
