package dev.eventex.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * {@link WordSplitMemo} gives OpenNLP's tokenizer spans for any text, whether a word's decision
 * is new, kept from an earlier text, or made again after the memo started over.
 */
class WordSplitMemoProperties {

    private static TokenizerModel model;

    @BeforeContainer
    static void load() throws IOException {
        try (InputStream in = OpenNlpTextAnalyzer.class.getClassLoader().getResourceAsStream(OpenNlpTextAnalyzer.TOKEN_MODEL)) {
            model = OpenNlpTextAnalyzer.withFeatureTable(new TokenizerModel(in));
        }
    }

    @Property(tries = 150)
    void spansAreTheTokenizersWhateverTheMemoHolds(@ForAll("texts") List<String> texts) {
        TokenizerME plain = new TokenizerME(model);
        WordSplitMemo small = new WordSplitMemo(new TokenizerME(model), 5);
        WordSplitMemo large = new WordSplitMemo(new TokenizerME(model));
        for (int pass = 0; pass < 2; pass++) {
            for (String text : texts) {
                assertThat(small.tokenizePos(text)).as(text).containsExactly(plain.tokenizePos(text));
                assertThat(large.tokenizePos(text)).as(text).containsExactly(plain.tokenizePos(text));
                assertThat(small.size()).isLessThanOrEqualTo(5);
            }
        }
    }

    /** Invented news-like words with punctuation and odd spacing (tabs, runs of spaces, non-breaking spaces). */
    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("Tarvo's", "(Elbonia)", "U.S.", "said,", "\"We'll", "don't", "co-operation", "$4.5bn", "1,500.",
                        "Velor:", "e.g.", "a", ".", "Minister", "&amp;", "talks.\"", "São", "10:30", "'soon'"),
                Arbitraries.strings().withChars("aZ9.,'\"&;()-$%é").ofMinLength(1).ofMaxLength(7));
        Arbitrary<String> space = Arbitraries.of(" ", "  ", "\t", "\u00A0", " \n ");
        Arbitrary<String> text = Arbitraries.lazy(() -> word.list().ofMinSize(0).ofMaxSize(12)
                .flatMap(ws -> space.list().ofSize(ws.size() + 1).map(sp -> {
                    StringBuilder b = new StringBuilder(sp.get(0));
                    for (int k = 0; k < ws.size(); k++) {
                        b.append(ws.get(k)).append(sp.get(k + 1));
                    }
                    return b.toString();
                })));
        return text.list().ofMinSize(1).ofMaxSize(6);
    }
}
