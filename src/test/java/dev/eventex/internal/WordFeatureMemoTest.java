package dev.eventex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

/**
 * A feature tree rewritten with per-word memos gives the features of OpenNLP's own tree, in order,
 * for a feature XML with word-class (cluster) windows, prefixes and suffixes, over repeated words,
 * sentence edges, odd Unicode and more distinct words than a memo keeps.
 */
class WordFeatureMemoTest {

    private static final String XML = """
            <featureGenerators cache="true" name="test">
              <generator class="opennlp.tools.util.featuregen.AggregatedFeatureGeneratorFactory">
                <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                  <int name="prevLength">2</int><int name="nextLength">2</int>
                  <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
                </generator>
                <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                  <int name="prevLength">2</int><int name="nextLength">2</int>
                  <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
                </generator>
                <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                  <int name="prevLength">2</int><int name="nextLength">2</int>
                  <generator class="dev.eventex.internal.WordClasses$FeatureGeneratorFactory">
                    <str name="dict">big.clusters</str>
                  </generator>
                </generator>
                <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                  <int name="prevLength">1</int><int name="nextLength">3</int>
                  <generator class="dev.eventex.internal.WordClasses$FeatureGeneratorFactory">
                    <str name="dict">small.clusters</str>
                  </generator>
                </generator>
                <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
                <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
                <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
                  <bool name="begin">true</bool><bool name="end">false</bool>
                </generator>
                <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory">
                  <int name="length">4</int>
                </generator>
                <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory">
                  <int name="length">4</int>
                </generator>
              </generator>
            </featureGenerators>
            """;

    private static AdaptiveFeatureGenerator tree() throws IOException {
        WordClasses big = WordClasses.read(in("Varga 17\nElbonia 3\nminister 9\nthe 1\nvisited 40\nİZMİR 8\n"));
        WordClasses small = WordClasses.read(in("Varga 2\nTomas 2\nElbonia 0\nvisited 5\n"));
        return GeneratorFactory.create(in(XML), key -> key.startsWith("big") ? big : small);
    }

    private static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void memoizedTreeGivesOpenNlpsFeaturesInOrder() throws IOException {
        AdaptiveFeatureGenerator plain = tree();
        AdaptiveFeatureGenerator memo = WindowFeatureMemo.rewrite(tree());
        assertThat(WindowFeatureMemo.hasMemo(memo)).isTrue();
        List<String[]> sentences = new ArrayList<>();
        sentences.add(new String[] {"Minister", "Tomas", "Varga", "visited", "Elbonia", "on", "Monday", "."});
        sentences.add(new String[] {"Varga", "met", "the", "minister", "of", "Elbonia", "in", "İZMİR", "ΣΟΦΙΑ", "Ǆemal"});
        sentences.add(new String[] {"\uD801\uDC00X", "a\uD800b", "ÀÉÎ", "mixed-Case_42", "", "1998", "$", "12.5"});
        sentences.add(new String[] {"Varga"});
        // more distinct words than one memo keeps, then the first words again
        for (int s = 0; s < WordFeatureMemo.MAX_WORDS / 10 + 50; s++) {
            String[] words = new String[12];
            for (int i = 0; i < words.length; i++) {
                words[i] = (i % 3 == 0 ? "Word" : "word") + (s * 12 + i);
            }
            words[5] = "Varga";
            sentences.add(words);
        }
        sentences.add(new String[] {"Minister", "Tomas", "Varga", "visited", "Elbonia", "."});
        int compared = 0;
        for (String[] sentence : sentences) {
            String[] outcomes = new String[sentence.length];
            for (int i = 0; i < sentence.length; i++) {
                List<String> expected = new ArrayList<>();
                List<String> actual = new ArrayList<>();
                plain.createFeatures(expected, sentence, i, outcomes);
                memo.createFeatures(actual, sentence, i, outcomes);
                assertThat(actual).as("token %d of %s", i, String.join(" ", sentence)).containsExactlyElementsOf(expected);
                outcomes[i] = Character.isUpperCase(sentence[i].isEmpty() ? 'x' : sentence[i].charAt(0)) ? "person-start" : "other";
                compared++;
            }
            plain.updateAdaptiveData(sentence, outcomes);
            memo.updateAdaptiveData(sentence, outcomes);
        }
        assertThat(compared).isGreaterThan(WordFeatureMemo.MAX_WORDS);
    }

    @Test
    void generatorsThatReadMoreThanTheWordAreNotMemoized() {
        assertThat(WordFeatureMemo.wordOnly(new PreviousMapFeatureGenerator())).isFalse();
        var window = new WindowFeatureGenerator(new PreviousMapFeatureGenerator(), 2, 2);
        assertThat(WindowFeatureMemo.rewrite(window)).isSameAs(window);
    }
}
