package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Argument;
import dev.eventex.api.Document;
import dev.eventex.api.Meeting;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Tense;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Meeting parties the sentence only refers back to: a plural office ("the prime ministers") that
 * stands for the two holders named before, and the antecedent of "who" opening the clause of the
 * meeting verb; on sentences written for these tests.
 */
class ReferredPartiesInMeetingsTest {

    private static final String WELCOME = "Prime Minister Tomas Varga of Elbonia will welcome Prime Minister Anna Kovac of Ruritania "
            + "to Elbonia next week.\n\n";

    private static List<Meeting> meetings(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 10))).eventsOf(Meeting.class);
    }

    private static List<String> names(Meeting m) {
        return m.participants().stream().map(Argument::name).toList();
    }

    private static Meeting in(List<Meeting> ms, String place) {
        return ms.stream().filter(m -> m.location() != null && m.location().name().equals(place)).findFirst().orElse(null);
    }

    @Test
    void twoOfficesInOneDescriptionAreTheTwoPersonsNamedWithThem() {
        List<Meeting> m = meetings("Emperor Kael Varos and Empress Mira Lund opened the new bridge in the capital on Monday.\n\n"
                + "President Ana Velor of Elbonia met the Emperor and Empress at the palace on Friday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Ana Velor", "Kael Varos", "Mira Lund");
    }

    @Test
    void aDoubleOfficeNoOneHoldsBothOfStaysOneParty() {
        // no one was named "Minister of Finance": the description may be one person's two offices
        List<Meeting> m = meetings("Prime Minister Kael Varos and Finance Minister Mira Lund opened the new bridge in the capital on Monday.\n\n"
                + "President Ana Velor of Elbonia met the Prime Minister and Minister of Finance at the palace on Friday.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).participants()).hasSize(2);
        assertThat(names(m.get(0))).contains("Ana Velor").doesNotContain("Kael Varos", "Mira Lund");
    }

    @Test
    void aPluralOfficeStandsForTheTwoHoldersNamedBefore() {
        List<Meeting> ms = meetings(WELCOME + "The prime ministers will hold a meeting in Geneva on Friday to sign a water treaty.");
        Meeting geneva = in(ms, "Geneva");
        assertThat(geneva).isNotNull();
        assertThat(names(geneva)).containsExactlyInAnyOrder("Tomas Varga", "Anna Kovac");
    }

    @Test
    void aPluralOfficeOfSeveralCountriesIsNotTheTwoNamed() {
        List<Meeting> ms = meetings(WELCOME + "The prime ministers of the five coastal states will meet in Geneva on Friday.");
        assertThat(ms).allSatisfy(m -> assertThat(m.location() == null ? "" : m.location().name()).isNotEqualTo("Geneva"));
    }

    @Test
    void aPluralOfficeThatFitsThreeHoldersIsNoPair() {
        List<Meeting> ms = meetings("Prime Minister Tomas Varga of Elbonia, Prime Minister Anna Kovac of Ruritania and Prime Minister "
                + "Jonas Berg of Freedonia spoke by phone on Sunday.\n\nThe prime ministers will meet in Geneva on Friday.");
        assertThat(ms).noneSatisfy(m -> assertThat(names(m)).contains("Tomas Varga", "Anna Kovac"));
    }

    @Test
    void whoOpeningTheClauseTakesThePartyBeforeTheComma() {
        List<Meeting> ms = meetings(WELCOME + "The trip should deepen the ties between the prime ministers, who had first met during a "
                + "fisheries summit in Lima in March.");
        Meeting lima = in(ms, "Lima");
        assertThat(lima).isNotNull();
        assertThat(names(lima)).containsExactlyInAnyOrder("Tomas Varga", "Anna Kovac");
        assertThat(lima.tense()).isEqualTo(Tense.PAST);
    }

    @Test
    void lastMetIsAVerbNotANoun() {
        List<Meeting> ms = meetings("Elbonian Foreign Minister Lena Horvat and Ruritanian Foreign Minister Pavel Novak last met "
                + "in Oslo in May.");
        assertThat(ms).hasSize(1);
        assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Lena Horvat", "Pavel Novak");
        assertThat(ms.get(0).location().name()).isEqualTo("Oslo");
    }

    @Test
    void aGuestReceivedAfterPlaceAndDayPhrasesIsAParty() {
        List<Meeting> ms = meetings("President Tomas Varga of Elbonia received at State House on Monday Ruritanian Foreign Minister "
                + "Anna Kovac.");
        assertThat(ms).hasSize(1);
        assertThat(String.join(" | ", names(ms.get(0)))).contains("Tomas Varga").contains("Anna Kovac");
    }

    @Test
    void somethingReceivedAfterADayPhraseIsNoMeeting() {
        assertThat(meetings("Health Minister Tomas Varga received on Monday a long report written by the auditor Anna Kovac.")).isEmpty();
    }
}
