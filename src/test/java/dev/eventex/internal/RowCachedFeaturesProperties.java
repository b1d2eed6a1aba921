package dev.eventex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;

/**
 * {@link RowCachedFeatures} hits, misses and evicts as OpenNLP's {@link CachedFeatureGenerator}:
 * over any sequence of requests (three sentence arrays, one longer than the cache, any index),
 * an inner generator whose features count its calls gives the same features through both, so
 * every call reached the inner generator in both or in neither. Through a {@link FeatureList}
 * the rows come along with the names.
 */
class RowCachedFeaturesProperties {

    /** Features: the token, and how many times this generator has been asked so far. */
    static final class Counting implements AdaptiveFeatureGenerator {
        private int calls;

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            calls++;
            if (features instanceof FeatureList list) {
                list.addAll(new String[] {"w=" + tokens[index], "call=" + calls}, new int[] {index, FeatureList.UNRESOLVED});
            } else {
                features.add("w=" + tokens[index]);
                features.add("call=" + calls);
            }
        }
    }

    record Request(int sentence, int index, boolean intoRowList) {
    }

    private static final String[][] SENTENCES = {sentence(8), sentence(150), sentence(3)};

    private static String[] sentence(int n) {
        String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            s[i] = "t" + i;
        }
        return s;
    }

    @Property(tries = 300)
    void hitsAndMissesAsOpenNlps(@ForAll("requests") List<Request> requests) {
        CachedFeatureGenerator theirs = new CachedFeatureGenerator(new Counting());
        RowCachedFeatures ours = new RowCachedFeatures(new Counting());
        for (Request r : requests) {
            String[] tokens = SENTENCES[r.sentence()];
            int index = r.index() % tokens.length;
            List<String> expected = new ArrayList<>();
            theirs.createFeatures(expected, tokens, index, null);
            if (r.intoRowList()) {
                FeatureList actual = new FeatureList(4);
                ours.createFeatures(actual, tokens, index, null);
                assertThat(actual).containsExactlyElementsOf(expected);
                assertThat(actual.rows()).containsExactly(index, FeatureList.UNRESOLVED);
            } else {
                List<String> actual = new ArrayList<>();
                ours.createFeatures(actual, tokens, index, null);
                assertThat(actual).containsExactlyElementsOf(expected);
            }
        }
    }

    @Provide
    Arbitrary<List<Request>> requests() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 149),
                Arbitraries.of(true, false)).as(Request::new).list().ofMaxSize(400);
    }
}
