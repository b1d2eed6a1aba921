package dev.eventex.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import dev.eventex.internal.SharedPrefixBeamSearch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lemmatizer model with the shared-prefix search gives OpenNLP's lemmatizer's sequences bit for
 * bit: its three best sequences with their probabilities and scores, for whole tagged sentences of
 * our own texts and for the one-word sequences the analyzer asks for.
 */
class SharedSearchLemmatizerModelTest {

    private static final List<String[][]> TAGGED = new ArrayList<>();

    @BeforeAll
    static void tagOurTexts() throws IOException {
        OpenNlpTextAnalyzer analyzer = OpenNlpTextAnalyzer.loadDefault(Lexicons.load(ModelSource.classpath()));
        try (Stream<Path> files = Files.list(Path.of("sample-texts"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (Sentence s : analyzer.analyze(Files.readString(f, StandardCharsets.UTF_8)).sentences()) {
                    String[] words = s.tokens().stream().map(t -> t.text().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
                    String[] tags = s.tokens().stream().map(Token::pos).toArray(String[]::new);
                    TAGGED.add(new String[][] {words, tags});
                }
            }
        }
        assertThat(TAGGED).hasSizeGreaterThan(200);
    }

    private static InputStream model() {
        return OpenNlpTextAnalyzer.class.getClassLoader().getResourceAsStream(OpenNlpTextAnalyzer.LEMMA_MODEL);
    }

    @Test
    void itsSearchIsTheSharedPrefixSearchMadeOnce() throws IOException {
        LemmatizerModel shared;
        try (InputStream in = model()) {
            shared = new SharedSearchLemmatizerModel(in);
        }
        assertThat(shared.getLemmatizerSequenceModel()).isInstanceOf(SharedPrefixBeamSearch.class)
                .isSameAs(shared.getLemmatizerSequenceModel());
    }

    @Test
    void sequencesAndLemmasAreOpenNlps() throws IOException {
        LemmatizerModel plain;
        LemmatizerModel shared;
        try (InputStream a = model(); InputStream b = model()) {
            plain = new LemmatizerModel(a);
            shared = new SharedSearchLemmatizerModel(b);
        }
        BeamSearchContextGenerator<String> contexts = plain.getFactory().getContextGenerator();
        SequenceValidator<String> validator = plain.getFactory().getSequenceValidator();
        SequenceClassificationModel expected = plain.getLemmatizerSequenceModel();
        SequenceClassificationModel actual = shared.getLemmatizerSequenceModel();
        LemmatizerME plainLemmatizer = new LemmatizerME(plain);
        LemmatizerME sharedLemmatizer = new LemmatizerME(shared);
        int sentences = 0;
        int words = 0;
        for (String[][] s : TAGGED) {
            if (sentences++ < 120) {
                assertSame(actual.bestSequences(3, s[0], new Object[] {s[1]}, contexts, validator),
                        expected.bestSequences(3, s[0], new Object[] {s[1]}, contexts, validator), String.join(" ", s[0]));
            }
            for (int i = 0; i < s[0].length; i++) {
                String[] word = {s[0][i]};
                String[] tag = {s[1][i]};
                assertSame(actual.bestSequences(3, word, new Object[] {tag}, contexts, validator),
                        expected.bestSequences(3, word, new Object[] {tag}, contexts, validator), word[0] + "/" + tag[0]);
                assertThat(sharedLemmatizer.lemmatize(word, tag)).as(word[0]).containsExactly(plainLemmatizer.lemmatize(word, tag));
                words++;
            }
        }
        assertThat(words).isGreaterThan(3000);
    }

    private static void assertSame(Sequence[] actual, Sequence[] expected, String where) {
        assertThat(actual).as(where).hasSameSizeAs(expected);
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k].getOutcomes()).as(where).isEqualTo(expected[k].getOutcomes());
            assertThat(actual[k].getProbs()).as(where).containsExactly(expected[k].getProbs());
            assertThat(actual[k].getScore()).as(where).isEqualTo(expected[k].getScore());
        }
    }
}
