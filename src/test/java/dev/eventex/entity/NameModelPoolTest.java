package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.internal.ModelSource;
import java.util.Arrays;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A finder handed back by a finished document serves the next one as a new finder would. */
class NameModelPoolTest {

    private static NameModel model;

    @BeforeAll
    static void load() {
        model = NameModel.load(ModelSource.classpath());
    }

    private static final String[] FIRST = "Chancellor Edda Morrow of Valdoria met Ilse Brandt in Korvan on Monday .".split(" ");
    private static final String[] LATER = "Morrow told Brandt that Korvan would host the next round .".split(" ");

    /** A new array each time, as the pipeline passes: OpenNLP's feature cache is keyed by the array. */
    private static String read(NameFinderME finder, String[] words) {
        Span[] spans = finder.find(words.clone());
        return Arrays.toString(spans) + Arrays.toString(finder.probs(spans));
    }

    @Test
    void aReleasedFinderIsReusedWithoutTheLastDocumentsDecisions() {
        String alone = read(model.borrowFinder(), LATER);

        NameFinderME first = model.borrowFinder();
        first.find(FIRST.clone());
        String withMemory = read(first, LATER);
        model.releaseFinder(first);

        NameFinderME next = model.borrowFinder();
        assertThat(next).isSameAs(first);
        assertThat(read(next, LATER)).isEqualTo(alone);
        // the document's own memory did count while it lasted, so the reset above is observable
        assertThat(withMemory).isNotEqualTo(alone);
    }

    @Test
    void borrowedFindersAreNeverShared() {
        NameFinderME a = model.borrowFinder();
        NameFinderME b = model.borrowFinder();
        assertThat(a).isNotSameAs(b);
    }
}
