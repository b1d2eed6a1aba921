package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Argument;
import dev.eventex.api.Document;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.TradeGoal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trade and investment targets, on sentences written for these tests. */
class TradeGoalRulesTest {

    private static List<TradeGoal> goals(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5))).eventsOf(TradeGoal.class);
    }

    private static List<String> names(List<Argument> args) {
        return args.stream().map(Argument::name).toList();
    }

    @Test
    void whoPledgedOrAgreedToRaiseTradeSetTheGoal() {
        List<TradeGoal> g = goals("President John Mbeki and Prime Minister Rose Tanui agreed to raise trade between Kenya and Ghana "
                + "to $4 billion by 2028.");
        assertThat(g).singleElement().satisfies(x -> assertThat(names(x.setBy())).containsExactly("John Mbeki", "Rose Tanui"));
        g = goals("Kenyan and Ghanaian officials pledged to boost annual trade between Kenya and Ghana to $700 million.");
        assertThat(g).singleElement().satisfies(x -> assertThat(x.setBy()).extracting(Argument::text)
                .anySatisfy(t -> assertThat(t).endsWith("officials")));
    }

    @Test
    void theTargetIsTheAmountTradeIsRaisedToNotTheOneItStartsFrom() {
        List<TradeGoal> g = goals("The ministers want to raise trade between Kenya and Ghana from $1.2 billion now to $3 billion by 2030.");
        assertThat(g).singleElement().satisfies(x -> assertThat(x.target().value()).isEqualByComparingTo(BigDecimal.valueOf(3_000_000_000L)));
    }

    @Test
    void amountsReachedInStagesAreTargetsEach() {
        List<TradeGoal> g = goals("The two countries agreed to increase trade between Kenya and Ghana to $2bn and then to $5bn.");
        assertThat(g).extracting(x -> x.target().value().longValue()).containsExactlyInAnyOrder(2_000_000_000L, 5_000_000_000L);
    }

    @Test
    void onTrackToDoubleIsAnInfinitiveStatingAnAim() {
        List<TradeGoal> g = goals("Officials said Chile remains on track to double its commerce with Vietnam to 8 billion dollars by 2028.");
        assertThat(g).singleElement().satisfies(x -> {
            assertThat(x.target().value()).isEqualByComparingTo(BigDecimal.valueOf(8_000_000_000L));
            assertThat(names(x.parties())).containsExactlyInAnyOrder("Chile", "Vietnam");
        });
    }

    @Test
    void aNumberGluedByAHyphenStaysInTheMetric() {
        List<TradeGoal> g = goals("Kenya and Ghana agreed to raise their two-way trade to $3 billion by 2030.");
        assertThat(g).singleElement().satisfies(x -> assertThat(x.metric()).isEqualTo("two-way trade"));
    }

    @Test
    void aHyphenatedPairOfDemonymsNamesTheParties() {
        List<TradeGoal> g = goals("The volume of Polish-Greek trade reached 4 billion US dollars last year and the objective is "
                + "7 billion US dollars, the Greek Prime Minister said.");
        assertThat(g).singleElement().satisfies(x -> {
            assertThat(x.target().value()).isEqualByComparingTo(BigDecimal.valueOf(7_000_000_000L));
            assertThat(names(x.parties())).containsExactlyInAnyOrder("Poland", "Greece");
        });
    }

    @Test
    void aHyphenatedPairTheTokenizerKeepsTogetherIsSplitToo() {
        List<TradeGoal> g = goals("The volume of Danish-Swedish trade reached 2 billion US dollars last year and the goal is 5 billion US dollars, "
                + "the minister said.");
        assertThat(g).singleElement().satisfies(x -> assertThat(names(x.parties())).containsExactlyInAnyOrder("Denmark", "Sweden"));
        g = goals("The volume of Kenyan-Ugandan trade reached 2 billion US dollars last year and the goal is 5 billion US dollars, "
                + "the minister said.");
        assertThat(g).singleElement().satisfies(x -> assertThat(names(x.parties())).containsExactlyInAnyOrder("Kenya", "Uganda"));
    }

    @Test
    void aHyphenatedPairOwningAFirmIsNoPairOfTradingParties() {
        List<TradeGoal> g = goals("Founded in 2019 in Mombasa, Delta Steel, owned by a Canadian-Singaporean investment group, makes steel pipes.\n\n"
                + "The plant's exports are expected to reach $300 million a year, the manager said.");
        assertThat(g).isEmpty();
    }

    @Test
    void aTargetStatedInTheSentenceAfterTheTradeFigureIsAGoal() {
        List<TradeGoal> g = goals("Bilateral trade between Kenya and Ghana rose to $4.2 billion last year. "
                + "\"We have already surpassed our target of $4 billion,\" the president said.");
        assertThat(g).singleElement().satisfies(x -> assertThat(x.target().value()).isEqualByComparingTo(BigDecimal.valueOf(4_000_000_000L)));
        g = goals("Exports of tea from Kenya to Ghana were worth $1 billion in 2010. Last year, the figure climbed to $2.5 billion. "
                + "Kenya hopes to raise the amount to $4 billion by 2030, the minister said.");
        assertThat(g).singleElement().satisfies(x -> {
            assertThat(x.target().value()).isEqualByComparingTo(BigDecimal.valueOf(4_000_000_000L));
            assertThat(names(x.parties())).contains("Kenya");
        });
    }

    @Test
    void anAmountTwoSentencesAwayFromAnyTradeIsNoGoal() {
        assertThat(goals("Kenya and Ghana signed a trade accord on Monday. The ministers toured a new factory afterwards. "
                + "Kenya and Ghana aim to raise $2 billion for the new hospital by 2030.")).isEmpty();
    }

    @Test
    void aForecastOrAResultIsNoTarget() {
        assertThat(goals("Trade between Ghana and Kenya has doubled in five years and is likely to hit $3 billion this year.")).isEmpty();
        assertThat(goals("Kenya-Ghana trade grows fivefold to hit $3 billion")).isEmpty();
    }

    @Test
    void aCountryTargetingItsOwnExportsSetsAGoalOfOneParty() {
        List<TradeGoal> g = goals("Peru targets raising its software exports to $2 billion within three years, the trade minister said.");
        assertThat(g).singleElement().satisfies(x -> {
            assertThat(names(x.parties())).containsExactly("Peru");
            assertThat(x.target().value()).isEqualByComparingTo(BigDecimal.valueOf(2_000_000_000L));
        });
    }

    @Test
    void theTaskOrPossibilityOfRaisingTradeStatesAGoal() {
        assertThat(goals("At the forum the two ministers weighed the possibility of lifting trade between Kenya and Ghana "
                + "to $800 million.")).singleElement().satisfies(x -> assertThat(x.target().value()).isEqualByComparingTo(BigDecimal.valueOf(800_000_000L)));
        assertThat(goals("\"Our task is boosting trade between Kenya and Ghana to $5 bln by 2030,\" the president told reporters."))
                .singleElement().satisfies(x -> assertThat(x.target().value()).isEqualByComparingTo(BigDecimal.valueOf(5_000_000_000L)));
    }

    @Test
    void anAnalystsExpectationOrAFundraisingAfterTradeTalkIsNoTarget() {
        assertThat(goals("Kenya and Uganda held trade talks on Monday. Analysts expect exports to hit $2 billion next year.")).isEmpty();
        assertThat(goals("Exports of coffee from Kenya to Uganda rose sharply. The company aims to raise $50 million from investors by June."))
                .isEmpty();
    }

    @Test
    void anAbsoluteClauseStatesAGoalOfItsOwnParty() {
        List<TradeGoal> g = goals("The ministers said the Nordic Council would raise $50 billion in investment for African nations "
                + "by 2030, with the other members of the council raising a further $20 billion in private investment by 2030.");
        assertThat(g).extracting(x -> x.target().value()).containsExactlyInAnyOrder(
                BigDecimal.valueOf(50_000_000_000L), BigDecimal.valueOf(20_000_000_000L));
        assertThat(g).filteredOn(x -> x.target().value().compareTo(BigDecimal.valueOf(20_000_000_000L)) == 0)
                .singleElement().satisfies(x -> {
                    assertThat(x.parties()).extracting(Argument::text).anySatisfy(t -> assertThat(t).contains("other members"));
                    assertThat(x.tense()).isEqualTo(dev.eventex.api.Tense.PLANNED);
                });
    }

    @Test
    void anAbsoluteClauseOfAReportedFigureIsNoGoal() {
        assertThat(goals("Trade between Kenya and Ghana rose to $3 billion last year, with exports of tea raising "
                + "a further $200 million.")).isEmpty();
    }

    @Test
    void aCountryCommittedToInvestingASumSetsAnInvestmentTarget() {
        List<TradeGoal> g = goals("Ghana and Kenya signed four agreements on Monday. Kenya has committed to investing $300 million "
                + "in the upgrade of a Ghanaian rail line, the two governments said.");
        assertThat(g).singleElement().satisfies(x -> {
            assertThat(names(x.parties())).contains("Kenya");
            assertThat(names(x.setBy())).containsExactly("Kenya");
            assertThat(x.target().value()).isEqualByComparingTo(BigDecimal.valueOf(300_000_000L));
        });
    }

    @Test
    void aFirmPledgingToInvestSetsNoTradeGoal() {
        assertThat(goals("The Tamu Cement Company has committed to investing $300 million in a new kiln near Mombasa.")).isEmpty();
    }

    @Test
    void aDeadlineAtTheEndOfAYear() {
        List<TradeGoal> g = goals("Kenya and Uganda aim to raise trade to $850 million by the end of 2027.");
        assertThat(g).hasSize(1);
        assertThat(g.get(0).deadline().value()).isEqualTo("2027");
        assertThat(goals("Kenya and Uganda aim to raise trade to $850 million by the end of this year.").get(0).deadline().value())
                .isEqualTo("2025");
    }
}
