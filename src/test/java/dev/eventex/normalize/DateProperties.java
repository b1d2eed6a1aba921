package dev.eventex.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Dates as properties over thousands of publication dates: weekdays and relative expressions
 * land where news means them relative to the header date, absolute dates in every common
 * notation read back to the same day whatever the anchor, and a header line is read as the
 * publication date.
 */
class DateProperties {

    private final DateNormalizer dates = new DateNormalizer();
    private final DateHeader header = new DateHeader(dev.eventex.internal.Lexicons.load(dev.eventex.internal.ModelSource.classpath()));

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2070, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<DayOfWeek> weekdays() {
        return Arbitraries.of(DayOfWeek.class);
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    @Property(tries = 2000)
    void aBareWeekdayIsTheMostRecentSuchDayWhenReported(@ForAll("days") LocalDate anchor, @ForAll("weekdays") DayOfWeek day) {
        LocalDate d = LocalDate.parse(dates.normalize("on " + name(day), anchor));
        assertThat(d.getDayOfWeek()).isEqualTo(day);
        assertThat(ChronoUnit.DAYS.between(d, anchor)).isBetween(0L, 6L);
        assertThat(dates.normalize(name(day), anchor)).isEqualTo(d.toString());
    }

    @Property(tries = 2000)
    void aBareWeekdayOfAPlanIsTheNextSuchDay(@ForAll("days") LocalDate anchor, @ForAll("weekdays") DayOfWeek day) {
        LocalDate d = LocalDate.parse(dates.normalizeFuture("on " + name(day), anchor));
        assertThat(d.getDayOfWeek()).isEqualTo(day);
        assertThat(ChronoUnit.DAYS.between(anchor, d)).isBetween(0L, 6L);
    }

    @Property(tries = 2000)
    void lastAndNextWeekdayNeverMeanThePublicationDay(@ForAll("days") LocalDate anchor, @ForAll("weekdays") DayOfWeek day) {
        LocalDate last = LocalDate.parse(dates.normalize("last " + name(day), anchor));
        LocalDate next = LocalDate.parse(dates.normalize("next " + name(day), anchor));
        assertThat(last.getDayOfWeek()).isEqualTo(day);
        assertThat(next.getDayOfWeek()).isEqualTo(day);
        assertThat(ChronoUnit.DAYS.between(last, anchor)).isBetween(1L, 7L);
        assertThat(ChronoUnit.DAYS.between(anchor, next)).isBetween(1L, 7L);
    }

    @Property(tries = 2000)
    void daysNamedRelativeToThePublicationDate(@ForAll("days") LocalDate anchor) {
        assertThat(dates.normalize("yesterday", anchor)).isEqualTo(anchor.minusDays(1).toString());
        assertThat(dates.normalize("today", anchor)).isEqualTo(anchor.toString());
        assertThat(dates.normalize("tomorrow", anchor)).isEqualTo(anchor.plusDays(1).toString());
        assertThat(dates.normalize("last month", anchor)).isEqualTo(YearMonth.from(anchor).minusMonths(1).toString());
        assertThat(dates.normalize("next month", anchor)).isEqualTo(YearMonth.from(anchor).plusMonths(1).toString());
        assertThat(dates.normalize("last year", anchor)).isEqualTo(String.valueOf(anchor.getYear() - 1));
        LocalDate inNextWeek = anchor.plusWeeks(1);
        assertThat(dates.normalize("next week", anchor)).isEqualTo(String.format(Locale.ROOT, "%d-W%02d",
                inNextWeek.get(IsoFields.WEEK_BASED_YEAR), inNextWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }

    @Property(tries = 3000)
    void absoluteDatesReadBackWhateverTheAnchor(@ForAll("days") LocalDate day, @ForAll("days") LocalDate anchor,
                                                @ForAll("notations") int notation) {
        String written = switch (notation) {
            case 0 -> day.getDayOfMonth() + " " + month(day) + " " + day.getYear();
            case 1 -> month(day) + " " + day.getDayOfMonth() + ", " + day.getYear();
            case 2 -> day.toString();
            case 3 -> day.getDayOfMonth() + ordinal(day.getDayOfMonth()) + " of " + month(day) + " " + day.getYear();
            default -> month(day).substring(0, 3) + ". " + day.getDayOfMonth() + ", " + day.getYear();
        };
        assertThat(dates.normalize(written, anchor)).as(written).isEqualTo(day.toString());
        assertThat(dates.normalize(written, null)).as(written).isEqualTo(day.toString());
    }

    @Provide
    Arbitrary<Integer> notations() {
        return Arbitraries.integers().between(0, 4);
    }

    @Property(tries = 2000)
    void aDayAndMonthWithoutYearTakeThePublicationYear(@ForAll("days") LocalDate day, @ForAll("days") LocalDate anchor) {
        String written = day.getDayOfMonth() + " " + month(day);
        String expected = day.getMonthValue() == 2 && day.getDayOfMonth() == 29 && !anchor.isLeapYear()
                ? null : LocalDate.of(anchor.getYear(), day.getMonth(), day.getDayOfMonth()).toString();
        assertThat(dates.normalize(written, anchor)).as(written).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void aHeaderLineIsThePublicationDate(@ForAll("days") LocalDate day, @ForAll("notations") int notation) {
        String line = switch (notation) {
            case 0 -> "Published: " + day.getDayOfMonth() + " " + month(day) + " " + day.getYear();
            case 1 -> "Posted on " + month(day) + " " + day.getDayOfMonth() + ", " + day.getYear();
            case 2 -> day.toString();
            case 3 -> "date " + day;
            default -> month(day) + " " + day.getDayOfMonth() + ", " + day.getYear();
        };
        String text = line + "\n\nThe minister arrived in the capital on Monday for talks.";
        assertThat(header.detect(text)).as(line).contains(day);
    }

    private static String ordinal(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
