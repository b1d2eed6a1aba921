package dev.eventex.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class CaseAugmenterTest {

    private static NameSample sample(String text, Span... names) {
        return new NameSample(text.split(" "), names, false);
    }

    @Test
    void everySentenceGetsALowerCaseCopyWithTheSameSpans() {
        NameSample s = sample("Ask Tarn Osk at Velmora Foods Inc. today", new Span(1, 3, "person"),
                new Span(4, 7, "organization"));

        List<NameSample> copies = new CaseAugmenter(0).copies(List.of(s));

        assertThat(copies).hasSize(1);
        assertThat(copies.get(0).getSentence())
                .containsExactly("ask", "tarn", "osk", "at", "velmora", "foods", "inc.", "today");
        assertThat(copies.get(0).getNames()).containsExactly(s.getNames());
    }

    @Test
    void oneSentenceInNAlsoGetsAnUpperCaseCopyAndTheOriginalsAreNotRepeated() {
        List<NameSample> in = List.of(
                sample("Velmora is near Tarvo", new Span(0, 1, "location"), new Span(3, 4, "location")),
                sample("We met Ana Velor", new Span(2, 4, "person")),
                sample("The Tarvo Club won", new Span(1, 3, "organization")));

        List<NameSample> copies = new CaseAugmenter(2).copies(in);

        assertThat(copies).extracting(c -> String.join(" ", c.getSentence())).containsExactly(
                "velmora is near tarvo", "VELMORA IS NEAR TARVO",
                "we met ana velor",
                "the tarvo club won", "THE TARVO CLUB WON");
        assertThat(copies.get(4).getNames()).containsExactly(new Span(1, 3, "organization"));
    }

    @Test
    void aCopyThatChangesNothingIsLeftOut() {
        List<NameSample> copies = new CaseAugmenter(1).copies(List.of(sample("42 , 7 !"), sample("LOUD")));

        assertThat(copies).extracting(c -> String.join(" ", c.getSentence())).containsExactly("loud");
    }

    @Test
    void aNegativeShareIsRefused() {
        assertThatThrownBy(() -> new CaseAugmenter(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
