package dev.eventex.internal;

import java.util.Objects;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.Cache;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP's {@link ConfigurablePOSContextGenerator} (a token's features from the feature tree,
 * cached per sentence array by token index and the two previous tags, the cached array handed
 * out again), the same contexts from the same cache, but filled through a {@link FeatureList}, so
 * that the rows the word memos resolved in the model's table reach the beam search
 * ({@link KnownRows}) instead of being looked up again at every token.
 *
 * <p>Not thread-safe, as OpenNLP's: one per {@code POSTaggerME}.
 */
public final class PosContexts implements POSContextGenerator, KnownRows {

    private final AdaptiveFeatureGenerator generator;
    private final Cache<String, WordFeatureMemo.Kept> cache;
    /** Reused for every miss: only the kept copies are new. */
    private final FeatureList features = new FeatureList(64);
    private Object wordsKey;
    private String[] lastTokens;
    private int lastIndex = -1;
    private int[] lastRows;

    /** As OpenNLP's: no cache when {@code cacheSize} is 0 or less. */
    public PosContexts(int cacheSize, AdaptiveFeatureGenerator generator) {
        this.generator = Objects.requireNonNull(generator, "featureGenerator must not be null");
        this.cache = cacheSize > 0 ? new Cache<>(cacheSize) : null;
    }

    @Override
    public String[] getContext(int index, String[] tokens, String[] tags, Object[] additionalContext) {
        String tagPrev = null;
        String tagPrevPrev = null;
        if (index - 1 >= 0) {
            tagPrev = tags[index - 1];
            if (index - 2 >= 0) {
                tagPrevPrev = tags[index - 2];
            }
        }
        // OpenNLP's key, character for character; the nulls spelled out here, because a null met in a
        // string concatenation is a path the shared concatenation code's profile rarely sees: C2
        // speculated it away and trapped, throwing away the beam search it was inlined into
        String cacheKey = index + spelled(tagPrev) + spelled(tagPrevPrev);
        WordFeatureMemo.Kept kept = null;
        if (cache != null) {
            if (wordsKey == tokens) {
                kept = cache.get(cacheKey);
            } else {
                cache.clear();
                wordsKey = tokens;
            }
        }
        if (kept == null) {
            features.clear();
            generator.createFeatures(features, tokens, index, tags);
            kept = new WordFeatureMemo.Kept(features.names(), features.rows());
            if (cache != null) {
                cache.put(cacheKey, kept);
            }
        }
        lastTokens = tokens;
        lastIndex = index;
        lastRows = kept.rows();
        return kept.names();
    }

    /** A tag as string concatenation writes it, "null" for none. */
    private static String spelled(String tag) {
        return tag == null ? "null" : tag;
    }

    /** The rows of the context last handed out, when it was for token {@code index} of {@code sequence}. */
    @Override
    public int[] knownRows(int index, Object[] sequence) {
        return sequence == lastTokens && index == lastIndex ? lastRows : null;
    }
}
