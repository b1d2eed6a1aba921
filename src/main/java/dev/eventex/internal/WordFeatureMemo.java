package dev.eventex.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BrownTokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.BrownTokenFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WordClusterFeatureGenerator;

/**
 * Features that depend on nothing but the word itself (its lower-cased form, shape class,
 * prefixes, suffixes, word-cluster classes), computed once per distinct word and kept, with the
 * window's position prefixes ({@code p1}, {@code n2}, ...) already attached, for later sentences
 * and documents. OpenNLP computes them again at every window slot of every token (five times
 * with a window of two each side) and makes a new string for every prefixed feature; the
 * same word recurs all through a document. The lists handed out are the same features in the
 * same order as OpenNLP's generators give, so every context is unchanged.
 *
 * <p>Only generators known to read nothing but {@code tokens[index]} are memoized (an exact
 * class list: {@link #wordOnly}); the memo is bounded and emptied when full. Not thread-safe:
 * one per feature-generator tree, as OpenNLP builds one tree per finder or tagger.
 */
final class WordFeatureMemo {

    /** Distinct words kept per memo before it starts over (a few MB at most). */
    static final int MAX_WORDS = 8192;

    private WordFeatureMemo() {
    }

    /**
     * Whether every feature of {@code g} is a function of the token at the index alone, for the
     * generator classes whose code is known to read only that (and aggregates of them).
     */
    static boolean wordOnly(AdaptiveFeatureGenerator g) {
        Class<?> c = g.getClass();
        if (c == TokenFeatureGenerator.class || c == TokenClassFeatureGenerator.class || c == PrefixFeatureGenerator.class
                || c == SuffixFeatureGenerator.class || c == WordClusterFeatureGenerator.class
                || c == BrownTokenFeatureGenerator.class || c == BrownTokenClassFeatureGenerator.class
                || WordClasses.isGenerator(g)) {
            return true;
        }
        return c == AggregatedFeatureGenerator.class
                && ((AggregatedFeatureGenerator) g).getGenerators().stream().allMatch(WordFeatureMemo::wordOnly);
    }

    /** The features {@code g} gives for {@code word} alone. */
    private static String[] featuresOf(AdaptiveFeatureGenerator g, String word) {
        List<String> f = new ArrayList<>(8);
        g.createFeatures(f, new String[] {word}, 0, null);
        return f.toArray(new String[0]);
    }

    /**
     * OpenNLP's {@code WindowFeatureGenerator} over a word-only generator: the word's own
     * features, then those of the previous words prefixed {@code p1, p2, ...}, then those of the
     * next words prefixed {@code n1, n2, ...}.
     */
    static final class Window implements AdaptiveFeatureGenerator {
        private final AdaptiveFeatureGenerator inner;
        private final int prev;
        private final int next;
        /** Per word: its features at offset 0, then as previous word 1..prev, then as next word 1..next. */
        private final Map<String, String[][]> words = new HashMap<>();
        private String[] tokens;
        private String[][][] row;

        Window(AdaptiveFeatureGenerator inner, int prev, int next) {
            this.inner = inner;
            this.prev = prev;
            this.next = next;
        }

        @Override
        public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
            if (tokens != this.tokens) {
                this.tokens = tokens;
                this.row = new String[tokens.length][][];
            }
            addAll(out, at(index)[0]);
            for (int i = 1; i <= prev && index - i >= 0; i++) {
                addAll(out, at(index - i)[i]);
            }
            for (int i = 1; i <= next && index + i < tokens.length; i++) {
                addAll(out, at(index + i)[prev + i]);
            }
        }

        private String[][] at(int index) {
            String[][] f = row[index];
            if (f == null) {
                f = word(tokens[index]);
                row[index] = f;
            }
            return f;
        }

        private String[][] word(String w) {
            String[][] f = words.get(w);
            if (f == null) {
                f = positions(featuresOf(inner, w));
                if (words.size() >= MAX_WORDS) {
                    words.clear();
                }
                words.put(w, f);
            }
            return f;
        }

        private String[][] positions(String[] own) {
            String[][] f = new String[1 + prev + next][];
            f[0] = own;
            for (int i = 1; i <= prev; i++) {
                f[i] = prefixed("p" + i, own);
            }
            for (int i = 1; i <= next; i++) {
                f[prev + i] = prefixed("n" + i, own);
            }
            return f;
        }

        private static String[] prefixed(String prefix, String[] own) {
            String[] p = new String[own.length];
            for (int k = 0; k < own.length; k++) {
                p[k] = prefix + own[k];
            }
            return p;
        }

        @Override
        public void updateAdaptiveData(String[] tokens, String[] outcomes) {
            inner.updateAdaptiveData(tokens, outcomes);
        }

        @Override
        public void clearAdaptiveData() {
            tokens = null;
            row = null;
            inner.clearAdaptiveData();
        }
    }

    /** A word-only generator outside any window: its features per word, kept. */
    static final class Single implements AdaptiveFeatureGenerator {
        private final AdaptiveFeatureGenerator inner;
        private final Map<String, String[]> words = new HashMap<>();

        Single(AdaptiveFeatureGenerator inner) {
            this.inner = inner;
        }

        @Override
        public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
            String w = tokens[index];
            String[] f = words.get(w);
            if (f == null) {
                f = featuresOf(inner, w);
                if (words.size() >= MAX_WORDS) {
                    words.clear();
                }
                words.put(w, f);
            }
            addAll(out, f);
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

    private static void addAll(List<String> out, String[] f) {
        for (String s : f) {
            out.add(s);
        }
    }
}
