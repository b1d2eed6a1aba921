package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import dev.eventex.api.Tense;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Meetings whose other party is written as "his Kenyan counterpart X" after a coordinating "and",
 * and meetings that a joint press conference reports (the speaker told it, or spoke at it, beside
 * the other side); on sentences written for these tests.
 */
class CounterpartsAndJointPressConferencesTest {

    @Test
    void aCounterpartDescribedBeforeTheNameJoinsTheSubjects() {
        List<Meeting> ms = meetings("Ruritanian Prime Minister Ana Rojas and her Elbonian counterpart Tomas Varga met in Vienna "
                + "on Friday, the government said.");
        assertThat(ms).hasSize(1);
        assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Ana Rojas", "Tomas Varga");
        assertThat(ms.get(0).location().name()).isEqualTo("Vienna");
    }

    @Test
    void aCounterpartDescriptionFollowedByACommaJoinsTheSubjectsToo() {
        List<Meeting> ms = meetings("President Lena Horvat and her Moldovan counterpart, Pavel Novak, will hold talks in Chisinau "
                + "next month.");
        assertThat(ms).hasSize(1);
        assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Lena Horvat", "Pavel Novak");
        assertThat(ms.get(0).tense()).isEqualTo(Tense.PLANNED);
    }

    @Test
    void aCounterpartListedAfterAnotherHostIsASecondParty() {
        List<Meeting> ms = meetings("Elbonian Foreign Minister Tomas Varga met Norwegian Prime Minister Ana Rojas and his "
                + "counterpart Jonas Berg in Oslo on Thursday.");
        assertThat(ms).flatExtracting(MeetingFixture::names).contains("Ana Rojas", "Jonas Berg");
        assertThat(ms).allSatisfy(m -> assertThat(names(m)).contains("Tomas Varga"));
    }

    @Test
    void aSpeakerWhoToldAJointPressConferenceAlongsideAGuestMetTheGuest() {
        List<Meeting> ms = meetings("\"Our trade has doubled in two years,\" Elbonian President Tomas Varga told a joint news "
                + "conference alongside his Ruritanian counterpart Ana Rojas in Vienna on Monday.");
        assertThat(ms).hasSize(1);
        assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Tomas Varga", "Ana Rojas");
        assertThat(ms.get(0).location().name()).isEqualTo("Vienna");
        assertThat(ms.get(0).tense()).isEqualTo(Tense.PAST);
    }

    @Test
    void speakingAtAJointBriefingWithAMinisterIsAMeetingWithHim() {
        List<Meeting> ms = meetings("Speaking at a joint press briefing with Chilean Foreign Minister Pavel Novak in Santiago, "
                + "Elbonian Foreign Minister Tomas Varga said the two countries would open new consulates.");
        assertThat(ms).hasSize(1);
        assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Tomas Varga", "Pavel Novak");
    }

    @Test
    void aJointPressConferenceOfTwoBodiesOrOnlyAJointStatementIsNoMeeting() {
        assertThat(meetings("The health ministry and the national police held a joint press conference in Lima on Monday "
                + "to present the results of the vaccination drive.")).isEmpty();
        assertThat(meetings("The two foreign ministers, Ana Rojas of Ruritania and Tomas Varga of Elbonia, issued a joint "
                + "statement on Monday condemning the attack.")).isEmpty();
    }

    @Test
    void aJointVideoConferenceIsNoMeeting() {
        assertThat(meetings("Elbonian President Tomas Varga told a joint video conference with Ruritanian President Ana Rojas "
                + "that the pipeline would be finished in May.")).isEmpty();
    }
}
