package dev.eventex.internal;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
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
            return eachPart(aggregated, WindowFeatureMemo::rewrite);
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

    private static AdaptiveFeatureGenerator memoizedWindow(WindowFeatureGenerator window) {
        try {
            AdaptiveFeatureGenerator inner = (AdaptiveFeatureGenerator) field("generator").get(window);
            int prev = field("prevWindowSize").getInt(window);
            int next = field("nextWindowSize").getInt(window);
            if (!tokenOnly(inner)) {
                return window;
            }
            return new WindowFeatureGenerator(new PerSentence(fastWords(inner)), prev, next);
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

    /**
     * {@code generator} with OpenNLP's token generators replaced by {@link Words}, which gives the
     * same features without lower-casing through a code-point stream (a tenth of the pipeline's
     * allocation); unchanged when a token generator's setting cannot be read.
     */
    static AdaptiveFeatureGenerator fastWords(AdaptiveFeatureGenerator generator) {
        if (generator.getClass() == TokenFeatureGenerator.class) {
            try {
                Field lowercase = TokenFeatureGenerator.class.getDeclaredField("lowercase");
                lowercase.setAccessible(true);
                return new Words(lowercase.getBoolean(generator));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return generator;
            }
        }
        if (generator.getClass() == AggregatedFeatureGenerator.class) {
            return eachPart((AggregatedFeatureGenerator) generator, WindowFeatureMemo::fastWords);
        }
        return generator;
    }

    /**
     * {@code StringUtil.toLowerCase}: every code point through {@link Character#toLowerCase(int)},
     * here without the stream, and without a copy when nothing changes (plain lower-case ASCII).
     */
    static String lowerCase(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            b.appendCodePoint(Character.toLowerCase(cp));
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** OpenNLP's {@link TokenFeatureGenerator} ({@code w=} and the token, lower-cased or not). */
    static final class Words implements AdaptiveFeatureGenerator {
        private final boolean lowercase;

        Words(boolean lowercase) {
            this.lowercase = lowercase;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            features.add("w=" + (lowercase ? lowerCase(tokens[index]) : tokens[index]));
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
