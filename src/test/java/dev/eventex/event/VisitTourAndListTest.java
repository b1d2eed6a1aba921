package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tours, tour stops and lists of travellers, on sentences written for these tests. */
class VisitTourAndListTest {

    private static List<Visit> visits(String text) {
        ExtractionResult r = SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5)));
        return r.eventsOf(Visit.class);
    }

    @Test
    void stopsNamedAfterAReportingClauseAreTheTravellersVisits() {
        List<Visit> v = visits("Foreign Minister Ana Silva of Chile landed in Lima late on Monday for two days of border talks, "
                + "her office said in a statement, after stops in Ecuador, Colombia and Panama.");
        assertThat(v).extracting(x -> x.destination().name())
                .contains("Ecuador", "Colombia", "Panama");
        assertThat(v).allSatisfy(x -> assertThat(x.visitor().name()).isEqualTo("Ana Silva"));
    }

    @Test
    void aDelegationHeadedBySomeoneHasNotHeadedAnywhere() {
        List<Visit> v = visits("A large Kenyan trade delegation, headed by Prime Minister Rose Tanui, is in Ghana this week "
                + "to look for new markets.");
        assertThat(v).allSatisfy(x -> assertThat(x.visitor().name()).isEqualTo("Rose Tanui"));
    }

    @Test
    void aTourOfCountriesIsAVisitToEach() {
        List<Visit> v = visits("President John Mbeki of Kenya ended his tour of Ghana and Togo on Friday with a speech on trade.");
        assertThat(v).extracting(x -> x.destination().name()).containsExactlyInAnyOrder("Ghana", "Togo");
        assertThat(v).allSatisfy(x -> assertThat(x.visitor().name()).isEqualTo("John Mbeki"));
    }

    @Test
    void aTourOfSightsOrByABandIsNoVisit() {
        assertThat(visits("The guided tour of Paris took the children three hours.")).isEmpty();
        assertThat(visits("The band's concert tour of Germany sold out within a day.")).isEmpty();
    }

    @Test
    void aRegionalTourWhoseStopsAreNamedIsToldByItsStops() {
        List<Visit> v = visits("Prime Minister Rose Tanui of Kenya arrives on Monday in Ghana, the first stop of her tour of West Africa, "
                + "to discuss a new trade corridor.");
        assertThat(v).extracting(x -> x.destination().name()).contains("Ghana").doesNotContain("West Africa");
    }

    @Test
    void aTimeSetOffByCommasMayStandBetweenTheVerbAndThePlace() {
        List<Visit> v = visits("A delegation of Kenyan lawmakers visited, on Monday morning, the headquarters of the African Union "
                + "in Addis Ababa.");
        assertThat(v).singleElement().satisfies(x ->
                assertThat(x.destination().text()).containsAnyOf("African Union", "Addis Ababa"));
    }

    @Test
    void aDescribedPresidentHeadingAListOfTravellersIsTheVisitor() {
        List<Visit> v = visits("President Tomas Varga of Chile flew home from Brazil last month. The Chilean President, "
                + "a team of ministers and members of the private sector are on a week-long working visit to Peru.");
        assertThat(v).filteredOn(x -> x.destination().name().equals("Peru")).singleElement()
                .satisfies(x -> assertThat(x.visitor().name()).isEqualTo("Tomas Varga"));
    }

    @Test
    void aVisitPaidToAPresidentIsAVisitToHisCountry() {
        List<Visit> v = visits("President Kofi Asante of Ghana met business leaders in Accra on Friday. "
                + "Former Prime Minister Rose Tanui of Kenya made a courtesy visit to Asante on Saturday.");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.visitor().name()).isEqualTo("Rose Tanui");
            assertThat(x.destination().name()).isEqualTo("Ghana");
            assertThat(x.host().name()).isEqualTo("Kofi Asante");
        });
    }

    @Test
    void aVisitSomeoneIsWillingToReceiveHasNotBeenMade() {
        assertThat(visits("Chile and Peru agreed to expand trade. Minister Ana Silva of Peru reiterated the willingness of her "
                + "government to receive the state visit of President Tomas Varga of Chile.")).isEmpty();
    }
}
