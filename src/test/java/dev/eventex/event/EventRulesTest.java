package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Argument;
import dev.eventex.api.Document;
import dev.eventex.api.Donation;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Meeting;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Tense;
import dev.eventex.api.TradeGoal;
import dev.eventex.api.Visit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event rules on short texts written for these tests: what must and must not become an event. */
class EventRulesTest {

    private static ExtractionResult run(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5)));
    }

    private static List<String> names(List<Argument> args) {
        return args.stream().map(Argument::name).toList();
    }

    @Test
    void separateMeetingsStaySeparateAndAJointMeetingIsOne() {
        ExtractionResult r = run("On Monday, Foreign Minister Ana Silva met separately with Prime Minister John Mbeki and "
                + "Speaker of Parliament Rose Tanui in Nairobi.\n\nOn Tuesday, Foreign Minister Ana Silva met with Prime Minister "
                + "John Mbeki and Speaker of Parliament Rose Tanui in Mombasa.");
        List<Meeting> meetings = r.eventsOf(Meeting.class);
        assertThat(meetings).extracting(m -> names(m.participants())).containsExactlyInAnyOrder(
                List.of("Ana Silva", "John Mbeki"), List.of("Ana Silva", "Rose Tanui"), List.of("Ana Silva", "John Mbeki", "Rose Tanui"));
    }

    @Test
    void anInvitationOnlyExtendedIsNoVisit() {
        ExtractionResult r = run("President Kwame Mensah invited Foreign Minister Lee Min-ho to visit Accra at a convenient time.");
        assertThat(r.eventsOf(Visit.class)).isEmpty();
    }

    @Test
    void tellingWordsWithoutEventsGiveNothing() {
        ExtractionResult r = run("Museum visitors queued for hours. The striker's late goal sent the visiting fans home happy. "
                + "Quarterly results fell short of meeting expectations as the trade war dragged on. "
                + "The charity hopes to raise $2 million by December. The company agreed to purchase 500,000 tonnes of wheat.");
        assertThat(r.events()).isEmpty();
    }

    @Test
    void aPhoneCallIsNoMeeting() {
        ExtractionResult r = run("President Aliyev held a telephone conversation with President Tokayev on Tuesday.");
        assertThat(r.eventsOf(Meeting.class)).isEmpty();
    }

    @Test
    void passiveHandoverWithDonorFromReducedRelative() {
        ExtractionResult r = run("On Thursday, 300 laptops donated by the Chinese government were handed over to Peru's Ministry of Education.");
        List<Donation> d = r.eventsOf(Donation.class);
        assertThat(d).hasSize(1);
        assertThat(d.get(0).donor().name()).contains("China");
        assertThat(d.get(0).recipient().text()).contains("Ministry of Education");
        assertThat(d.get(0).quantity()).isEqualByComparingTo(BigDecimal.valueOf(300));
        assertThat(d.get(0).item()).isEqualTo("laptops");
    }

    @Test
    void aTargetStatedAsAnAimButNotAReportedFigure() {
        ExtractionResult r = run("The two ministers agreed to raise bilateral trade between Kenya and Tanzania to USD 2 billion by 2027. "
                + "Trade stood at USD 1.3 billion last year, and exports grew to $900 million.");
        List<TradeGoal> goals = r.eventsOf(TradeGoal.class);
        assertThat(goals).hasSize(1);
        assertThat(goals.get(0).target().value()).isEqualByComparingTo(BigDecimal.valueOf(2_000_000_000L));
        assertThat(names(goals.get(0).parties())).containsExactlyInAnyOrder("Kenya", "Tanzania");
        assertThat(goals.get(0).deadline().value()).isEqualTo("2027");
        assertThat(goals.get(0).tense()).isEqualTo(Tense.PLANNED);
    }

    @Test
    void plannedVisitWithWeekdayResolvesForward() {
        ExtractionResult r = run("Foreign Minister Lee Min-ho will travel to Hanoi on Friday for an official visit.");
        List<Visit> v = r.eventsOf(Visit.class);
        assertThat(v).hasSize(1);
        assertThat(v.get(0).tense()).isEqualTo(Tense.PLANNED);
        assertThat(v.get(0).date().value()).isEqualTo("2025-03-07");
        assertThat(v.get(0).kind()).isEqualTo("official");
    }

    @Test
    void negatedOrRefusedEventsAreNone() {
        ExtractionResult r = run("President John Mbeki did not meet Prime Minister Grace Tanui on Monday. "
                + "The governor refused to hand over 20 ambulances to the county.");
        assertThat(r.events()).isEmpty();
    }

    @Test
    void peopleHandedOverAreNoDonation() {
        ExtractionResult r = run("The police handed over 12 suspects to the Criminal Investigation Department on Friday.");
        assertThat(r.eventsOf(Donation.class)).isEmpty();
    }

    @Test
    void aLinkLineStatesNothing() {
        ExtractionResult r = run("https://news.example.org/article/1234/japan-donates-20-ambulances-to-kenya\n\nMarkets were calm.");
        assertThat(r.events()).isEmpty();
    }

    @Test
    void leadingADelegationToAPlaceIsAVisit() {
        ExtractionResult r = run("On Tuesday, Nigeria's Minister of Industry, Trade and Investment, Adaeze Okafor, led a delegation "
                + "of customs officials to Cotonou.");
        List<Visit> v = r.eventsOf(Visit.class);
        assertThat(v).hasSize(1);
        assertThat(v.get(0).visitor().name()).isEqualTo("Adaeze Okafor");
        assertThat(v.get(0).destination().name()).isEqualTo("Cotonou");
    }

    @Test
    void aSentenceOpeningWithHisVisitReferesToTheSubjectThatFollows() {
        ExtractionResult r = run("President Ilze Berzina welcomed the guests.\n\nDuring his visit to Riga, Deputy Minister Yerlan "
                + "Seitkali also met with Foreign Minister Andris Kalnins.");
        List<Visit> v = r.eventsOf(Visit.class);
        assertThat(v).hasSize(1);
        assertThat(v.get(0).visitor().name()).isEqualTo("Yerlan Seitkali");
    }
}
