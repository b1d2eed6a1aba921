package dev.eventex.event;

import static dev.eventex.event.MeetingFixture.meetings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Argument;
import dev.eventex.api.Meeting;
import org.junit.jupiter.api.Test;

/**
 * A description met by a named party is someone other than that party, even where coreference linked the
 * description to the name (the only person the text names before it): the one other person of its country, else
 * the description itself. Sentences written for these tests.
 */
class DescribedCounterpartsInMeetingsTest {

    @Test
    void aDescribedCounterpartLinkedToTheNamedPartyIsStillTheOtherParty() {
        assertThat(meetings("Mr. Tarn last met with the former Kenyan leader in March."))
                .singleElement().satisfies(m -> assertThat(m.participants()).extracting(Argument::text)
                        .containsExactly("Tarn", "Kenyan leader"));
        assertThat(meetings("Minister Tarn Osk met the Kenyan leader in March."))
                .singleElement().satisfies(m -> assertThat(m.participants()).extracting(Argument::text)
                        .containsExactly("Tarn Osk", "the Kenyan leader"));
    }

    @Test
    void theDescriptionStandsForTheOnePersonOfItsCountry() {
        assertThat(meetings("Kenyan President Bo Karsk arrived in Oslo on Monday. President Tarn Osk later met the Kenyan leader at the palace."))
                .singleElement().satisfies(m -> assertThat(m.participants()).extracting(Argument::name)
                        .containsExactly("Tarn Osk", "Bo Karsk"));
    }

    @Test
    void aNamedPartyAloneStillMeetsNobody() {
        assertThat(meetings("Minister Tarn Osk met reporters in March.")).isEmpty();
    }
}
