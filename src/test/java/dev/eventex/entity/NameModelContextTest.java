package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
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
import org.junit.jupiter.api.Test;

/**
 * The packaged name model's context generator with memoized windows gives OpenNLP's contexts,
 * feature for feature and in order, on every token of our texts.
 */
class NameModelContextTest {

    @Test
    void memoizedContextsEqualOpenNlpsOnOurTexts() throws IOException {
        NameModel model = NameModel.load(ModelSource.classpath());
        TokenNameFinderFactory factory = model.model().getFactory();
        assertThat(WindowFeatureMemo.hasMemo(WindowFeatureMemo.rewrite(factory.createFeatureGenerators())))
                .as("the packaged model's windows are memoized").isTrue();
        NameContextGenerator memoized = factory.createContextGenerator();
        NameContextGenerator plain = new DefaultNameContextGenerator(factory.createFeatureGenerators());
        OpenNlpTextAnalyzer analyzer = OpenNlpTextAnalyzer.loadDefault(Lexicons.load(ModelSource.classpath()));

        int compared = 0;
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
                        String[] prefix = Arrays.copyOf(outcomes, i);
                        assertThat(memoized.getContext(i, tokens, prefix, null))
                                .as("token %d of %s", i, Arrays.toString(tokens))
                                .containsExactly(plain.getContext(i, tokens, prefix, null));
                        compared++;
                    }
                    memoized.updateAdaptiveData(tokens, outcomes);
                    plain.updateAdaptiveData(tokens, outcomes);
                }
            }
        }
        assertThat(compared).isGreaterThan(10_000);
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
        String[] sentence = {"Minister", "Tomas", "Varga", "left", "Elbonia"};
        for (int i = 0; i < sentence.length; i++) {
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            tokens.createFeatures(expected, sentence, i, null);
            rewritten.createFeatures(actual, sentence, i, null);
            assertThat(actual).containsExactlyElementsOf(expected);
        }
    }

    private static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
