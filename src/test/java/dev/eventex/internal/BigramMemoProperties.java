package dev.eventex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;

/**
 * The bigram memo equals OpenNLP's bigram generator: whatever the sentences, the bound on the
 * word numbering (start-overs in the middle of a token's look-ups) and the bound on the pairs
 * kept, every token gets the generator's features in its order, each with the row the table
 * function gives for it (or none, for the table to find, when the numbering cannot hold three words).
 */
class BigramMemoProperties {

    /** A stand-in for a model's table: knows the features whose name has an even hash. */
    private static final ToIntFunction<String> ROWS = name -> (name.hashCode() & 1) == 0 ? name.length() : -1;

    @Property(tries = 400)
    void featuresAndRowsAreTheGeneratorsAtEveryToken(@ForAll("sentences") List<String[]> sentences,
                                                     @ForAll @IntRange(min = 1, max = 12) int capacity,
                                                     @ForAll @IntRange(min = 1, max = 20) int maxPairs) {
        BigramNameFeatureGenerator plain = new BigramNameFeatureGenerator();
        WordFeatureMemo.Words words = new WordFeatureMemo.Words(capacity);
        WordFeatureMemo.Bigram memo = new WordFeatureMemo.Bigram(new BigramNameFeatureGenerator(), UnaryOperator.identity(),
                ROWS, words, maxPairs);
        // another memo numbering words in the same Words, as in a model's tree: its look-ups start generations over too
        WordFeatureMemo.Single shapes = new WordFeatureMemo.Single(new TokenClassFeatureGenerator(), UnaryOperator.identity(),
                WordFeatureMemo.NO_ROWS, words);
        for (String[] sentence : sentences) {
            for (int i = 0; i < sentence.length; i++) {
                shapes.createFeatures(new ArrayList<>(), sentence, (i * 7) % sentence.length, null);
                List<String> expected = new ArrayList<>();
                plain.createFeatures(expected, sentence, i, null);
                FeatureList actual = new FeatureList(4);
                memo.createFeatures(actual, sentence, i, null);
                assertThat(actual).as("token %d of %s", i, String.join(" ", sentence)).containsExactlyElementsOf(expected);
                for (int k = 0; k < actual.size(); k++) {
                    if (capacity >= 3) {
                        assertThat(actual.row(k)).isEqualTo(ROWS.applyAsInt(actual.get(k)));
                    } else { // a numbering that cannot hold a token's three words keeps nothing: rows left to the table
                        assertThat(actual.row(k)).isIn(ROWS.applyAsInt(actual.get(k)), FeatureList.UNRESOLVED);
                    }
                }
                List<String> plainList = new ArrayList<>();
                memo.createFeatures(plainList, sentence, i, null);
                assertThat(plainList).containsExactlyElementsOf(expected);
            }
            memo.clearAdaptiveData();
        }
    }

    @Property(tries = 200)
    void pairsHoldWhatWasPutUntilTheyStartOver(@ForAll("keys") List<Integer> keys, @ForAll @IntRange(min = 1, max = 50) int bound) {
        WordFeatureMemo.Pairs<String> pairs = new WordFeatureMemo.Pairs<>(bound);
        List<Long> held = new ArrayList<>();
        for (int k : keys) {
            long key = WordFeatureMemo.Pairs.key(k / 7, k % 7);
            String had = pairs.get(key);
            if (had == null) {
                if (pairs.size() >= bound) {
                    held.clear();
                }
                pairs.put(key, "v" + key);
                held.add(key);
            } else {
                assertThat(had).isEqualTo("v" + key);
            }
            assertThat(pairs.size()).isEqualTo(held.size()).isLessThanOrEqualTo(bound);
            for (long h : held) {
                assertThat(pairs.get(h)).isEqualTo("v" + h);
            }
        }
    }

    @Example
    void aPairMetAgainIsNotMadeAgain() {
        int[] made = {0};
        BigramNameFeatureGenerator counting = new BigramNameFeatureGenerator() {
            @Override
            public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
                made[0]++;
                super.createFeatures(features, tokens, index, previousOutcomes);
            }
        };
        WordFeatureMemo.Bigram memo = new WordFeatureMemo.Bigram(counting, UnaryOperator.identity(), ROWS,
                new WordFeatureMemo.Words());
        for (int s = 0; s < 5; s++) {
            String[] sentence = {"Minister", "Tarn", "Osk", "visited", "Velmora", "."};
            for (int i = 0; i < sentence.length; i++) {
                memo.createFeatures(new ArrayList<>(), sentence, i, null);
            }
        }
        // five pairs, each made once from either side: ten, not fifty
        assertThat(made[0]).isEqualTo(10);
    }

    @Provide
    Arbitrary<List<String[]>> sentences() {
        Arbitrary<String> word = Arbitraries.of("Velmora", "velmora", "VELMORA", "Tarn", "Osk", "the", "of", "1998", "12.5",
                "$", ",", "", "Mixed-Case_4", "ΣΟΦΙΑ", "x");
        return word.array(String[].class).ofMinSize(1).ofMaxSize(9).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<Integer>> keys() {
        return Arbitraries.integers().between(0, 60).list().ofMaxSize(120);
    }
}
