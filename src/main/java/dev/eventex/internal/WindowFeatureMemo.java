package dev.eventex.internal;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * Rewrites an OpenNLP feature-generator tree so that features depending on nothing but the word
 * are computed once per distinct word instead of once per window position and sentence
 * ({@link WordFeatureMemo}): with a window of two tokens each side, OpenNLP asks the inner
 * generator for the features of every token five times (lower-casing the token, classifying its
 * shape, looking up its cluster class each time) and prefixes every one with a new string. The
 * memo hands back the features OpenNLP's generators give, in the same order, so every context is
 * OpenNLP's.
 *
 * <p>Only generators whose features depend on nothing but the word are memoized (OpenNLP's token,
 * token-class, prefix, suffix and cluster generators, ours for word classes, and aggregates of
 * them), inside windows or on their own; any other generator, and any window whose parts cannot be
 * read, is left as it was. A rewritten tree has state: build one per thread, as OpenNLP builds one
 * per {@code NameFinderME}.
 */
public final class WindowFeatureMemo {

    private WindowFeatureMemo() {
    }

    /** The tree with memoized window contents, or {@code generator} itself when nothing applies. */
    public static AdaptiveFeatureGenerator rewrite(AdaptiveFeatureGenerator generator) {
        return rewrite(generator, UnaryOperator.identity());
    }

    /**
     * As {@link #rewrite(AdaptiveFeatureGenerator)}, the memos keeping {@code canonical} of each
     * feature (a model's {@link FeatureTable#canonical} instance: an equal string, which the
     * model's table then finds by identity).
     */
    public static AdaptiveFeatureGenerator rewrite(AdaptiveFeatureGenerator generator, UnaryOperator<String> canonical) {
        return rewrite(generator, canonical, WordFeatureMemo.NO_ROWS, new WordFeatureMemo.Words());
    }

    /**
     * As {@link #rewrite(AdaptiveFeatureGenerator, UnaryOperator)} with {@code table}'s canonical
     * names, the memos also keeping each feature's row in {@code table}, which they add with the
     * names when asked to fill a {@link FeatureList}.
     */
    public static AdaptiveFeatureGenerator rewrite(AdaptiveFeatureGenerator generator, FeatureTable table) {
        return rewrite(generator, table::canonical, table::row, new WordFeatureMemo.Words());
    }

    /** The rewrite, all memos of the tree numbering words in one {@code words}. */
    private static AdaptiveFeatureGenerator rewrite(AdaptiveFeatureGenerator generator, UnaryOperator<String> canonical,
                                                    ToIntFunction<String> rowOf, WordFeatureMemo.Words words) {
        if (generator instanceof CachedFeatureGenerator cached && cached.getClass() == CachedFeatureGenerator.class) {
            AdaptiveFeatureGenerator inner = cached.getCachedFeatureGenerator();
            AdaptiveFeatureGenerator rewritten = rewrite(inner, canonical, rowOf, words);
            if (rewritten == inner) {
                return generator;
            }
            // with a table the cache must keep the memos' rows, which OpenNLP's would drop
            return rowOf == WordFeatureMemo.NO_ROWS ? new CachedFeatureGenerator(rewritten) : new RowCachedFeatures(rewritten);
        }
        if (generator instanceof AggregatedFeatureGenerator aggregated && aggregated.getClass() == AggregatedFeatureGenerator.class) {
            return eachPart(aggregated, part -> rewrite(part, canonical, rowOf, words));
        }
        if (generator.getClass() == WindowFeatureGenerator.class) {
            return memoizedWindow((WindowFeatureGenerator) generator, canonical, rowOf, words);
        }
        if (WordFeatureMemo.wordOnly(generator)) {
            return new WordFeatureMemo.Single(generator, canonical, rowOf, words);
        }
        if (WordFeatureMemo.pairsOnly(generator)) {
            return new WordFeatureMemo.Bigram(generator, canonical, rowOf, words);
        }
        return generator;
    }

    /** Whether a rewritten tree holds at least one memo (for tests: the packaged models should). */
    public static boolean hasMemo(AdaptiveFeatureGenerator generator) {
        if (generator instanceof WordFeatureMemo.Window || generator instanceof WordFeatureMemo.Single
                || generator instanceof WordFeatureMemo.Bigram) {
            return true;
        }
        if (generator instanceof CachedFeatureGenerator cached) {
            return hasMemo(cached.getCachedFeatureGenerator());
        }
        if (generator instanceof RowCachedFeatures cached) {
            return hasMemo(cached.inner());
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

    /**
     * Whether {@code generator} is OpenNLP's window over an {@link AdditionalContextFeatureGenerator}
     * (what {@code NameFinderME} adds to every context generator): its features depend on the
     * tokens, the index and the additional context, never on previous outcomes.
     */
    static boolean overAdditionalContext(AdaptiveFeatureGenerator generator) {
        if (generator.getClass() != WindowFeatureGenerator.class) {
            return false;
        }
        try {
            return field("generator").get(generator).getClass() == AdditionalContextFeatureGenerator.class;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static AdaptiveFeatureGenerator memoizedWindow(WindowFeatureGenerator window, UnaryOperator<String> canonical,
                                                           ToIntFunction<String> rowOf, WordFeatureMemo.Words words) {
        try {
            AdaptiveFeatureGenerator inner = (AdaptiveFeatureGenerator) field("generator").get(window);
            int prev = field("prevWindowSize").getInt(window);
            int next = field("nextWindowSize").getInt(window);
            if (!WordFeatureMemo.wordOnly(inner)) {
                return window;
            }
            return new WordFeatureMemo.Window(inner, prev, next, canonical, rowOf, words);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return window;
        }
    }

    /** The aggregate with {@code f} applied to each part; the same object when no part changes. */
    private static AdaptiveFeatureGenerator eachPart(AggregatedFeatureGenerator aggregated,
                                                     UnaryOperator<AdaptiveFeatureGenerator> f) {
        Collection<AdaptiveFeatureGenerator> parts = aggregated.getGenerators();
        List<AdaptiveFeatureGenerator> rewritten = new ArrayList<>(parts.size());
        boolean changed = false;
        for (AdaptiveFeatureGenerator part : parts) {
            AdaptiveFeatureGenerator r = f.apply(part);
            changed |= r != part;
            rewritten.add(r);
        }
        return changed ? new AggregatedFeatureGenerator(rewritten) : aggregated;
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = WindowFeatureGenerator.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
