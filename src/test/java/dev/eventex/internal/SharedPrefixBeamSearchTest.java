package dev.eventex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.entity.NameModel;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.OpenNlpTextAnalyzer;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared-prefix beam search gives OpenNLP's sequences bit for bit: the name finder's and
 * the POS tagger's, on every sentence of our own texts, all three best sequences with their
 * probabilities and scores.
 */
class SharedPrefixBeamSearchTest {

    private static List<String[]> sentences;
    private static OpenNlpTextAnalyzer analyzer;

    @BeforeAll
    static void tokenize() throws IOException {
        analyzer = OpenNlpTextAnalyzer.loadDefault(Lexicons.load(ModelSource.classpath()));
        sentences = new ArrayList<>();
        for (Path dir : List.of(Path.of("sample-texts"), Path.of("src/test/resources/devset"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    AnalyzedText doc = analyzer.analyze(Files.readString(f, StandardCharsets.UTF_8));
                    for (Sentence s : doc.sentences()) {
                        sentences.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
                    }
                }
            }
        }
        assertThat(sentences).hasSizeGreaterThan(500);
    }

    @Test
    void nameFinderSequencesAreOpenNlps() throws IOException {
        TokenNameFinderModel model;
        try (InputStream in = ModelSource.classpath().open(NameModel.FILE)) {
            model = new TokenNameFinderModel(in);
        }
        MaxentModel maxent = model.getArtifact("nameFinder.model");
        BeamSearch fast = SharedPrefixBeamSearch.forModel(3, maxent);
        assertThat(fast).isInstanceOf(SharedPrefixBeamSearch.class);
        // each search with its own context generator, whose adaptive data both update alike, as a document goes on
        NameContextGenerator plainContexts = model.getFactory().createContextGenerator();
        NameContextGenerator fastContexts = model.getFactory().createContextGenerator();
        SequenceValidator<String> validator = model.getFactory().createSequenceCodec().createSequenceValidator();
        int names = 0;
        for (String[] tokens : sentences) {
            Sequence[] expected = new BeamSearch(3, maxent).bestSequences(3, tokens, null, plainContexts, validator);
            Sequence[] actual = fast.bestSequences(3, tokens, null, fastContexts, validator);
            assertSame(actual, expected, tokens);
            String[] best = expected[0].getOutcomes().toArray(String[]::new);
            plainContexts.updateAdaptiveData(tokens, best);
            fastContexts.updateAdaptiveData(tokens, best);
            names += (int) Arrays.stream(best).filter(o -> o.endsWith("-start")).count();
        }
        assertThat(names).as("names found, so the comparison covered them").isGreaterThan(500);
    }

    @Test
    void posTaggerSequencesAreOpenNlps() throws IOException {
        POSModel model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
        MaxentModel maxent = model.getArtifact("pos.model");
        BeamSearch fast = SharedPrefixBeamSearch.forModel(3, maxent);
        assertThat(fast).isInstanceOf(SharedPrefixBeamSearch.class);
        POSTaggerFactory factory = model.getFactory();
        BeamSearchContextGenerator<String> plainContexts = factory.getPOSContextGenerator(0);
        BeamSearchContextGenerator<String> fastContexts = factory.getPOSContextGenerator(0);
        SequenceValidator<String> validator = factory.getSequenceValidator();
        for (String[] tokens : sentences) {
            assertSame(fast.bestSequences(3, tokens, null, fastContexts, validator),
                    new BeamSearch(3, maxent).bestSequences(3, tokens, null, plainContexts, validator), tokens);
        }
    }

    @Test
    void emptyAndOneWordSequencesAreOpenNlps() throws IOException {
        POSModel model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
        MaxentModel maxent = model.getArtifact("pos.model");
        BeamSearch fast = SharedPrefixBeamSearch.forModel(3, maxent);
        POSTaggerFactory factory = model.getFactory();
        SequenceValidator<String> validator = factory.getSequenceValidator();
        // the search's own loops over a chain are written for the empty chain too (see Node.outcomes)
        for (String[] tokens : List.of(new String[0], new String[] {"Tarvo"}, new String[0], new String[] {"met"})) {
            assertSame(fast.bestSequences(3, tokens, null, factory.getPOSContextGenerator(0), validator),
                    new BeamSearch(3, maxent).bestSequences(3, tokens, null, factory.getPOSContextGenerator(0), validator), tokens);
        }
    }

    @Test
    void theAnalyzersTagsAndTheNameModelsNamesAreOpenNlps() throws IOException {
        POSModel posModel;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            posModel = new POSModel(in);
        }
        POSTaggerME plainTagger = new POSTaggerME(posModel);
        NameFinderME plainFinder;
        try (InputStream in = ModelSource.classpath().open(NameModel.FILE)) {
            plainFinder = new NameFinderME(new TokenNameFinderModel(in));
        }
        NameFinderME names = NameModel.load(ModelSource.classpath()).borrowFinder();
        for (String[] tokens : sentences) {
            String where = String.join(" ", tokens);
            assertThat(analyzer.posTags(tokens)).as(where).containsExactly(plainTagger.tag(tokens));
            Span[] expected = plainFinder.find(tokens);
            Span[] actual = names.find(tokens);
            assertThat(actual).as(where).containsExactly(expected);
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i].getProb()).as(where).isEqualTo(expected[i].getProb());
            }
        }
    }

    private static void assertSame(Sequence[] actual, Sequence[] expected, String[] tokens) {
        String where = String.join(" ", tokens);
        assertThat(actual).as(where).hasSameSizeAs(expected);
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k].getOutcomes()).as(where).isEqualTo(expected[k].getOutcomes());
            assertThat(actual[k].getProbs()).as(where).containsExactly(expected[k].getProbs());
            assertThat(actual[k].getScore()).as(where).isEqualTo(expected[k].getScore());
        }
    }

    @Test
    void kthLargestIsWhatSortingFinds() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            double[] scores = new double[1 + random.nextInt(12)];
            for (int i = 0; i < scores.length; i++) {
                // few distinct values, so that ties are common
                scores[i] = random.nextInt(4) == 0 ? 0.0 : random.nextInt(6) / 8.0;
            }
            for (int k = 1; k <= 4; k++) {
                double[] sorted = scores.clone();
                Arrays.sort(sorted);
                assertThat(SharedPrefixBeamSearch.kthLargest(scores, k)).as(Arrays.toString(scores) + " k=" + k)
                        .isEqualTo(sorted[Math.max(0, scores.length - k)]);
            }
        }
    }
}
