package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The two foreign ministers", "the two men", "both close allies": a pair phrase with modifiers before its
 * noun, or a noun of two people, stands for the two office holders named before it; "separate talks" of a
 * pair are no meeting between them. On sentences written for these tests.
 */
class PairPhrasesInMeetingsTest {

    private static final String ARRIVAL = "Kazakh Foreign Minister Tarn Osk flew to Moscow on Monday to see "
            + "Russian Foreign Minister Lia Brenn. ";

    @Test
    void aPairPhraseWithModifiersStandsForTheTwoNamedOfficeHolders() {
        List<Meeting> m = meetings(ARRIVAL + "The two foreign ministers held talks at the Kremlin on Tuesday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Lia Brenn");
    }

    @Test
    void twoMenAreThePairOfOfficeHolders() {
        List<Meeting> m = meetings(ARRIVAL + "The two men held talks at the Kremlin on Tuesday.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Lia Brenn");
    }

    @Test
    void separateTalksOfAPairAreNoMeetingBetweenThem() {
        List<Meeting> m = meetings("Kazakh Foreign Minister Tarn Osk and Russian Foreign Minister Lia Brenn arrived in "
                + "Tarsk on Monday. Both men held separate talks at the palace on Tuesday.");
        assertThat(m).isEmpty();
    }
}
