package dev.eventex.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lemmas the lemmatizer model gets wrong are corrected from {@code lexicons/lemma-fixes.txt}. */
class LemmaFixesTest {

    @Test
    void anEntryMapsAWordToItsLemma() {
        assertThat(OpenNlpTextAnalyzer.lemmaFixes(Set.of("resumed => resume", "stalled=>stall")))
                .containsEntry("resumed", "resume").containsEntry("stalled", "stall");
    }

    @Test
    void anEntryWithoutAnArrowIsAnError() {
        assertThatThrownBy(() -> OpenNlpTextAnalyzer.lemmaFixes(Set.of("resumed resume")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WORD => LEMMA");
    }

    @Test
    void resumedHasTheLemmaResume() {
        OpenNlpTextAnalyzer analyzer = OpenNlpTextAnalyzer.loadDefault(Lexicons.load(ModelSource.classpath()));
        Sentence s = analyzer.analyze("The two sides resumed talks on Monday.").sentences().get(0);
        assertThat(s.tokens()).filteredOn(t -> t.text().equals("resumed")).singleElement()
                .satisfies(t -> assertThat(t.lemma()).isEqualTo("resume"));
    }
}
