package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Argument;
import dev.eventex.api.Document;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Meeting;
import dev.eventex.api.SharedExtractor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Participants written as descriptions, plurals and possessors, on texts written for these tests. */
class CoreferenceInEventsTest {

    private static ExtractionResult run(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5)));
    }

    private static List<String> names(List<Argument> args) {
        return args.stream().map(Argument::name).toList();
    }

    @Test
    void theTwoLeadersAreTheGuestAndTheHostNotTheLastOfficialNamed() {
        ExtractionResult r = run("President Tomas Varga has arrived in Vilnius for a two-day official visit at the invitation of "
                + "President Gitis Kalnas. The Moldovan leader touched down at noon. President Varga was received at the airport "
                + "by Prime Minister Lena Horak. The two leaders are expected to hold talks on trade.");
        assertThat(r.eventsOf(Meeting.class)).extracting(m -> names(m.participants()))
                .anySatisfy(p -> assertThat(p).containsExactlyInAnyOrder("Tomas Varga", "Gitis Kalnas"))
                .noneMatch(p -> p.contains("Lena Horak"));
    }

    @Test
    void aPossessorIsNotTheSubjectOfTheVerbAfterItsNoun() {
        ExtractionResult r = run("Anna Kovacs\u2019s sisters later met Justice Minister Ivo Petrak in Vilnius.");
        assertThat(r.eventsOf(Meeting.class)).allSatisfy(m -> assertThat(names(m.participants())).doesNotContain("Anna Kovacs"));
    }

    @Test
    void aPluralPronounSubjectIsNotReplacedByAnEarlierName() {
        ExtractionResult r = run("In Vilnius, as part of the campaign for Anna Kovacs (they use a hashtag online) they have met "
                + "with Justice Minister Ivo Petrak.");
        assertThat(r.eventsOf(Meeting.class)).allSatisfy(m -> assertThat(names(m.participants())).doesNotContain("Anna Kovacs"));
    }
}
