package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static dev.eventex.event.MeetingFixture.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two meeting verbs without a meeting word: conferring with someone (the lemmatizer's "conferr" mended
 * by {@code lemma-fixes}) and a new envoy presenting credentials to a head of state; an honour or a power
 * conferred on someone and a report presented to a body are no meetings. Sentences written for these tests.
 */
class ConferAndCredentialsTest {

    @Test
    void conferringWithSomeoneIsAMeeting() {
        List<Meeting> m = meetings("Foreign Minister Ana Velor conferred with Kenyan President Bo Karsk on Monday.");
        assertThat(m).singleElement().satisfies(x -> assertThat(names(x)).containsExactlyInAnyOrder("Ana Velor", "Bo Karsk"));
        assertThat(meetings("Minister Tarn Osk conferred in Oslo with senior officials about the border."))
                .singleElement().satisfies(x -> {
                    assertThat(names(x)).contains("Tarn Osk");
                    assertThat(x.location().name()).isEqualTo("Oslo");
                });
    }

    @Test
    void anHonourOrAPowerConferredIsNoMeeting() {
        assertThat(meetings("The award was conferred on Ana Velor by the Kenyan president.")).isEmpty();
        assertThat(meetings("The powers conferred on the Kenyan president by the charter were debated.")).isEmpty();
    }

    @Test
    void anEnvoyPresentingCredentialsMeetsTheHeadOfState() {
        assertThat(meetings("The new Kenyan ambassador, Ida Morrow, presented his credentials to President Bo Karsk on Monday."))
                .singleElement().satisfies(x -> assertThat(names(x)).containsExactlyInAnyOrder("Ida Morrow", "Bo Karsk"));
        assertThat(meetings("Ambassador Ida Morrow presented her letters of credence to King Tomas Varga in Oslo."))
                .singleElement().satisfies(x -> assertThat(names(x)).containsExactlyInAnyOrder("Ida Morrow", "Tomas Varga"));
    }

    @Test
    void aReportPresentedToABodyIsNoMeeting() {
        assertThat(meetings("The minister presented the report to parliament on Monday.")).isEmpty();
    }
}
