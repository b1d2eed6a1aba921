package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.DateValue;
import dev.eventex.api.Tense;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two word-list gates on hand-built sentences, no models: what a Donation's item must not be
 * ({@code lexicons/non-goods-items.txt}), and the tense a date's own words give when the verb
 * says nothing ({@code lexicons/future-date-words.txt}, {@code past-date-words.txt}).
 */
class GiftsAndDateDirectionsTest {

    private static final SentenceContext CTX = SentenceFixture.of("He/PRON>2:nsubj spoke/VERB>0:root ./PUNCT>2:punct").context();

    private static Tense dated(String text, String value, LocalDate anchor) {
        return TenseDetector.tenseFromDate(CTX, Map.of("date", new RoleValue.Date(new DateValue(text, value))), anchor);
    }

    @Test
    void territoryOfficesAndPapersAreNoGifts() {
        assertThat(EventGates.notGoods(CTX, "the town of Tarvo")).isTrue();
        assertThat(EventGates.notGoods(CTX, "lists of nuclear sites")).isTrue();
        assertThat(EventGates.notGoods(CTX, "responsibility for security")).isTrue();
        assertThat(EventGates.notGoods(CTX, "a letter")).isTrue();
        assertThat(EventGates.notGoods(CTX, "peacekeeping duties")).isTrue();
        assertThat(EventGates.notGoods(CTX, "the keys of the city")).isFalse(); // the head is "keys", not "city"
    }

    @Test
    void goodsAreGiftsWhateverFollowsTheirHead() {
        assertThat(EventGates.notGoods(CTX, "ambulances")).isFalse();
        assertThat(EventGates.notGoods(CTX, "equipment for the operation")).isFalse();
        assertThat(EventGates.notGoods(CTX, "relief items worth $20,000")).isFalse();
        assertThat(EventGates.notGoods(CTX, "land")).isFalse(); // land is given to build schools
    }

    @Test
    void aDateWithoutValuePointsByItsWords() {
        assertThat(dated("later this week", null, null)).isEqualTo(Tense.PLANNED);
        assertThat(dated("next month", null, null)).isEqualTo(Tense.PLANNED);
        assertThat(dated("in the coming days", null, null)).isEqualTo(Tense.PLANNED);
        assertThat(dated("two days ago", null, null)).isEqualTo(Tense.PAST);
        assertThat(dated("earlier this month", null, null)).isEqualTo(Tense.PAST);
        assertThat(dated("later that day", null, null)).isNull(); // a story told in the past
        assertThat(dated("this week", null, null)).isNull();
    }

    @Test
    void aComparableValueDecidesBeforeTheWords() {
        LocalDate anchor = LocalDate.of(2025, 3, 5);
        assertThat(dated("next Monday", "2025-03-10", anchor)).isEqualTo(Tense.PLANNED);
        assertThat(dated("last Monday", "2025-03-03", anchor)).isEqualTo(Tense.PAST);
        // a week value is not compared: the words say which way it points
        assertThat(dated("later this week", "2025-W10", anchor)).isEqualTo(Tense.PLANNED);
        assertThat(dated("Wednesday", "2025-03-05", anchor)).isNull();
    }
}
