package dev.eventex.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the output contract says the seed article must yield (output-schema.md, "What the seed article must yield"). */
class SeedArticleTest {

    static final Path SEED = Path.of("sample-texts", "kazakhstan-mongolia-visit.txt");

    private static String text;
    private static ExtractionResult result;

    @BeforeAll
    static void extractSeed() {
        text = InvariantHarness.read(SEED);
        result = InvariantHarness.extractAndCheck(SharedExtractor.defaults(),
                new Document(SEED.getFileName().toString(), text, null, SEED.toString()));
    }

    private static String name(Argument a) {
        return a == null ? "" : a.name() + " | " + a.text();
    }

    private static boolean mentions(Argument a, String... any) {
        return a != null && Stream.of(any).anyMatch(s -> a.name().contains(s) || a.text().contains(s));
    }

    @Test
    void documentDateComesFromTheHeader() {
        assertThat(result.document().date()).isEqualTo("2025-06-28");
        assertThat(result.document().id()).isEqualTo("kazakhstan-mongolia-visit.txt");
        assertThat(result.document().chars()).isEqualTo(text.length());
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void eventCountsPerType() {
        assertThat(result.eventsOf(Visit.class)).hasSize(2);
        assertThat(result.eventsOf(Meeting.class)).hasSize(2);
        assertThat(result.eventsOf(TradeGoal.class)).hasSize(1);
        assertThat(result.eventsOf(Donation.class)).hasSize(1);
        assertThat(result.eventsOf(CustomEvent.class)).isEmpty();
    }

    @Test
    void nurtleuOfficialVisitToMongolia() {
        List<Visit> visits = result.eventsOf(Visit.class).stream().filter(v -> mentions(v.visitor(), "Nurtleu")).toList();
        assertThat(visits).singleElement().satisfies(v -> {
            assertThat(v.visitor().name()).isEqualTo("Murat Nurtleu");
            assertThat(v.visitor().type()).isEqualTo(EntityType.PERSON);
            assertThat(v.visitor().entity()).isNotNull();
            assertThat(mentions(v.destination(), "Mongolia", "Ulaanbaatar")).as(name(v.destination())).isTrue();
            assertThat(v.kind()).isEqualTo("official");
            assertThat(v.host()).isNotNull();
            assertThat(v.host().name()).isEqualTo("Mongolia");
            assertThat(v.tense()).isEqualTo(Tense.PAST);
            assertThat(v.evidence()).anySatisfy(e -> assertThat(e.text()).contains("arrived in Mongolia on an official visit"));
        });
    }

    private static Visit stateVisit() {
        List<Visit> state = result.eventsOf(Visit.class).stream().filter(v -> "state".equals(v.kind())).toList();
        assertThat(state).hasSize(1);
        return state.get(0);
    }

    @Test
    void tokayevStateVisitToMongoliaInOctober2024() {
        Visit v = stateVisit();
        assertThat(v.destination().name()).isEqualTo("Mongolia");
        assertThat(v.destination().type()).isEqualTo(EntityType.LOCATION);
        assertThat(v.date()).isNotNull();
        assertThat(v.date().text()).isEqualTo("October 2024");
        assertThat(v.date().value()).isEqualTo("2024-10");
        assertThat(v.tense()).isEqualTo(Tense.PAST);
        assertThat(v.evidence()).anySatisfy(e -> assertThat(e.text()).contains("state visit of President Kassym-Jomart Tokayev"));
    }

    @Test
    void stateVisitVisitorIsTokayev() {
        assertThat(stateVisit().visitor().name()).contains("Tokayev");
    }

    @Test
    void tokayevIsOnePersonEntity() {
        List<Entity> tokayev = result.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && e.mentions().stream().anyMatch(m -> m.text().contains("Tokayev")))
                .toList();
        assertThat(tokayev).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Kassym-Jomart Tokayev");
            assertThat(e.mentions()).extracting(Mention::text).contains("Kassym-Jomart Tokayev", "Tokayev");
        });
        assertThat(result.entities()).noneSatisfy(e -> assertThat(e.name()).isEqualTo("Kassym"));
    }

    @Test
    void meetingOfNurtleuAndBattsetseg() {
        assertThat(result.eventsOf(Meeting.class)).filteredOn(m -> m.participants().stream().anyMatch(p -> mentions(p, "Battsetseg")))
                .singleElement().satisfies(m -> {
                    assertThat(m.participants()).extracting(Argument::name)
                            .containsExactlyInAnyOrder("Murat Nurtleu", "Batmunkh Battsetseg");
                    assertThat(m.tense()).isEqualTo(Tense.PAST);
                });
    }

    @Test
    void meetingOfNurtleuAndMembersOfTheStateGreatKhural() {
        assertThat(result.eventsOf(Meeting.class))
                .filteredOn(m -> m.participants().stream().anyMatch(p -> mentions(p, "State Great Khural")))
                .singleElement().satisfies(m -> {
                    assertThat(m.participants()).extracting(Argument::name).contains("Murat Nurtleu");
                    assertThat(m.participants()).anySatisfy(p -> assertThat(p.text()).contains("prominent Kazakh figures"));
                    assertThat(m.participants()).noneSatisfy(p -> assertThat(p.name()).contains("Battsetseg"));
                });
    }

    @Test
    void tradeGoalOf500MillionUsDollars() {
        assertThat(result.eventsOf(TradeGoal.class)).singleElement().satisfies(t -> {
            assertThat(t.parties()).extracting(Argument::name).containsExactlyInAnyOrder("Kazakhstan", "Mongolia");
            assertThat(t.target().value()).isEqualByComparingTo(new BigDecimal("500000000"));
            assertThat(t.target().currency()).isEqualTo("USD");
            assertThat(t.target().text()).isEqualTo("500 million US dollars");
        });
    }

    @Test
    void tradeGoalSetByTheTwoPresidents() {
        assertThat(result.eventsOf(TradeGoal.class).get(0).setBy()).isNotNull()
                .anySatisfy(a -> assertThat(a.text()).containsIgnoringCase("Presidents"));
    }

    @Test
    void tradeGoalMetricIsBilateralTradeTurnover() {
        assertThat(result.eventsOf(TradeGoal.class).get(0).metric()).isEqualTo("bilateral trade turnover");
    }

    @Test
    void donationOfBooksToTheKazakhCommunityOnBehalfOfTokayev() {
        assertThat(result.eventsOf(Donation.class)).singleElement().satisfies(d -> {
            assertThat(mentions(d.recipient(), "Kazakh community")).as(name(d.recipient())).isTrue();
            assertThat(d.quantity()).isEqualByComparingTo(new BigDecimal("5000"));
            assertThat(d.item()).contains("books");
            assertThat(mentions(d.onBehalfOf(), "Tokayev")).as(name(d.onBehalfOf())).isTrue();
            assertThat(mentions(d.donor(), "Nurtleu", "Kazakhstan", "Ministry of Foreign Affairs")).as(name(d.donor())).isTrue();
            assertThat(d.tense()).isEqualTo(Tense.PAST);
        });
    }

    @Test
    void noEventForTheGoatsPurchaseOrTheGratitude() {
        assertThat(result.events()).allSatisfy(e -> assertThat(e.evidence())
                .noneSatisfy(ev -> assertThat(ev.text()).containsAnyOf("goats", "Gratitude")));
    }

    @Test
    void nurtleuIsOneEntityWithHisTitleMentions() {
        List<Entity> nurtleu = result.entities().stream().filter(e -> e.name().equals("Murat Nurtleu")).toList();
        assertThat(nurtleu).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.mentions()).extracting(Mention::text).contains("Murat Nurtleu", "Nurtleu", "he");
        });
    }

    @Test
    void countriesCarryTheirCodes() {
        assertThat(result.entities()).filteredOn(e -> e.name().equals("Kazakhstan")).singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("KZ"));
        assertThat(result.entities()).filteredOn(e -> e.name().equals("Mongolia")).singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("MN"));
    }

    @Test
    void oneEntityPerReferent() {
        assertThat(result.entities().stream().map(e -> e.type() + ":" + e.name()).filter(Objects::nonNull).toList())
                .doesNotHaveDuplicates();
    }
}
