package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.internal.FeatureList;
import dev.eventex.internal.FeatureTable;
import dev.eventex.internal.KnownRows;
import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import dev.eventex.internal.SharedPrefixBeamSearch;
import dev.eventex.internal.SplitContexts;
import dev.eventex.internal.WindowFeatureMemo;
import dev.eventex.text.OpenNlpTextAnalyzer;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

/**
 * The packaged name model's context generator (memoized windows, contexts of a token's beam
 * candidates built from one feature list) gives OpenNLP's contexts, feature for feature and in
 * order, on every token of our texts and for several candidates per token, also as the shared and
 * the candidate's own features the beam search takes apart; the rows it knows
 * for those features (from the word memos) are the model table's rows of the same names.
 */
class NameModelContextTest {

    /**
     * The factory's memoized context generator and OpenNLP's plain one over the same feature
     * generators, each with the window over the (here empty) additional context that NameFinderME adds.
     */
    static List<NameContextGenerator> memoizedAndPlain(TokenNameFinderFactory factory) {
        NameContextGenerator memoized = factory.createContextGenerator();
        NameContextGenerator plain = new DefaultNameContextGenerator(factory.createFeatureGenerators());
        String[][] noAdditional = new String[0][0];
        for (NameContextGenerator g : List.of(memoized, plain)) {
            AdditionalContextFeatureGenerator additional = new AdditionalContextFeatureGenerator();
            additional.setCurrentContext(noAdditional);
            g.addFeatureGenerator(new WindowFeatureGenerator(additional, 8, 8));
        }
        return List.of(memoized, plain);
    }


    @Test
    void memoizedContextsEqualOpenNlpsOnOurTexts() throws IOException {
        NameModel model = NameModel.load(ModelSource.classpath());
        TokenNameFinderFactory factory = model.model().getFactory();
        assertThat(WindowFeatureMemo.hasMemo(WindowFeatureMemo.rewrite(factory.createFeatureGenerators())))
                .as("the packaged model's windows are memoized").isTrue();
        List<NameContextGenerator> pair = memoizedAndPlain(factory);
        NameContextGenerator memoized = pair.get(0);
        NameContextGenerator plain = pair.get(1);
        String[][] noAdditional = new String[0][0];
        OpenNlpTextAnalyzer analyzer = OpenNlpTextAnalyzer.loadDefault(Lexicons.load(ModelSource.classpath()));

        FeatureTable table = SharedPrefixBeamSearch.tableOf(model.model().getArtifact("nameFinder.model"));
        assertThat(memoized).isInstanceOf(KnownRows.class);
        int compared = 0;
        long known = 0;
        long features = 0;
        for (Path dir : List.of(Path.of("sample-texts"), Path.of("src/test/resources/devset"))) {
            for (Path file : texts(dir)) {
                memoized.clearAdaptiveData();
                plain.clearAdaptiveData();
                for (Sentence s : analyzer.analyze(Files.readString(file)).sentences()) {
                    String[] tokens = s.tokens().stream().map(Token::text).toArray(String[]::new);
                    // outcomes as a beam would propose them: capitalized words start or continue a name
                    String[] outcomes = new String[tokens.length];
                    for (int i = 0; i < tokens.length; i++) {
                        boolean cap = !tokens[i].isEmpty() && Character.isUpperCase(tokens[i].charAt(0));
                        outcomes[i] = !cap ? "other" : i > 0 && outcomes[i - 1].startsWith("person") ? "person-cont" : "person-start";
                    }
                    for (int i = 0; i < tokens.length; i++) {
                        // several candidates per token, as the beam asks: the proposed outcomes, then others before it
                        String[] prefix = Arrays.copyOf(outcomes, i);
                        String[] other = prefix.clone();
                        if (i > 0) {
                            other[i - 1] = "other";
                        }
                        String[] start = prefix.clone();
                        if (i > 1) {
                            start[i - 2] = "location-start";
                        }
                        for (String[] candidate : List.of(prefix, other, prefix, start)) {
                            String[] context = memoized.getContext(i, tokens, candidate, noAdditional);
                            String[] expected = plain.getContext(i, tokens, candidate, noAdditional);
                            assertThat(context)
                                    .as("token %d of %s after %s", i, Arrays.toString(tokens), Arrays.toString(candidate))
                                    .containsExactly(expected);
                            assertThat(joined((SplitContexts) memoized, i, tokens, candidate, noAdditional))
                                    .as("shared and own features of token %d after %s", i, Arrays.toString(candidate))
                                    .containsExactly(expected);
                            int[] rows = ((KnownRows) memoized).knownRows(i, tokens);
                            assertThat(rows).isNotNull();
                            assertThat(rows.length).isLessThanOrEqualTo(context.length);
                            for (int f = 0; f < rows.length; f++) {
                                if (rows[f] != FeatureList.UNRESOLVED) {
                                    assertThat(rows[f]).as("row of %s", context[f]).isEqualTo(table.row(context[f]));
                                    known++;
                                }
                                features++;
                            }
                        }
                        assertThat(((KnownRows) memoized).knownRows(i, tokens.clone())).as("another sentence array").isNull();
                        compared++;
                    }
                    memoized.updateAdaptiveData(tokens, outcomes);
                    plain.updateAdaptiveData(tokens, outcomes);
                }
            }
        }
        assertThat(compared).isGreaterThan(10_000);
        assertThat(known).as("features whose rows the memos knew, of %d", features).isGreaterThan(features / 2);
    }

    @Test
    void windowsOverOtherGeneratorsAreLeftAlone() {
        var window = new opennlp.tools.util.featuregen.WindowFeatureGenerator(
                new opennlp.tools.util.featuregen.PreviousMapFeatureGenerator(), 2, 2);
        assertThat(WindowFeatureMemo.rewrite(window)).isSameAs(window);
        var tokens = new opennlp.tools.util.featuregen.WindowFeatureGenerator(
                new opennlp.tools.util.featuregen.TokenFeatureGenerator(), 1, 1);
        var rewritten = WindowFeatureMemo.rewrite(tokens);
        assertThat(WindowFeatureMemo.hasMemo(rewritten)).isTrue();
        String[] sentence = {"Minister", "Tomas", "Varga", "left", "Elbonia", "İZMİR", "ΣΟΦΙΑ", "Ǆemal", "\uD801\uDC00X",
            "a\uD800b", "ÀÉÎ", "mixed-Case_42", ""};
        for (int i = 0; i < sentence.length; i++) {
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            tokens.createFeatures(expected, sentence, i, null);
            rewritten.createFeatures(actual, sentence, i, null);
            assertThat(actual).containsExactlyElementsOf(expected);
        }
    }

    /** A {@link SplitContexts} generator's two parts of a context, joined as the beam search adds them. */
    static String[] joined(SplitContexts split, int index, String[] tokens, String[] candidate, Object[] additional) {
        String[] shared = split.sharedFeatures(index, tokens, candidate, additional);
        assertThat(shared).as("the packaged model's contexts are told apart").isNotNull();
        String[] own = split.candidateFeatures(index, tokens, candidate);
        String[] all = Arrays.copyOf(shared, shared.length + own.length);
        System.arraycopy(own, 0, all, shared.length, own.length);
        return all;
    }

    private static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
