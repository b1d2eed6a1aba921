package dev.eventex.internal;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * Rewrites an OpenNLP feature-generator tree so that the generators inside a
 * {@link WindowFeatureGenerator} run once per token of a sentence instead of once per window
 * position: with a window of two tokens each side, OpenNLP asks the inner generator for the
 * features of every token five times (lower-casing the token and classifying its shape each time),
 * about 5% of the pipeline. The memo hands back the list the first call produced, so the window
 * adds the same features in the same order and every context is OpenNLP's.
 *
 * <p>Only generators whose features depend on nothing but the tokens and the index are memoized
 * (OpenNLP's token and token-class generators, and aggregates of them); any other generator, and
 * any window whose parts cannot be read, is left as it was. A rewritten tree has state: build one
 * per thread, as OpenNLP builds one per {@code NameFinderME}.
 */
public final class WindowFeatureMemo {

    private WindowFeatureMemo() {
    }

    /** The tree with memoized window contents, or {@code generator} itself when nothing applies. */
    public static AdaptiveFeatureGenerator rewrite(AdaptiveFeatureGenerator generator) {
        if (generator instanceof CachedFeatureGenerator cached && cached.getClass() == CachedFeatureGenerator.class) {
            AdaptiveFeatureGenerator inner = cached.getCachedFeatureGenerator();
            AdaptiveFeatureGenerator rewritten = rewrite(inner);
            return rewritten == inner ? generator : new CachedFeatureGenerator(rewritten);
        }
        if (generator instanceof AggregatedFeatureGenerator aggregated && aggregated.getClass() == AggregatedFeatureGenerator.class) {
            Collection<AdaptiveFeatureGenerator> parts = aggregated.getGenerators();
            List<AdaptiveFeatureGenerator> rewritten = new ArrayList<>(parts.size());
            boolean changed = false;
            for (AdaptiveFeatureGenerator part : parts) {
                AdaptiveFeatureGenerator r = rewrite(part);
                changed |= r != part;
                rewritten.add(r);
            }
            return changed ? new AggregatedFeatureGenerator(rewritten) : generator;
        }
        if (generator.getClass() == WindowFeatureGenerator.class) {
            return memoizedWindow((WindowFeatureGenerator) generator);
        }
        return generator;
    }

    /** Whether a rewritten tree holds at least one memo (for tests: the packaged models should). */
    public static boolean hasMemo(AdaptiveFeatureGenerator generator) {
        if (generator instanceof PerSentence) {
            return true;
        }
        if (generator instanceof CachedFeatureGenerator cached) {
            return hasMemo(cached.getCachedFeatureGenerator());
        }
        if (generator instanceof AggregatedFeatureGenerator aggregated) {
            return aggregated.getGenerators().stream().anyMatch(WindowFeatureMemo::hasMemo);
        }
        if (generator instanceof WindowFeatureGenerator window) {
            try {
                return hasMemo((AdaptiveFeatureGenerator) field("generator").get(window));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return false;
            }
        }
        return false;
    }

    private static AdaptiveFeatureGenerator memoizedWindow(WindowFeatureGenerator window) {
        try {
            AdaptiveFeatureGenerator inner = (AdaptiveFeatureGenerator) field("generator").get(window);
            int prev = field("prevWindowSize").getInt(window);
            int next = field("nextWindowSize").getInt(window);
            if (!tokenOnly(inner)) {
                return window;
            }
            return new WindowFeatureGenerator(new PerSentence(inner), prev, next);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return window;
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = WindowFeatureGenerator.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** Generators whose features are a function of the tokens and the index alone. */
    private static boolean tokenOnly(AdaptiveFeatureGenerator g) {
        if (g.getClass() == TokenFeatureGenerator.class || g.getClass() == TokenClassFeatureGenerator.class) {
            return true;
        }
        return g.getClass() == AggregatedFeatureGenerator.class
                && ((AggregatedFeatureGenerator) g).getGenerators().stream().allMatch(WindowFeatureMemo::tokenOnly);
    }

    /**
     * The features of each token of the current sentence, computed on first request. A sentence is
     * known by its token array, as OpenNLP's {@link CachedFeatureGenerator} knows it.
     */
    private static final class PerSentence implements AdaptiveFeatureGenerator {
        private final AdaptiveFeatureGenerator inner;
        private String[] tokens;
        private List<String>[] features;

        PerSentence(AdaptiveFeatureGenerator inner) {
            this.inner = inner;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
            if (tokens != this.tokens) {
                this.tokens = tokens;
                this.features = new List[tokens.length];
            }
            List<String> f = features[index];
            if (f == null) {
                f = new ArrayList<>(4);
                inner.createFeatures(f, tokens, index, previousOutcomes);
                features[index] = f;
            }
            out.addAll(f);
        }

        @Override
        public void updateAdaptiveData(String[] tokens, String[] outcomes) {
            inner.updateAdaptiveData(tokens, outcomes);
        }

        @Override
        public void clearAdaptiveData() {
            tokens = null;
            features = null;
            inner.clearAdaptiveData();
        }
    }
}
