package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Visits told from the host's side ("received a visit from X"), visitors named by what they are on
 * the trip ("the royal guest"), and "his visit to the country" after a sentence naming it, on
 * sentences written for these tests.
 */
class VisitReceivedAndGuestTest {

    private static List<Visit> visits(String text) {
        ExtractionResult r = SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 12)));
        return r.eventsOf(Visit.class);
    }

    @Test
    void aVisitReceivedFromSomeoneIsTheirVisitToTheHostsCountry() {
        List<Visit> v = visits("In April, Prime Minister Anna Lind of Norway received an official visit from her Chilean "
                + "counterpart, Tomas Varga. The two leaders signed four agreements.");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.visitor().name()).isEqualTo("Tomas Varga");
            assertThat(x.destination().name()).isEqualTo("Norway");
            assertThat(x.host().name()).isEqualTo("Anna Lind");
            assertThat(x.kind()).isEqualTo("official");
        });
    }

    @Test
    void aWorkingVisitFromAMinisterReceivedByAPresident() {
        List<Visit> v = visits("President Kofi Asante of Ghana received a working visit from the Peruvian foreign minister, "
                + "Rosa Quispe, on Tuesday.");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.visitor().name()).isEqualTo("Rosa Quispe");
            assertThat(x.destination().name()).isEqualTo("Ghana");
            assertThat(x.kind()).isEqualTo("working");
        });
    }

    @Test
    void aCountryHostingAStateVisitIsItsDestination() {
        List<Visit> v = visits("Last week Ghana hosted a state visit by President Tomas Varga of Chile, the first by a Chilean leader.");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.visitor().name()).isEqualTo("Tomas Varga");
            assertThat(x.destination().name()).isEqualTo("Ghana");
        });
    }

    @Test
    void aVisitReceivedFromNoOneNamedIsNoVisit() {
        assertThat(visits("The city museum received a visit from a class of schoolchildren on Friday.")).isEmpty();
    }

    @Test
    void theGuestIsTheVisitorOfTheVisitStatedBefore() {
        List<Visit> v = visits("Freedonian President Anna Lind arrived in Chile on Sunday. "
                + "The guest is scheduled to visit the Marrow Steel Works on Monday.");
        assertThat(v).filteredOn(x -> x.destination().name().contains("Steel Works")).singleElement()
                .satisfies(x -> assertThat(x.visitor().name()).isEqualTo("Anna Lind"));
    }

    @Test
    void theRoyalGuestAndTheVisitingDignitaryAreTheVisitorToo() {
        List<Visit> v = visits("King Harald Moss of Norway landed in Lima on Monday for a three-day state visit to Peru. "
                + "On Tuesday the royal guest will visit the National Museum of Archaeology.");
        assertThat(v).filteredOn(x -> x.destination().name().contains("Museum")).singleElement()
                .satisfies(x -> assertThat(x.visitor().name()).isEqualTo("Harald Moss"));
        List<Visit> w = visits("Prime Minister Rosa Quispe of Peru began an official visit to Kenya on Friday. "
                + "Later the visiting dignitary visited the Tana River Cement Factory.");
        assertThat(w).filteredOn(x -> !x.destination().name().equals("Kenya")).singleElement()
                .satisfies(x -> assertThat(x.visitor().name()).isEqualTo("Rosa Quispe"));
    }

    @Test
    void aGuestWithNoVisitStatedBeforeIsNoVisitor() {
        assertThat(visits("The guest of honour will visit the new library on Monday, the school said.")).isEmpty();
    }

    @Test
    void aVisitToTheCountryIsToTheCountryTheSentenceBeforeNamed() {
        List<Visit> v = visits("Chilean Foreign Minister Tomas Varga spoke at a business forum held in Ghana's Ashanti Region "
                + "on Monday. This was part of his three-day visit to the country.");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.visitor().name()).isEqualTo("Tomas Varga");
            assertThat(x.destination().name()).isEqualTo("Ghana");
        });
        List<Visit> w = visits("Minister Rosa Quispe opened a water plant in northern Kenya on Thursday. "
                + "It was her second trip to the country this year.");
        assertThat(w).singleElement().satisfies(x -> assertThat(x.destination().name()).isEqualTo("Kenya"));
    }

    @Test
    void aMonthAfterTheVisitsPurposeDatesTheVisit() {
        assertThat(visits("Foreign Minister Rosa Quispe of Peru also visited the Chilean city of Valparaiso to take part in a "
                + "regional fisheries conference, in January 2024.")).singleElement()
                .satisfies(x -> assertThat(x.date().value()).isEqualTo("2024-01"));
        assertThat(visits("Prime Minister Tomas Varga of Chile visited Nairobi to attend the opening of the African Climate "
                + "Summit with other leaders in September 2023.")).singleElement()
                .satisfies(x -> assertThat(x.date().value()).isEqualTo("2023-09"));
    }

    @Test
    void theArmyCommanderNamedBeforeIsTheTravellerOfTheMainClause() {
        List<Visit> v = visits("Elbonian Army Commander Lieutenant General Ana Velor on Sunday reviewed the security situation.\n\n"
                + "Soon after his arrival on a day-long visit to Tarvia, the army commander visited the northern border.");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.visitor().name()).isEqualTo("Ana Velor");
            assertThat(x.destination().name()).isEqualTo("Tarvia");
        });
    }

    @Test
    void whoseInvitationADelegationIsLedAtHostsTheVisit() {
        List<Visit> v = visits("Speaker Ana Velor of Elbonia will visit Norway next week and hold talks with Parliament President "
                + "Ivo Marek, the Norwegian parliament said.\n\nAt Marek's invitation, Velor will lead a five-member delegation of "
                + "Elbonian lawmakers to Oslo from Monday to Wednesday.");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.destination().name()).isEqualTo("Norway");
            assertThat(x.host()).isNotNull();
            assertThat(x.host().name()).isEqualTo("Ivo Marek");
        });
    }
}
