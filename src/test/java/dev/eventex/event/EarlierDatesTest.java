package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.Donation;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Meeting;
import dev.eventex.api.SharedExtractor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates told once in a lead and left out of the events that follow it, on texts written for these tests. */
class EarlierDatesTest {

    private static ExtractionResult extract(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5)));
    }

    @Test
    void talksAfterAnArrivalTakeItsDay() {
        ExtractionResult r = extract("President Amara Okoye of Ruritania arrived in Nairobi on Monday, starting her first state visit there. "
                + "Okoye later held talks with President William Ruto at State House.");
        assertThat(r.eventsOf(Meeting.class)).singleElement().satisfies(m -> {
            assertThat(m.date()).isNotNull();
            assertThat(m.date().value()).isEqualTo("2025-03-03");
        });
    }

    @Test
    void anEventOfOtherPartiesKeepsNoDate() {
        ExtractionResult r = extract("President Amara Okoye of Ruritania arrived in Nairobi on Monday, starting her first state visit there. "
                + "In a separate event, Foreign Minister Lina Petrova of Elbonia held talks with Foreign Minister Musalia Mudavadi "
                + "of Kenya in Addis Ababa.");
        assertThat(r.eventsOf(Meeting.class)).singleElement().satisfies(m -> assertThat(m.date()).isNull());
    }

    @Test
    void aPlannedEventTakesNoDateFromADoneOne() {
        ExtractionResult r = extract("President Amara Okoye of Ruritania arrived in Nairobi on Monday, starting her first state visit there. "
                + "Okoye is expected to hold talks with President William Ruto at State House.");
        assertThat(r.eventsOf(Meeting.class)).allSatisfy(m -> assertThat(m.date()).isNull());
    }

    @Test
    void aGiftHandedOverAtTheMeetingTakesItsDate() {
        ExtractionResult r = extract("Ambassador Carla Benn of Canada called on Health Minister Joseph Osei at his office on Tuesday. "
                + "Benn handed over 20 ventilators to Osei.");
        assertThat(r.eventsOf(Donation.class)).singleElement().satisfies(d -> {
            assertThat(d.date()).isNotNull();
            assertThat(d.date().value()).isEqualTo("2025-03-04");
        });
    }

    @Test
    void aDateTooFarBackIsNotBorrowed() {
        ExtractionResult r = extract("President Amara Okoye of Ruritania arrived in Nairobi on Monday, starting her first state visit there. "
                + "The trip is her first abroad this year. Her aides prepared it for months. Trade will be on the agenda. "
                + "Investors from both countries are watching. Okoye later held talks with President William Ruto at State House.");
        assertThat(r.eventsOf(Meeting.class)).allSatisfy(m -> assertThat(m.date()).isNull());
    }

    @Test
    void theParagraphsDateOneSentenceBackDatesTheNextEvent() {
        ExtractionResult r = extract("President Amara Okoye of Ruritania set out on Monday on a tour of three West African states. "
                + "Okoye opened the trip by visiting Ghana, before going on to Togo and Benin.");
        assertThat(r.eventsOf(dev.eventex.api.Visit.class)).anySatisfy(v -> {
            assertThat(v.destination().text()).isEqualTo("Ghana");
            assertThat(v.date()).isNotNull();
            assertThat(v.date().value()).isEqualTo("2025-03-03");
        });
    }

    @Test
    void aDateOfAnotherParagraphIsNotBorrowed() {
        ExtractionResult r = extract("President Amara Okoye of Ruritania set out on Monday on a tour of three West African states.\n"
                + "Okoye opened the trip by visiting Ghana, before going on to Togo and Benin.");
        assertThat(r.eventsOf(dev.eventex.api.Visit.class)).allSatisfy(v -> assertThat(v.date()).isNull());
    }

    @Test
    void aDateInAClauseOnTheGiverIsNotTheDateOfTheGift() {
        ExtractionResult r = extract("Minister Tomas Varga of Elbonia, who had toured Ghana in June 2024, donated 30 laptops "
                + "to the Accra Girls School on Monday.");
        assertThat(r.eventsOf(Donation.class)).singleElement().satisfies(d -> assertThat(d.date().value()).isEqualTo("2025-03-03"));
    }
}
