package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Argument;
import dev.eventex.api.Document;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Meeting;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Two office holders signing one document together, a welcome in the present tense of a headline,
 * a seat of government as a destination and a principal named before his spouse. Sentences
 * written for these tests.
 */
class SigningsAndWelcomesTest {

    private static ExtractionResult extract(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5)));
    }

    @Test
    void twoOfficeHoldersSigningTogetherMet() {
        assertThat(extract("Kenyan President Tarn Osk signed the accord with Ugandan Prime Minister Ida Morrow in Kampala on Monday.")
                .eventsOf(Meeting.class)).singleElement().satisfies(m -> {
                    assertThat(m.participants()).extracting(Argument::name).containsExactly("Tarn Osk", "Ida Morrow");
                    assertThat(m.location().name()).isEqualTo("Kampala");
                });
        assertThat(extract("The agreements were signed in Kampala on Wednesday by Kenyan President Tarn Osk and Ugandan Vice "
                + "President Ida Morrow.").eventsOf(Meeting.class)).singleElement()
                .satisfies(m -> assertThat(m.participants()).extracting(Argument::name).containsExactlyInAnyOrder("Tarn Osk", "Ida Morrow"));
    }

    @Test
    void aBodySigningOrOnePersonSigningIsNoMeeting() {
        assertThat(extract("Kenya signed a deal with a Ugandan shipbuilder on Monday.").eventsOf(Meeting.class)).isEmpty();
        assertThat(extract("President Tarn Osk signed the bill into law on Friday.").eventsOf(Meeting.class)).isEmpty();
        assertThat(extract("President Tarn Osk signed a decree with Ida Morrow's name on it.").eventsOf(Meeting.class)).isEmpty();
    }

    @Test
    void aWelcomeInThePresentTenseAfterANameIsTheVerb() {
        ExtractionResult r = extract("Kenyan President Tarn Osk welcomes Ugandan President Ida Morrow to Nairobi on Thursday.");
        assertThat(r.eventsOf(Visit.class)).singleElement().satisfies(v -> {
            assertThat(v.visitor().name()).isEqualTo("Ida Morrow");
            assertThat(v.destination().name()).isEqualTo("Nairobi");
            assertThat(v.host().name()).isEqualTo("Tarn Osk");
        });
        assertThat(r.eventsOf(Meeting.class)).hasSize(1);
    }

    @Test
    void aSeatOfGovernmentTheVisitorIsWelcomedToIsTheDestination() {
        assertThat(extract("The president welcomed Ugandan President Ida Morrow to the White House on Thursday for talks on trade.")
                .eventsOf(Visit.class)).singleElement().satisfies(v -> {
                    assertThat(v.visitor().name()).isEqualTo("Ida Morrow");
                    assertThat(v.destination().name()).contains("White House");
                });
        // welcomed to a bloc as a member is no journey
        assertThat(extract("President Tarn Osk welcomed Uganda to the African Union on Thursday.").eventsOf(Visit.class)).isEmpty();
    }

    @Test
    void thePrincipalNamedBeforeHisSpouseIsTheVisitor() {
        assertThat(extract("Kenyan President Tarn Osk and his wife, Lara, visited a war memorial in Kampala on Sunday.")
                .eventsOf(Visit.class)).singleElement()
                .satisfies(v -> assertThat(v.visitor().name()).isEqualTo("Tarn Osk"));
    }
}
