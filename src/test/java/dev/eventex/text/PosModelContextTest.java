package dev.eventex.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.internal.FeatureList;
import dev.eventex.internal.FeatureTable;
import dev.eventex.internal.KnownRows;
import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import dev.eventex.internal.SharedPrefixBeamSearch;
import dev.eventex.internal.WindowFeatureMemo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyzer's POS model (our beam search, memoized token windows) gives OpenNLP's contexts,
 * feature for feature, and OpenNLP's tags and probabilities, on every sentence of our texts; the
 * rows it hands the beam search with a context are the model table's rows of its features.
 */
class PosModelContextTest {

    private static List<String[]> sentences;

    @BeforeAll
    static void tokenize() throws IOException {
        OpenNlpTextAnalyzer analyzer = OpenNlpTextAnalyzer.loadDefault(Lexicons.load(ModelSource.classpath()));
        sentences = new ArrayList<>();
        for (Path dir : List.of(Path.of("sample-texts"), Path.of("src/test/resources/devset"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    for (Sentence s : analyzer.analyze(Files.readString(f)).sentences()) {
                        sentences.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
                    }
                }
            }
        }
        assertThat(sentences).hasSizeGreaterThan(500);
    }

    private static POSModel plain() throws IOException {
        try (InputStream in = PosModelContextTest.class.getClassLoader().getResourceAsStream(OpenNlpTextAnalyzer.POS_MODEL)) {
            return new POSModel(in);
        }
    }

    @Test
    void memoizedContextsEqualOpenNlps() throws IOException {
        POSModel plain = plain();
        POSModel ours = OpenNlpTextAnalyzer.withSharedPrefixSearch(plain());
        assertThat(ours.getFactory()).isInstanceOf(MemoizingPosTaggerFactory.class);
        assertThat(WindowFeatureMemo.hasMemo(WindowFeatureMemo.rewrite(ours.getFactory().createFeatureGenerators())))
                .as("the packaged model's windows are memoized").isTrue();
        POSContextGenerator expected = plain.getFactory().getPOSContextGenerator(3);
        POSContextGenerator actual = ours.getFactory().getPOSContextGenerator(3);
        assertThat(actual).isInstanceOf(KnownRows.class);
        FeatureTable table = SharedPrefixBeamSearch.tableOf(plain.getArtifact("pos.model"));
        POSTaggerME tagger = new POSTaggerME(plain);
        int compared = 0;
        long known = 0;
        long features = 0;
        for (String[] tokens : sentences) {
            String[] tags = tagger.tag(tokens);
            for (int i = 0; i < tokens.length; i++) {
                String[] prior = Arrays.copyOf(tags, i);
                String[] other = prior.clone();
                if (i > 0) {
                    other[i - 1] = "X";
                }
                // the tag before decides the cache key: the second call with prior is a cache hit
                for (String[] candidate : List.of(prior, other, prior)) {
                    String[] context = actual.getContext(i, tokens, candidate, null);
                    assertThat(context).as("token %d of %s", i, String.join(" ", tokens))
                            .containsExactly(expected.getContext(i, tokens, candidate, null));
                    int[] rows = ((KnownRows) actual).knownRows(i, tokens);
                    assertThat(rows).hasSize(context.length);
                    for (int f = 0; f < rows.length; f++) {
                        if (rows[f] != FeatureList.UNRESOLVED) {
                            assertThat(rows[f]).as("row of %s", context[f]).isEqualTo(table.row(context[f]));
                            known++;
                        }
                        features++;
                    }
                    assertThat(((KnownRows) actual).knownRows(i + 1, tokens)).isNull();
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(10_000);
        assertThat(known).as("features whose rows the memos knew, of %d", features).isGreaterThan(features / 2);
    }

    @Test
    void tagsAndProbabilitiesAreOpenNlps() throws IOException {
        POSTaggerME plain = new POSTaggerME(plain());
        POSTaggerME ours = new POSTaggerME(OpenNlpTextAnalyzer.withSharedPrefixSearch(plain()));
        for (String[] tokens : sentences) {
            String where = String.join(" ", tokens);
            assertThat(ours.tag(tokens)).as(where).containsExactly(plain.tag(tokens));
            assertThat(ours.probs()).as(where).containsExactly(plain.probs());
        }
    }
}
