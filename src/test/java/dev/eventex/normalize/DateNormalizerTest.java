package dev.eventex.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date expressions resolve against the publication date only, at the precision written. */
class DateNormalizerTest {

    /** Saturday 28 June 2025, the seed article's publication date. */
    private static final LocalDate ANCHOR = LocalDate.of(2025, 6, 28);

    private final DateNormalizer normalizer = new DateNormalizer();

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # absolute, at the precision the text gives
            October 2024         | 2024-10
            Oct. 2024            | 2024-10
            28 June 2025         | 2025-06-28
            28th of June 2025    | 2025-06-28
            1 Jan 2026           | 2026-01-01
            June 28, 2025        | 2025-06-28
            June 28 2025         | 2025-06-28
            2024-10-05           | 2024-10-05
            2030                 | 2030
            '  October   2024 '  | 2024-10
            # partial dates take the publication year
            June 28              | 2025-06-28
            28 June              | 2025-06-28
            Sept 5               | 2025-09-05
            October              | 2025-10
            early October        | 2025-10
            mid-October          | 2025-10
            late March           | 2025-03
            end of October       | 2025-10
            # deictic
            today                | 2025-06-28
            Today                | 2025-06-28
            tonight              | 2025-06-28
            yesterday            | 2025-06-27
            last night           | 2025-06-27
            tomorrow             | 2025-06-29
            the day before yesterday | 2025-06-26
            the day after tomorrow   | 2025-06-30
            # weekdays: the most recent such day, the publication day included
            on Sunday            | 2025-06-22
            Sunday               | 2025-06-22
            on Monday            | 2025-06-23
            Saturday             | 2025-06-28
            last Friday          | 2025-06-27
            last Saturday        | 2025-06-21
            next Monday          | 2025-06-30
            next Saturday        | 2025-07-05
            # relative periods
            last month           | 2025-05
            next month           | 2025-07
            this month           | 2025-06
            earlier this month   | 2025-06
            last year            | 2024
            next year            | 2026
            this year            | 2025
            last week            | 2025-W25
            this week            | 2025-W26
            last February        | 2025-02
            Last February        | 2025-02
            this past March      | 2025-03
            last June            | 2024-06
            last September       | 2024-09
            next week            | 2025-W27
            the coming week      | 2025-W27
            # impossible or not a date
            30 February 2025     | NULL
            February 30          | NULL
            31 April             | NULL
            2024-02-30           | NULL
            2025-13-01           | NULL
            blah                 | NULL
            Funday               | NULL
            """)
    void normalizesAgainstThePublicationDate(String text, String expected) {
        assertThat(normalizer.normalize(text, ANCHOR)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" without a publication date -> no value")
    @CsvSource(delimiter = '|', textBlock = """
            today
            yesterday
            tomorrow
            on Sunday
            last month
            next year
            last week
            June 28
            early October
            """)
    void relativeExpressionsWithoutAnchorHaveNoValue(String text) {
        assertThat(normalizer.normalize(text, null)).isNull();
        assertThat(normalizer.normalizeFuture(text, null)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" without a publication date -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            October 2024   | 2024-10
            28 June 2025   | 2025-06-28
            June 28, 2025  | 2025-06-28
            2024-10-05     | 2024-10-05
            2030           | 2030
            """)
    void absoluteDatesNeedNoAnchor(String text, String expected) {
        assertThat(normalizer.normalize(text, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "planned \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sunday          | 2025-06-29
            on Sunday       | 2025-06-29
            this Sunday     | 2025-06-29
            on Monday       | 2025-06-30
            Saturday        | 2025-06-28
            last Friday     | 2025-06-27
            next Monday     | 2025-06-30
            tomorrow        | 2025-06-29
            October 2024    | 2024-10
            """)
    void normalizeFutureResolvesBareWeekdaysForward(String text, String expected) {
        assertThat(normalizer.normalizeFuture(text, ANCHOR)).isEqualTo(expected);
    }

    @Test
    void weekdayResolutionDependsOnlyOnTheAnchorNotTheClock() {
        LocalDate wednesday = LocalDate.of(2024, 1, 3);
        assertThat(normalizer.normalize("on Sunday", wednesday)).isEqualTo("2023-12-31");
        assertThat(normalizer.normalize("last week", wednesday)).isEqualTo("2023-W52");
        assertThat(normalizer.normalize("yesterday", LocalDate.of(2024, 3, 1))).isEqualTo("2024-02-29");
        assertThat(normalizer.normalize("last month", LocalDate.of(2025, 1, 15))).isEqualTo("2024-12");
    }

    @Test
    void isoWeekAtYearBoundaryUsesTheWeekBasedYear() {
        // 2024-12-30 is a Monday in ISO week 1 of 2025
        assertThat(normalizer.normalize("this week", LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
    }
}
