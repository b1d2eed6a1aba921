package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.text.AnalyzedText;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * A name-model guess of one word that opens a sentence is dropped when the document writes that
 * word in lower case elsewhere: the capital belongs to the sentence. Hand tokens.
 */
class OpeningWordTest {

    private static final AnalyzedText DOC = HandText.doc(
            "Goats/NOUN graze/VERB near/ADP Tarvo ./PUNCT",
            "Farmers/NOUN in/ADP Tarvo sell/VERB goats/NOUN and/CCONJ sheep/NOUN ./PUNCT",
            "Sekora bought/VERB the/DET farm/NOUN ./PUNCT");

    private static SentenceContext sentence(int i) {
        DocumentMemory memory = new DocumentMemory();
        memory.countWordCase(java.util.List.of(DOC));
        return HandText.context(DOC, i, memory);
    }

    @Test
    void anOpeningWordTheDocumentWritesInLowerCaseIsNoName() {
        assertThat(NameModelSource.ordinaryOpeningWord(sentence(0), new Span(0, 1, "person"))).isTrue();
    }

    @Test
    void anOpeningNameOrALongerGuessStays() {
        assertThat(NameModelSource.ordinaryOpeningWord(sentence(2), new Span(0, 1, "organization"))).isFalse();
        assertThat(NameModelSource.ordinaryOpeningWord(sentence(0), new Span(0, 2, "person"))).isFalse();
        assertThat(NameModelSource.ordinaryOpeningWord(sentence(1), new Span(2, 3, "location"))).isFalse();
    }
}
