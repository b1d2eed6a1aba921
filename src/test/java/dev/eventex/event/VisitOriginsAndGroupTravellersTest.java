package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X travelled from Y, where he met Z": the place a journey started from, where the traveller did something,
 * was visited; "the presidents of A and B arrived": one traveller per place. On sentences written for these tests.
 */
class VisitOriginsAndGroupTravellersTest {

    private static List<Visit> visits(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 12)))
                .eventsOf(Visit.class);
    }

    @Test
    void thePlaceLeftWhereTheTravellerMetSomeoneWasVisited() {
        List<Visit> v = visits("Kenyan President Tarn Osk travelled on Sunday from Cairo, where he met the Egyptian president.");
        assertThat(v).anySatisfy(x -> {
            assertThat(x.visitor().name()).isEqualTo("Tarn Osk");
            assertThat(x.destination().name()).isEqualTo("Cairo");
        });
    }

    @Test
    void thePlaceOfOriginAloneIsNoVisit() {
        List<Visit> v = visits("Kenyan President Tarn Osk flew from Cairo to Nairobi on Sunday.");
        assertThat(v).noneMatch(x -> x.destination().name().equals("Cairo"));
    }

    @Test
    void aTravellerDescribedByItsMembersOrOfficeIsTheVisitor() {
        assertThat(visits("A team of inspectors from the Tarvo Energy Agency visited Kenya on Monday.")).singleElement()
                .satisfies(x -> assertThat(x.visitor().text()).isEqualTo("A team of inspectors from the Tarvo Energy Agency"));
        assertThat(visits("The royal couple will visit Nairobi on Friday.")).singleElement()
                .satisfies(x -> assertThat(x.visitor().text()).isEqualTo("The royal couple"));
        assertThat(visits("A representative from the Tarvo Energy Agency is in Kenya for talks with President Tarn Osk."))
                .singleElement().satisfies(x -> assertThat(x.visitor().text()).isEqualTo("A representative from the Tarvo Energy Agency"));
        // a sports side, private people and professionals at work are no visitors
        assertThat(visits("The national team will travel to Kenya on Friday.")).isEmpty();
        assertThat(visits("A couple from Egypt visited Kenya last week.")).isEmpty();
        assertThat(visits("A team of doctors flew to Kenya on Friday.")).isEmpty();
        assertThat(visits("A group of tourists visited Kenya on Monday.")).isEmpty();
    }

    @Test
    void theOfficeHoldersOfTwoCountriesTravelOneEach() {
        List<Visit> v = visits("The foreign ministers of Egypt and Jordan will visit Kenya on July 25.");
        assertThat(v).hasSize(2).allSatisfy(x -> assertThat(x.destination().name()).isEqualTo("Kenya"));
        assertThat(v).anySatisfy(x -> assertThat(x.visitor().name()).isEqualTo("Jordan"));
    }
}
