package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "A visit by X" with no place after it goes to the other country of a text about two countries, unless
 * the sentence itself names a third country the visit may have gone to, or the text has already told where the
 * visitor went. On sentences written for these tests.
 */
class FocusGuessesTest {

    private static final String PAIR = "Kenya and Uganda signed a border accord on Monday. "
            + "Kenya says the accord will open the border to trade with Uganda. ";

    private static List<Visit> visits(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 12)))
                .eventsOf(Visit.class);
    }

    @Test
    void aVisitWithNoPlaceGoesToTheOtherCountryOfThePair() {
        List<Visit> v = visits(PAIR + "The accord was agreed during a visit by Ugandan President Tarn Osk last week.");
        assertThat(v).singleElement().satisfies(x -> assertThat(x.destination().name()).isEqualTo("Kenya"));
    }

    @Test
    void aThirdCountryInTheSentenceLeavesThePairUnguessed() {
        List<Visit> v = visits(PAIR + "Tanzania also signed a similar accord during a visit by Ugandan President Tarn Osk last week.");
        assertThat(v).noneMatch(x -> x.destination().name().equals("Kenya"));
    }

    @Test
    void hisVisitAfterTheTextToldWhereHeWentIsThatVisit() {
        List<Visit> v = visits(PAIR + "Senator Tarn Osk travelled to Laos on Tuesday to see refugees. "
                + "Osk told reporters after his visit that he was unhappy.");
        assertThat(v).extracting(x -> x.destination().name()).containsExactly("Laos");
    }
}
