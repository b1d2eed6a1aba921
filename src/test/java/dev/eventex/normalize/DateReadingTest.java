package dev.eventex.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import dev.eventex.text.TokenSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The orientation of a date's clause, on hand-tagged sentences (no models). */
class DateReadingTest {

    private static final DateReading READING = new DateReading(Set.of("will", "shall", "'ll", "would"),
            Set.of("due", "set", "plan", "expected", "scheduled", "be"), Set.of("was", "were", "had", "has", "have", "did"),
            Set.of("met", "held", "went", "came"), Set.of("is", "are", "am"));

    /** Tokens written {@code word/TAG} or {@code word|lemma/TAG}; the date is the tokens between [ and ]. */
    private static TimeOrientation orientation(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int from = -1;
        int to = -1;
        int pos = 0;
        for (String item : tagged.trim().split("\\s+")) {
            if (item.equals("[")) {
                from = tokens.size();
                continue;
            }
            if (item.equals("]")) {
                to = tokens.size();
                continue;
            }
            int slash = item.lastIndexOf('/');
            String word = item.substring(0, slash);
            String lemma = word.toLowerCase();
            int bar = word.indexOf('|');
            if (bar > 0) {
                lemma = word.substring(bar + 1);
                word = word.substring(0, bar);
            }
            tokens.add(new Token(tokens.size(), word, pos, pos + word.length(), item.substring(slash + 1), lemma));
            pos += word.length() + 1;
        }
        return READING.of(new Sentence(0, 0, pos, tokens), new TokenSpan(from, to));
    }

    @Test
    void aModalBeforeTheDatePlans() {
        assertThat(orientation("The/DET minister/NOUN will/AUX travel/VERB to/ADP Elbonia/PROPN on/ADP [ Friday/PROPN ] ./PUNCT"))
                .isEqualTo(TimeOrientation.FUTURE);
    }

    @Test
    void dueToAndSetToPlan() {
        assertThat(orientation("She/PRON is|be/AUX due/ADJ to/PART arrive/VERB on/ADP [ Monday/PROPN ] ./PUNCT"))
                .isEqualTo(TimeOrientation.FUTURE);
        assertThat(orientation("Talks/NOUN are|be/AUX set/VERB to/PART open/VERB on/ADP [ 3/NUM March/PROPN ] ./PUNCT"))
                .isEqualTo(TimeOrientation.FUTURE);
    }

    @Test
    void aPastVerbReports() {
        assertThat(orientation("The/DET envoy/NOUN met|meet/VERB the/DET king/NOUN on/ADP [ Friday/PROPN ] ./PUNCT"))
                .isEqualTo(TimeOrientation.PAST);
        assertThat(orientation("He/PRON arrived|arrive/VERB in/ADP Oslo/PROPN on/ADP [ Sunday/PROPN ] ./PUNCT"))
                .isEqualTo(TimeOrientation.PAST);
    }

    @Test
    void aFrontedDateReadsTheVerbAfterIt() {
        assertThat(orientation("On/ADP [ Friday/PROPN ] ,/PUNCT the/DET minister/NOUN will/AUX open/VERB the/DET fair/NOUN ./PUNCT"))
                .isEqualTo(TimeOrientation.FUTURE);
        assertThat(orientation("On/ADP [ Friday/PROPN ] ,/PUNCT the/DET envoys/NOUN are|be/AUX to/PART meet|meet/VERB ./PUNCT"))
                .isEqualTo(TimeOrientation.FUTURE);
        assertThat(orientation("On/ADP [ Friday/PROPN ] ,/PUNCT the/DET king/NOUN is|be/AUX expected|expect/VERB to/PART speak/VERB ./PUNCT"))
                .isEqualTo(TimeOrientation.FUTURE);
        assertThat(orientation("On/ADP [ Friday/PROPN ] ,/PUNCT the/DET minister/NOUN opened|open/VERB the/DET fair/NOUN ./PUNCT"))
                .isEqualTo(TimeOrientation.PAST);
    }

    @Test
    void thePresentTenseAndHeadlinesSayNothing() {
        assertThat(orientation("The/DET minister/NOUN is|be/AUX visiting|visit/VERB Oslo/PROPN on/ADP [ Friday/PROPN ]"))
                .isEqualTo(TimeOrientation.UNSTATED);
        assertThat(orientation("Minister/NOUN in/ADP Oslo/PROPN [ Friday/PROPN ]")).isEqualTo(TimeOrientation.UNSTATED);
    }

    @Test
    void theNearestVerbGroupWinsOverAnEarlierClause() {
        assertThat(orientation("He/PRON said|say/VERB he/PRON would/AUX return/VERB on/ADP [ Monday/PROPN ] ./PUNCT"))
                .isEqualTo(TimeOrientation.FUTURE);
        assertThat(orientation("The/DET team/NOUN will/AUX review/VERB talks/NOUN that/PRON were|be/AUX held|hold/VERB on/ADP [ Monday/PROPN ] ./PUNCT"))
                .isEqualTo(TimeOrientation.PAST);
    }

    @Test
    void orientationDecidesWeekdaysAndMissingYears() {
        DateNormalizer dates = new DateNormalizer();
        LocalDate published = LocalDate.of(2025, 3, 5); // a Wednesday
        assertThat(dates.normalize("on Friday", published, TimeOrientation.FUTURE)).isEqualTo("2025-03-07");
        assertThat(dates.normalize("on Friday", published, TimeOrientation.PAST)).isEqualTo("2025-02-28");
        assertThat(dates.normalize("on Friday", published, TimeOrientation.UNSTATED)).isEqualTo("2025-02-28");
        assertThat(dates.normalize("December", published, TimeOrientation.PAST)).isEqualTo("2024-12");
        assertThat(dates.normalize("January", published, TimeOrientation.FUTURE)).isEqualTo("2026-01");
        assertThat(dates.normalize("January", published, TimeOrientation.UNSTATED)).isEqualTo("2025-01");
        assertThat(dates.normalize("December 2025", published, TimeOrientation.PAST)).isEqualTo("2025-12");
        assertThat(dates.normalize("tomorrow", LocalDate.of(2025, 12, 31), TimeOrientation.PAST)).isEqualTo("2026-01-01");
        assertThat(dates.normalize("on Monday", published, TimeOrientation.PAST)).isEqualTo("2025-03-03");
        assertThat(dates.normalize("29 February", LocalDate.of(2024, 3, 1), TimeOrientation.FUTURE)).isEqualTo("2024-02-29");
    }
}
