package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Argument;
import dev.eventex.api.Document;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Meeting;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Tense;
import dev.eventex.api.TradeGoal;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Optional roles read from the report around the event, on sentences written for these tests:
 * a goal's setter as the speaker of the quotation or report that states it, a meeting's place
 * as the dateline city, and the tense and date of what a speaker "said" during a visit.
 */
class SpeakersDatelinesTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 5);

    private static ExtractionResult extract(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(PUBLISHED));
    }

    private static TradeGoal onlyGoal(String text) {
        List<TradeGoal> goals = extract(text).eventsOf(TradeGoal.class);
        assertThat(goals).hasSize(1);
        return goals.get(0);
    }

    private static List<String> names(List<Argument> args) {
        return args == null ? List.of() : args.stream().map(Argument::name).toList();
    }

    @Test
    void theSpeakerAfterAQuotationOfSeveralSentencesSetsTheGoal() {
        TradeGoal g = onlyGoal("Chilean President Tomas Varga held talks with Norwegian Prime Minister Anna Kovac in Oslo on Monday.\n\n"
                + "\u201cOur talks were open and warm. We agreed to raise trade between Chile and Norway to $4 billion by 2029. "
                + "That is an ambitious figure,\u201d said President Tomas Varga.");
        assertThat(names(g.setBy())).containsExactly("Tomas Varga");
    }

    @Test
    void theSpeakerBeforeAnOpeningQuoteSetsTheGoal() {
        TradeGoal g = onlyGoal("Chilean President Tomas Varga held talks with Norwegian Prime Minister Anna Kovac in Oslo on Monday.\n\n"
                + "Tomas Varga told reporters: \"Our talks were open and warm. We agreed to raise trade between Chile and Norway "
                + "to $4 billion by 2029.\"");
        assertThat(names(g.setBy())).containsExactly("Tomas Varga");
    }

    @Test
    void theReporterOfAPlanSetsTheGoalWhenNoOneElseDoes() {
        TradeGoal g = onlyGoal("Norwegian Trade Minister Ingrid Dahl met Chilean officials in Oslo on Monday.\n\n"
                + "Ingrid Dahl said exports to Chile had grown fast, noting that Norway targets to lift them to $900 million by 2027.");
        assertThat(names(g.setBy())).containsExactly("Ingrid Dahl");
    }

    @Test
    void aGoalOutsideAnyQuotationOrReportHasNoSpeaker() {
        TradeGoal g = onlyGoal("Chilean President Tomas Varga held talks with Norwegian Prime Minister Anna Kovac in Oslo on Monday.\n\n"
                + "Chile and Norway aim to raise their trade to $4 billion by 2029.");
        assertThat(names(g.setBy())).doesNotContain("Tomas Varga", "Anna Kovac");
    }

    @Test
    void aMeetingThatNamesNoPlaceWasHeldInTheDatelineCity() {
        List<Meeting> ms = extract("Leaders discuss fisheries\nOSLO, March 4 (Agency) - Prime Minister Anna Kovac met "
                + "Chilean Foreign Minister Tomas Varga on Tuesday to discuss fisheries.").eventsOf(Meeting.class);
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).location()).isNotNull();
        assertThat(ms.get(0).location().name()).isEqualToIgnoringCase("Oslo");
    }

    @Test
    void aPlaceTheSentenceNamesWinsOverTheDateline() {
        List<Meeting> ms = extract("OSLO, March 4 (Agency) - Prime Minister Anna Kovac met Chilean Foreign Minister Tomas Varga "
                + "in Bergen on Tuesday.").eventsOf(Meeting.class);
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).location().name()).isEqualTo("Bergen");
    }

    @Test
    void aCountryOpeningAHeadlineIsNoDateline() {
        List<Meeting> ms = extract("Norway - Chile fisheries talks\nNorwegian Prime Minister Anna Kovac met Chilean Foreign Minister "
                + "Tomas Varga on Tuesday to discuss fisheries.").eventsOf(Meeting.class);
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).location()).isNull();
    }

    @Test
    void aVisitDuringWhichAPlanWasAnnouncedHasBeenMade() {
        List<Visit> vs = extract("Chile and Norway plan to lift two-way commerce above $2 billion by 2030, Chilean President Tomas Varga "
                + "said on Sunday during an official visit to Norway.").eventsOf(Visit.class);
        assertThat(vs).hasSize(1);
        assertThat(vs.get(0).tense()).isNotEqualTo(Tense.PLANNED);
        assertThat(vs.get(0).date()).isNotNull();
        assertThat(vs.get(0).date().value()).isEqualTo("2025-03-02");
    }

    @Test
    void beingToVisitWithADateInBetweenIsAPlan() {
        List<Visit> vs = extract("Chilean Senate Speaker Tomas Varga is next week to visit Norway, his office said yesterday.")
                .eventsOf(Visit.class);
        assertThat(vs).hasSize(1);
        assertThat(vs.get(0).tense()).isEqualTo(Tense.PLANNED);
    }
    @Test
    void theEventTookPlaceAtGivesTheMeetingItsVenue() {
        List<Meeting> ms = extract("Chilean Foreign Minister Tomas Varga held talks with Norwegian Prime Minister Anna Kovac.\n\n"
                + "The meeting took place at the Royal Lodge in Bergen on Tuesday.").eventsOf(Meeting.class);
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).location()).isNotNull();
        assertThat(ms.get(0).location().text()).contains("Royal Lodge");
    }

    @Test
    void theVenueVisitedJustBeforeMeetingIsTheMeetingPlace() {
        List<Meeting> ms = extract("Chilean Foreign Minister Tomas Varga visited the headquarters of the Nordic Fisheries Council "
                + "and met with Norwegian Fisheries Minister Lars Holm on Tuesday.").eventsOf(Meeting.class);
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).location()).isNotNull();
        assertThat(ms.get(0).location().text()).contains("headquarters");
    }

    @Test
    void aCityNamedAsTheCountrysCapitalIsThePlace() {
        List<Meeting> ms = extract("Norwegian Prime Minister Anna Kovac met Chilean Foreign Minister Tomas Varga in the "
                + "Chilean capital, Santiago, on Tuesday.").eventsOf(Meeting.class);
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).location()).isNotNull();
        assertThat(ms.get(0).location().name()).isEqualTo("Santiago");
    }

    @Test
    void aKindWordFarFromTheTriggerStillGivesTheKind() {
        List<Visit> vs = extract("Chilean President Tomas Varga arrived in Oslo on Monday evening after a long flight from Santiago "
                + "with a refuelling halt in Lisbon and a short rest in Paris for a three-day state visit.").eventsOf(Visit.class);
        assertThat(vs).isNotEmpty();
        assertThat(vs).extracting(Visit::kind).contains("state");
    }
}
