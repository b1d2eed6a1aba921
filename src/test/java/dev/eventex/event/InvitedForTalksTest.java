package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import dev.eventex.api.Tense;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X invited Y for talks" (rule {@code meeting.invite-for-talks}, with the rule-level {@code tense}):
 * the one who invites and the ones invited are to meet, and the talks an invitation asks for are
 * still to come whatever the tense of "invite"; on sentences written for these tests.
 */
class InvitedForTalksTest {

    @Test
    void theHostAndTheInvitedMeetLater() {
        List<Meeting> m = meetings("President Tarn Osk has invited opposition leader Mira Vell for talks on the border dispute.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactly("Tarn Osk", "Mira Vell");
        assertThat(m.get(0).tense()).isEqualTo(Tense.PLANNED);
    }

    @Test
    void anInvitationToAMeetingWithAnAppositiveNameAndAPlace() {
        List<Meeting> m = meetings("Minister Ana Kell invited the foreign minister of the island, Dov Rask, to a meeting in Karsk.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Ana Kell", "Dov Rask");
        assertThat(m.get(0).location().name()).isEqualTo("Karsk");
    }

    @Test
    void thePassiveNamesTheHostAfterBy() {
        List<Meeting> m = meetings("Prime Minister Lio Brandt was invited by President Tarn Osk for talks.");
        assertThat(m).hasSize(1);
        assertThat(names(m.get(0))).containsExactlyInAnyOrder("Tarn Osk", "Lio Brandt");
    }

    @Test
    void anInvitationToJoinTheTalksOfOthersOrToAnAnnualMeetingIsNotOne() {
        assertThat(meetings("President Tarn Osk invited Minister Dov Rask to join the talks.")).isEmpty();
        assertThat(meetings("The club invited its members to the annual meeting.")).isEmpty();
        assertThat(meetings("Mayor Ana Kell invited reporters to a briefing.")).isEmpty();
    }
}
