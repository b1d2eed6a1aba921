package dev.eventex.internal;

import java.util.List;
import opennlp.tools.util.Cache;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;

/**
 * OpenNLP's {@link CachedFeatureGenerator} (the features of the last 100 token indices of the
 * current sentence array, kept until another array comes), keeping with each feature its row in
 * the model's {@link FeatureTable} as the word memos resolved it: OpenNLP's cache copies the
 * features into a list of names alone, which would lose the rows. Hits, misses and evictions are
 * OpenNLP's (the same {@link Cache} of the same capacity), so the features given are the same.
 *
 * <p>Not thread-safe, as OpenNLP's.
 */
final class RowCachedFeatures implements AdaptiveFeatureGenerator {

    /** OpenNLP's capacity ({@code new Cache<>(100)} in {@code CachedFeatureGenerator}). */
    static final int CAPACITY = 100;

    private final AdaptiveFeatureGenerator inner;
    private final Cache<Integer, WordFeatureMemo.Kept> cache = new Cache<>(CAPACITY);
    /** Reused for every miss: only the kept copies are new. */
    private final FeatureList made = new FeatureList(96);
    private String[] previousTokens;

    RowCachedFeatures(AdaptiveFeatureGenerator inner) {
        this.inner = inner;
    }

    AdaptiveFeatureGenerator inner() {
        return inner;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens == previousTokens) {
            WordFeatureMemo.Kept kept = cache.get(index);
            if (kept != null) {
                kept.addTo(features);
                return;
            }
        } else {
            cache.clear();
            previousTokens = tokens;
        }
        made.clear();
        inner.createFeatures(made, tokens, index, previousOutcomes);
        WordFeatureMemo.Kept kept = new WordFeatureMemo.Kept(made.names(), made.rows());
        cache.put(index, kept);
        kept.addTo(features);
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        inner.updateAdaptiveData(tokens, outcomes);
    }

    @Override
    public void clearAdaptiveData() {
        inner.clearAdaptiveData();
    }
}
