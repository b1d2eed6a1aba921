package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Visits told in several statements: the day the journey began dates them, and who travelled is
 * read from how news names the party; sentences written for these tests.
 */
class VisitStartAndPartiesTest {

    private static List<Visit> visits(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 6, 7))).eventsOf(Visit.class);
    }

    @Test
    void aVisitToldOnTwoDaysIsDatedByTheDayItBegan() {
        List<Visit> v = visits("President Ana Velor of Ruritania welcomed Minister Tomas Varga of Elbonia to Tarvo on Friday. "
                + "Varga had landed in Tarvo on Thursday morning for a three-day official visit.");
        assertThat(v).singleElement().satisfies(x -> assertThat(x.date().value()).isEqualTo("2025-06-05"));
    }

    @Test
    void aVisitDatedByARangeKeepsItsFirstDayWhenADayInsideItIsToldFirst() {
        List<Visit> v = visits("During his visit to Ruritania on Wednesday, Minister Tomas Varga of Elbonia opened a school in Tarvo. "
                + "Varga's official visit to Ruritania runs from June 2 to 5.");
        assertThat(v).singleElement().satisfies(x -> assertThat(x.date().value()).isEqualTo("2025-06-02"));
    }

    @Test
    void aGuestHostedBySomeoneInAPlaceIsTheVisitorNotTheHost() {
        List<Visit> v = visits("Minister Tomas Varga of Elbonia was hosted by President Ana Velor in Tarvo on Thursday.");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.visitor().name()).isEqualTo("Tomas Varga");
            assertThat(x.host().name()).isEqualTo("Ana Velor");
            assertThat(x.destination().name()).isEqualTo("Tarvo");
        });
    }

    @Test
    void aDinnerHostedBySomeoneIsNoVisit() {
        assertThat(visits("The dinner was hosted by Ana Velor at the Grand Hotel in Tarvo on Thursday.")).isEmpty();
    }

    @Test
    void anHonorificAloneNamesTheStorysMainOfficeHolder() {
        List<Visit> v = visits("President Tomas Varga of Chile landed in Jamaica on Friday for talks. Prime Minister Anna Lind "
                + "and her ministers met him in Kingston. His Excellency's visit to Cuba follows on Sunday.");
        assertThat(v).extracting(x -> x.destination().name()).containsExactlyInAnyOrder("Jamaica", "Cuba");
        assertThat(v).allSatisfy(x -> assertThat(x.visitor().name()).isEqualTo("Tomas Varga"));
    }

    @Test
    void aVisitToAWorldRegionIsTheTourOfTheCountriesVisited() {
        List<Visit> v = visits("President Tomas Varga of Chile landed in Jamaica on Friday for talks. Prime Minister Anna Lind "
                + "and her ministers met him in Kingston. His Excellency's tour of the Caribbean ends in Cuba on Sunday, "
                + "where he will visit a clinic.");
        assertThat(v).extracting(x -> x.destination().name()).contains("Jamaica").doesNotContain("Caribbean");
    }

    @Test
    void aVisitToAWorldRegionAloneStays() {
        List<Visit> v = visits("Foreign Minister Tomas Varga of Chile visited Southeast Asia last month to promote trade.");
        assertThat(v).singleElement().satisfies(x -> assertThat(x.destination().name()).isEqualTo("Southeast Asia"));
    }

    @Test
    void theSpouseListedBesideThePrincipalMakesNoVisitOfTheirOwn() {
        assertThat(visits("President Tomas Varga and First Lady Ana Varga arrived in Nairobi on Saturday for the regional summit."))
                .singleElement().satisfies(x -> assertThat(x.visitor().name()).isEqualTo("Tomas Varga"));
        assertThat(visits("President Tomas Varga and Foreign Minister Ana Velor arrived in Nairobi on Saturday."))
                .extracting(x -> x.visitor().name()).containsExactlyInAnyOrder("Tomas Varga", "Ana Velor");
        assertThat(visits("The First Lady, Ana Varga, travelled to Nairobi on Saturday.")).singleElement()
                .satisfies(x -> assertThat(x.visitor().name()).isEqualTo("Ana Varga"));
    }
}
