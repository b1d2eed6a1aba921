package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.Donation;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Meeting;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Events dated by days counted from a date told before them, on texts written for these tests. */
class DayCountedDatesTest {

    private static ExtractionResult extract(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5)));
    }

    @Test
    void talksOnTheFollowingDay() {
        ExtractionResult r = extract("Foreign Minister Tomas Varga of Elbonia arrived in Lisbon on 12 February. "
                + "The following day, Varga held talks with Prime Minister Rui Falcao on fishing rights.");
        assertThat(r.eventsOf(Meeting.class)).singleElement().satisfies(m -> {
            assertThat(m.date()).isNotNull();
            assertThat(m.date().value()).isEqualTo("2025-02-13");
        });
    }

    @Test
    void aVisitTwoDaysLater() {
        ExtractionResult r = extract("President Ilse Moreau of Ostavia held talks with Chancellor Ben Adeyemi in Berlin on Monday, March 3. "
                + "Two days later Moreau travelled to Warsaw for a two-day official visit.");
        assertThat(r.eventsOf(Visit.class)).anySatisfy(v -> {
            assertThat(v.destination().text()).isEqualTo("Warsaw");
            assertThat(v.date()).isNotNull();
            assertThat(v.date().value()).isEqualTo("2025-03-05");
        });
    }

    @Test
    void aMeetingTheDayBeforeTheDateThatFollowsIt() {
        ExtractionResult r = extract("The accord was signed on Friday, February 28, a day after Premier Dana Kollar of Norland "
                + "met President Omar Said of Zembla in Geneva.");
        assertThat(r.eventsOf(Meeting.class)).singleElement().satisfies(m -> {
            assertThat(m.date()).isNotNull();
            assertThat(m.date().value()).isEqualTo("2025-02-27");
        });
    }

    @Test
    void aGiftOnTheSecondDayOfAVisit() {
        ExtractionResult r = extract("Health Minister Clara Jensen of Norland arrived in Accra on 24 February for a three-day visit. "
                + "On the second day of her visit, Jensen handed over 30 ventilators to the Korle Bu hospital.");
        assertThat(r.eventsOf(Donation.class)).singleElement().satisfies(d -> {
            assertThat(d.date()).isNotNull();
            assertThat(d.date().value()).isEqualTo("2025-02-25");
        });
    }

    @Test
    void theNextSentenceBorrowsTheSentencesOwnDateNotTheOneCountedBack() {
        ExtractionResult r = extract("Premier Dana Kollar of Norland arrived in Geneva on Friday, February 28, two days after her cabinet "
                + "approved the new trade accord. Kollar then held talks with President Omar Said of Zembla.");
        assertThat(r.eventsOf(Meeting.class)).singleElement().satisfies(m -> {
            assertThat(m.date()).isNotNull();
            assertThat(m.date().value()).isEqualTo("2025-02-28");
        });
    }
}
