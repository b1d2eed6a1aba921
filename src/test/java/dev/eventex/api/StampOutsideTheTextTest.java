package dev.eventex.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A publication stamp at the top of a text (" date 2025-06-10", on its own line or run into the
 * first one) dates the document but is no part of its first sentence: that sentence's subject,
 * item and headline read as if the stamp were not there. Sentences written for this test.
 */
class StampOutsideTheTextTest {

    private static ExtractionResult extract(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text));
    }

    @Test
    void theFirstSentenceKeepsItsSubject() {
        ExtractionResult r = extract(" date 2025-06-10\nPrime Minister Anna Kovac of Estonia will travel to Latvia on Friday.\n");
        assertThat(r.document().date()).isEqualTo("2025-06-10");
        List<Visit> visits = r.eventsOf(Visit.class);
        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).visitor().name()).isEqualTo("Anna Kovac");
        assertThat(visits.get(0).date().value()).isEqualTo("2025-06-13");
    }

    @Test
    void theStampIsNoEntityOfTheText() {
        ExtractionResult r = extract(" date 2025-06-10 Japan donated 40 tractors to Mongolia on Monday.\n");
        assertThat(r.entities()).noneMatch(e -> "2025-06-10".equals(e.name()));
        assertThat(r.eventsOf(Donation.class)).hasSize(1);
    }

    @Test
    void offsetsStillPointIntoTheTextAsGiven() {
        String text = " date 2025-06-10\nJapan donated 40 tractors to Mongolia on Monday.\n";
        ExtractionResult r = extract(text);
        Entity japan = r.entities().stream().filter(e -> e.name().equals("Japan")).findFirst().orElseThrow();
        Mention m = japan.mentions().get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("Japan");
    }
}
