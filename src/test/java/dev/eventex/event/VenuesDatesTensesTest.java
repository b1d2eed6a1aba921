package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Meeting;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Tense;
import dev.eventex.api.Visit;
import dev.eventex.normalize.DateHeader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Optional roles on sentences written for these tests: venues as meeting places, dates stated
 * by weekday or month and the publication stamp, the tense of non-finite triggers and
 * headlines, and the kind of a visit.
 */
class VenuesDatesTensesTest {

    private static ExtractionResult extract(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5)));
    }

    private static List<Meeting> meetings(String text) {
        return extract(text).eventsOf(Meeting.class);
    }

    private static Meeting onlyMeeting(String text) {
        List<Meeting> m = meetings(text);
        assertThat(m).hasSize(1);
        return m.get(0);
    }

    @Test
    void aMeetingNamedByANounWithNoTenseOfItsOwnIsPast() {
        // the noun has no verb of its own and nothing marks it as planned: news report such meetings as held
        Meeting m = onlyMeeting("Productive negotiations between President Ana Velor and President Tomas Varga, together with a forum of traders, lifted the figure.");
        assertThat(m.tense()).isEqualTo(Tense.PAST);
    }

    @Test
    void talksARelativeClauseSetsInTheFutureArePlannedThoughTheTravelIsDone() {
        List<Meeting> m = meetings("Foreign Minister Tomas Varga arrived in Tarvo on Wednesday for talks with President Ana Velor that will be held tomorrow.");
        assertThat(m).singleElement().satisfies(x -> assertThat(x.tense()).isEqualTo(Tense.PLANNED));
        assertThat(extract("Foreign Minister Tomas Varga arrived in Tarvo on Wednesday for talks with President Ana Velor that will be held tomorrow.")
                .eventsOf(Visit.class)).singleElement().satisfies(v -> assertThat(v.tense()).isEqualTo(Tense.PAST));
    }

    @Test
    void anOfficeWithItsTownIsTheMeetingPlace() {
        Meeting m = onlyMeeting("Prime Minister Jonas Berg received Ambassador Rui Costa in his office in Oslo on Tuesday.");
        assertThat(m.location()).isNotNull();
        assertThat(m.location().text()).isEqualTo("his office in Oslo");
    }

    @Test
    void aResidenceKnownByItsNameIsTheMeetingPlace() {
        Meeting m = onlyMeeting("President Amara Okoye met Foreign Minister Lina Petrova at the official residence of Villa Serena on Monday.");
        assertThat(m.location()).isNotNull();
        assertThat(m.location().text()).isEqualTo("the official residence of Villa Serena");
    }

    @Test
    void aDescribedVenueWithoutANameIsTheMeetingPlace() {
        Meeting m = onlyMeeting("Foreign Minister Lina Petrova met President Amara Okoye at a lakeside hotel on Monday.");
        assertThat(m.location()).isNotNull();
        assertThat(m.location().text()).isEqualTo("a lakeside hotel");
    }

    @Test
    void aBodyMetAtIsHeldInThePlaceNamedAfterIt() {
        Meeting m = onlyMeeting("Prime Minister Jonas Berg and President Amara Okoye last met at APEC in Lima in November.");
        assertThat(m.location()).isNotNull();
        assertThat(m.location().text()).isEqualTo("Lima");
    }

    @Test
    void theSummitOfABodyIsHeldInThePlaceNamedAfterIt() {
        Meeting m = onlyMeeting("Prime Minister Jonas Berg met President Amara Okoye at the ASEAN summit in Jakarta on Monday.");
        assertThat(m.location()).isNotNull();
        assertThat(m.location().text()).isEqualTo("Jakarta");
    }

    @Test
    void aNamedBuildingStaysThePlaceBeforeItsTown() {
        Meeting m = onlyMeeting("Prime Minister Jonas Berg met President Amara Okoye at the Presidential Palace in Accra on Monday.");
        assertThat(m.location()).isNotNull();
        assertThat(m.location().text()).isEqualTo("Presidential Palace");
    }

    @Test
    void beingInOfficeIsNoPlace() {
        Meeting m = onlyMeeting("Prime Minister Jonas Berg, in office for two years now, met President Amara Okoye on Monday.");
        assertThat(m.location()).isNull();
    }

    @Test
    void aVenueBeforeWhereIsThePlaceOfTheTalks() {
        Meeting m = onlyMeeting("President Amara Okoye then led Prime Minister Jonas Berg into the marble hall, where the two leaders held talks.");
        assertThat(m.location()).isNotNull();
        assertThat(m.location().text()).isEqualTo("the marble hall");
    }

    @Test
    void thePublicationStampRunIntoTheHeadlineIsNotTheDateOfTheMeeting() {
        Meeting m = onlyMeeting("date 2025-03-05 Minister Lina Petrova meets President Amara Okoye\n\n"
                + "Foreign Minister Lina Petrova met President Amara Okoye in Accra on Tuesday.");
        assertThat(m.date()).isNotNull();
        assertThat(m.date().value()).isEqualTo("2025-03-04");
    }

    @Test
    void aHeadlineInThePresentReportsWhatHappened() {
        Meeting m = onlyMeeting("Minister Lina Petrova meets President Amara Okoye\n\nThe two discussed fishing rights and ferry links.");
        assertThat(m.tense()).isEqualTo(Tense.PAST);
    }

    @Test
    void aWeekdayFarFromTheTriggerStillDatesTheMeeting() {
        Meeting m = onlyMeeting("Foreign Minister Lina Petrova met President Amara Okoye in Accra to discuss trade, fisheries, "
                + "energy links and the ferry service between the two countries on Tuesday.");
        assertThat(m.date()).isNotNull();
        assertThat(m.date().value()).isEqualTo("2025-03-04");
    }

    @Test
    void aMonthOpeningTheSentenceDatesTheEventsOfIt() {
        ExtractionResult r = SharedExtractor.defaults().extract(Document.of("t",
                "In June, Foreign Minister Lina Petrova visited Accra and met with President Amara Okoye.\n\n"
                        + "Also in May, President Amara Okoye received Prime Minister Jonas Berg.").withDate(LocalDate.of(2025, 7, 20)));
        assertThat(r.eventsOf(Visit.class)).singleElement().satisfies(v -> assertThat(v.date().value()).isEqualTo("2025-06"));
        assertThat(r.eventsOf(Meeting.class)).extracting(m -> m.date().value()).containsExactlyInAnyOrder("2025-06", "2025-05");
    }

    @Test
    void aBareInfinitiveUnderWillIsPlanned() {
        List<Meeting> m = meetings("President Amara Okoye will meet Speaker Maria Lund and be received by Prime Minister Jonas Berg.");
        assertThat(m).hasSize(2).allSatisfy(x -> assertThat(x.tense()).isEqualTo(Tense.PLANNED));
    }

    @Test
    void aParticipleAfterWhileTakesTheTenseOfItsClause() {
        Meeting m = onlyMeeting("Minister Karl Weber made the announcement on Wednesday while receiving Ambassador Rui Costa.");
        assertThat(m.tense()).isEqualTo(Tense.PAST);
    }

    @Test
    void talksAfterAPastReportingVerbHappened() {
        Meeting m = onlyMeeting("Trade can double soon, President Amara Okoye said following talks with Prime Minister Jonas Berg.");
        assertThat(m.tense()).isEqualTo(Tense.PAST);
    }

    @Test
    void anInfinitiveOfPurposeTakesThePlanOfItsClause() {
        Meeting m = onlyMeeting("President Amara Okoye plans to fly into Accra by Thursday evening to meet Speaker Maria Lund.");
        assertThat(m.tense()).isEqualTo(Tense.PLANNED);
    }

    @Test
    void theKindOfAVisitMayStandBeforeItsLength() {
        Visit v = extract("Minister Lina Petrova arrived in Accra on Monday for a working 3-day visit.").eventsOf(Visit.class).get(0);
        assertThat(v.kind()).isEqualTo("working");
    }

    @Test
    void ofTwoKindWordsTheOneOnTheNounWins() {
        Visit v = extract("Minister Lina Petrova arrived in Accra on Monday for an official 3-day state visit.").eventsOf(Visit.class).get(0);
        assertThat(v.kind()).isEqualTo("state");
    }

    @Test
    void theHeaderSpanCoversTheDateOnly() {
        String text = "date 2025-03-05 Minister meets envoy\n\nText.";
        DateHeader header = new DateHeader(SentenceFixture.LEXICONS);
        assertThat(header.find(text)).hasValueSatisfying(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo("2025-03-05"));
        assertThat(header.find("The minister arrived on 14 March 2025 in Astana.")).isEmpty();
    }

    @Test
    void aDayStatedLaterNarrowsTheWeekOfTheSameVisit() {
        List<Visit> v = extract("Speaker Ana Velor of Elbonia is next week to visit Ruritania, the Senate said. "
                + "Velor is to lead a delegation of lawmakers to Ruritania from Monday to Thursday.").eventsOf(Visit.class);
        assertThat(v).hasSize(1);
        assertThat(v.get(0).date().value()).isEqualTo("2025-03-10");
    }

    @Test
    void onlyADateInsideAnotherNarrowsIt() {
        assertThat(EventAssembler.narrows(date("2025-W11"), date("2025-03-10"))).isTrue();
        assertThat(EventAssembler.narrows(date("2025-W11"), date("2025-03-17"))).isFalse();
        assertThat(EventAssembler.narrows(date("2025-03"), date("2025-03-10"))).isTrue();
        assertThat(EventAssembler.narrows(date("2025"), date("2025-03"))).isTrue();
        assertThat(EventAssembler.narrows(date("2025-03-10"), date("2025-03"))).isFalse();
        assertThat(EventAssembler.narrows(date("2024"), date("2025-03-10"))).isFalse();
    }

    @Test
    void aVisitThatIsTheObjectOfPreparingIsPlanned() {
        List<Visit> v = extract("The newspaper reported that the minister was preparing a visit to Ruritania by Elbonian President Ana Velor.")
                .eventsOf(Visit.class);
        assertThat(v).hasSize(1);
        assertThat(v.get(0).tense()).isEqualTo(Tense.PLANNED);
        assertThat(extract("Elbonian President Ana Velor paid a visit to Ruritania in May.").eventsOf(Visit.class).get(0).tense())
                .isEqualTo(Tense.PAST);
    }

    private static RoleValue date(String iso) {
        return new RoleValue.Date(new dev.eventex.api.DateValue("then", iso));
    }
}
