package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Tense;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Journeys as wire copy writes them, one test per shape: where a travel verb's veto word is read, a
 * journey under way, a person visited in a place, a name set off after its bearer's description, the
 * places and stops of a trip, and the country a visit went to when only the clause around it names it.
 * Sentences written for these tests.
 */
class VisitWireShapesTest {

    private static List<Visit> visits(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5))).eventsOf(Visit.class);
    }

    @Test
    void aVetoWordNextToTheTravelVerbStillVetoes() {
        assertThat(visits("Foreign Minister Tarn Osk flew back to Kenya on Sunday.")).isEmpty();
        assertThat(visits("Foreign Minister Tarn Osk arrived home from Tarvoka on Sunday.")).isEmpty();
        assertThat(visits("The ministers of Kenya and Uganda arrived at a consensus in Tarvoka on Sunday.")).isEmpty();
        assertThat(visits("Kenya's peacekeeping forces arrived in Tarvoka on Sunday.")).isEmpty();
    }

    @Test
    void onHisWayToAPlaceIsAJourneyUnderWay() {
        assertThat(visits("Kenyan President Tarn Osk is on his way to Tarvoka, where he will hold talks with President Ida Morrow on Friday."))
                .singleElement().satisfies(v -> {
                    assertThat(v.visitor().name()).isEqualTo("Tarn Osk");
                    assertThat(v.destination().name()).isEqualTo("Tarvoka");
                    assertThat(v.tense()).isEqualTo(Tense.ONGOING);
                });
        // on the way somewhere as a circumstance of something else is no journey of its own
        assertThat(visits("Kenyan President Tarn Osk answered questions from the press on his way to Tarvoka.")).isEmpty();
    }

    @Test
    void aPersonVisitedInAPlaceMakesThePlaceTheDestinationAndThePersonTheHost() {
        assertThat(visits("Kenyan President Tarn Osk says he will visit his old friend Ida Morrow in Tarvoka on Monday."))
                .singleElement().satisfies(v -> {
                    assertThat(v.visitor().name()).isEqualTo("Tarn Osk");
                    assertThat(v.destination().name()).isEqualTo("Tarvoka");
                    assertThat(v.host()).isNotNull();
                    assertThat(v.host().name()).isEqualTo("Ida Morrow");
                    assertThat(v.tense()).isEqualTo(Tense.PLANNED);
                });
    }

    @Test
    void aNameSetOffAfterADescriptionOfItsBearerIsAnOfficeHolder() {
        assertThat(visits("The chairman of Kenya's main opposition party, Ida Morrow, flew to Tarvoka on Sunday."))
                .singleElement().satisfies(v -> {
                    assertThat(v.visitor().name()).isEqualTo("Ida Morrow");
                    assertThat(v.destination().name()).isEqualTo("Tarvoka");
                });
        // a name after a private person's description stays a private person, whose travel verb makes no visit
        assertThat(visits("The friend of the singer, Ida Morrow, arrived in Tarvoka on Sunday.")).isEmpty();
    }

    @Test
    void placesNamedBeforeTheTripTheyHappenedOnAreItsStops() {
        assertThat(visits("Kenyan President Tarn Osk met ministers in Uganda, Rwanda and Tanzania on last month's tour."))
                .extracting(v -> v.destination().name())
                .containsExactlyInAnyOrder("Uganda", "Rwanda", "Tanzania");
    }

    @Test
    void stopsOfTheTripJustToldAreTheTravellersOfThatTrip() {
        assertThat(visits("Kenyan President Tarn Osk will travel to Europe next month. "
                + "Her spokesman said the journey of eight days takes in stops in Spain, Portugal and Greece."))
                .allSatisfy(v -> assertThat(v.visitor().name()).isEqualTo("Tarn Osk"))
                .extracting(v -> v.destination().name())
                .contains("Portugal", "Greece");
    }

    @Test
    void whileInAPlaceForTalksTheActorIsAway() {
        assertThat(visits("While in Tarvoka for trade talks Saturday, Kenyan Defence Minister Tarn Osk said the issue was open."))
                .singleElement().satisfies(v -> {
                    assertThat(v.visitor().name()).isEqualTo("Tarn Osk");
                    assertThat(v.destination().name()).isEqualTo("Tarvoka");
                });
    }

    @Test
    void aVisitByAForeignLeaderDuringWhichACountryActedWentToThatCountry() {
        assertThat(visits("Kenya signed three road-building deals with Japan during a visit by the Japanese premier, Tarn Osk, last week."))
                .singleElement().satisfies(v -> {
                    assertThat(v.visitor().name()).isEqualTo("Tarn Osk");
                    assertThat(v.destination().name()).isEqualTo("Kenya");
                });
    }

    @Test
    void toVisitWithPeopleIsTimeSpentWithThemNoJourney() {
        assertThat(visits("The head of Kenya's main opposition party, Ida Morrow, arrived in the village to visit with survivors of the flood."))
                .isEmpty();
    }
}
