package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Travellers named away from their travel word: past a comma between two modifiers of a trip noun ("a four-day,
 * three-nation tour"), and in participle phrases of time ("before flying to Z", "after arriving in Z").
 */
class TravellersAwayFromTheVerbTest {

    private static List<Visit> visits(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5))).eventsOf(Visit.class);
    }

    @Test
    void theCommaBetweenTwoHyphenedModifiersIsPartOfThePhrase() {
        // a began an 11 -day , three - nation tour
        SentenceContext ctx = SentenceFixture.of("Osk/PROPN>2:nsubj began|begin/VERB>0:root an/DET>10:det 11/NUM>5:nummod "
                + "-day/NOUN>10:amod ,/PUNCT>10:punct three/NUM>9:nummod -/PUNCT>9:punct nation/NOUN>10:compound "
                + "tour/NOUN>2:obj").context();
        assertThat(NounPhrases.modifiersBeforeComma(ctx, 9)).isEqualTo(5);
    }

    @Test
    void aCommaBeforeAPlainNounOrAfterANameEndsThePhrase() {
        // "After the talks, two-day visit": the comma closes a clause, the noun after it opens another phrase
        SentenceContext talks = SentenceFixture.of("After/ADP>3:case the/DET>3:det talks/NOUN>0:root ,/PUNCT>3:punct "
                + "Osk/PROPN>3:appos visit/NOUN>3:dep").context();
        assertThat(NounPhrases.modifiersBeforeComma(talks, 5)).isEqualTo(5);
        SentenceContext plain = SentenceFixture.of("a/DET>5:det long/ADJ>5:amod ,/PUNCT>5:punct trade/NOUN>5:compound "
                + "tour/NOUN>0:root").context();
        assertThat(NounPhrases.modifiersBeforeComma(plain, 4)).isEqualTo(4);
    }

    @Test
    void aTravellerOnAToursWithCommaSeparatedModifiersIsFound() {
        assertThat(visits("Minister Tarn Osk began an 11-day, three-nation tour of Asia on Monday."))
                .singleElement().satisfies(v -> {
                    assertThat(v.visitor().name()).isEqualTo("Tarn Osk");
                    assertThat(v.destination().name()).isEqualTo("Asia");
                });
        assertThat(visits("Foreign Minister Ana Velor is on a three-day, two-nation tour of Kenya and Uganda."))
                .extracting(v -> v.destination().name()).containsExactlyInAnyOrder("Kenya", "Uganda");
    }

    @Test
    void aParticipleOfTimeTravelsWithTheSubjectOfItsClauseNotTheNameBeforeIt() {
        assertThat(visits("President Tarn Osk met Prime Minister Ida Morrow on Monday after arriving in Kelmar."))
                .singleElement().satisfies(v -> assertThat(v.visitor().name()).isEqualTo("Tarn Osk"));
        assertThat(visits("President Tarn Osk met Prime Minister Ida Morrow on Monday before flying to Kelmar, officials said."))
                .singleElement().satisfies(v -> assertThat(v.visitor().name()).isEqualTo("Tarn Osk"));
    }

    @Test
    void aPhraseOfTimeOpeningTheSentenceTravelsWithTheSubjectAfterIt() {
        assertThat(visits("Before arriving in Velmora, Foreign Minister Ana Velor told reporters that the talks would be hard."))
                .singleElement().satisfies(v -> {
                    assertThat(v.visitor().name()).isEqualTo("Ana Velor");
                    assertThat(v.destination().name()).isEqualTo("Velmora");
                });
        // flying back, or home, is no visit
        assertThat(visits("Foreign Minister Ana Velor met the press in Kelmar before flying back to Ostria.")).isEmpty();
    }
}
