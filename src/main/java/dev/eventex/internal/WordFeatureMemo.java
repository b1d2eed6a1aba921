package dev.eventex.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
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
 * same order as OpenNLP's generators give, so every context is unchanged. With a model's
 * {@link FeatureTable}, each kept feature also keeps its row there, handed on through a
 * {@link FeatureList}, so that a word's features are looked up in the model once, not at every
 * token it stands at.
 *
 * <p>Only generators known to read nothing but {@code tokens[index]} are memoized (an exact
 * class list: {@link #wordOnly}); the memo is bounded and emptied when full. Not thread-safe:
 * one per feature-generator tree, as OpenNLP builds one tree per finder or tagger.
 */
final class WordFeatureMemo {

    /** Distinct words kept per memo before it starts over (a few MB at most; twice that with the last generation's). */
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

    /**
     * Whether {@code g}'s features at a token are those of the pair (previous word, word), when
     * there is a previous word, then those of the pair (word, next word), when there is a next
     * one, each a function of its two words alone: OpenNLP's bigram generator of the name finder
     * (an exact class: a subclass may read more).
     */
    static boolean pairsOnly(AdaptiveFeatureGenerator g) {
        return g.getClass() == BigramNameFeatureGenerator.class;
    }

    /** The features {@code g} gives for {@code word} alone, as {@code canonical} instances. */
    private static String[] featuresOf(AdaptiveFeatureGenerator g, String word, UnaryOperator<String> canonical) {
        return featuresOf(g, new String[] {word}, 0, canonical);
    }

    /** The features {@code g} gives at {@code index} of {@code tokens}, as {@code canonical} instances. */
    private static String[] featuresOf(AdaptiveFeatureGenerator g, String[] tokens, int index, UnaryOperator<String> canonical) {
        List<String> f = new ArrayList<>(8);
        g.createFeatures(f, tokens, index, null);
        // copied by hand: a word without features took a path of ArrayList.toArray that C2 had not
        // seen, and its trap threw away the whole compiled window (recompiled three times a run)
        String[] out = new String[f.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = canonical.apply(f.get(k));
        }
        return out;
    }

    private static void canonicalize(String[] features, UnaryOperator<String> canonical) {
        for (int k = 0; k < features.length; k++) {
            features[k] = canonical.apply(features[k]);
        }
    }

    /**
     * Features kept for one word at one window position: the names and their rows in the
     * model's table ({@link FeatureList#UNRESOLVED} without a table).
     */
    record Kept(String[] names, int[] rows) {
        static Kept of(String[] names, ToIntFunction<String> rowOf) {
            int[] rows = new int[names.length];
            for (int k = 0; k < names.length; k++) {
                rows[k] = rowOf.applyAsInt(names[k]);
            }
            return new Kept(names, rows);
        }

        void addTo(List<String> out) {
            if (out instanceof FeatureList list) {
                list.addAll(names, rows);
            } else {
                for (String s : names) {
                    out.add(s);
                }
            }
        }
    }

    /** A row function for memos without a table: every row left to the table's look-up. */
    static final ToIntFunction<String> NO_ROWS = name -> FeatureList.UNRESOLVED;

    /**
     * The distinct words met by one feature tree, numbered, shared by all the tree's memos: each
     * token of a sentence is looked up once, not once per memo (a tree has one memo per window
     * and per word-only generator, seven in the name model, and those look-ups were a tenth of
     * the pipeline's CPU). Holds at most {@code capacity} words ({@link #MAX_WORDS}), then starts
     * over with a new {@link #generation()}. The last generation's numbering is kept, so that a
     * word met again after the start-over hands its memos' values on ({@link #previousId}) instead
     * of having them made again: starting from nothing, a batch of news with more distinct words
     * than the bound (a few hundred articles) computed the features of every common word again
     * after each start-over, a quarter of the pipeline's CPU in such a run.
     */
    static final class Words {
        private final int capacity;
        private Map<String, Integer> ids = new HashMap<>();
        private Map<String, Integer> previous = Map.of();
        /** Per number of this generation: the word's number in the last one, or -1. */
        private int[] previousIds = new int[64];
        private int generation;
        private String[] tokens;
        /** Per token of the current sentence: its word's number + 1 (0: not looked up yet). */
        private int[] row;

        Words() {
            this(MAX_WORDS);
        }

        Words(int capacity) {
            this.capacity = capacity;
        }

        /** The number of the word at {@code index} of {@code tokens}, in the current generation. */
        int id(String[] tokens, int index) {
            if (tokens != this.tokens) {
                this.tokens = tokens;
                this.row = new int[tokens.length];
            }
            int id = row[index] - 1;
            if (id < 0) {
                Integer known = ids.get(tokens[index]);
                if (known == null) {
                    if (ids.size() >= capacity) {
                        previous = ids;
                        ids = new HashMap<>();
                        previousIds = new int[64];
                        generation++;
                        row = new int[tokens.length];
                    }
                    known = ids.size();
                    ids.put(tokens[index], known);
                    if (known >= previousIds.length) {
                        previousIds = Arrays.copyOf(previousIds, Math.max(known + 1, previousIds.length * 2));
                    }
                    previousIds[known] = previous.getOrDefault(tokens[index], -1);
                }
                id = known;
                row[index] = id + 1;
            }
            return id;
        }

        /** The number that word {@code id} of this generation had in the last one, or -1. */
        int previousId(int id) {
            return previousIds[id];
        }

        int generation() {
            return generation;
        }

        void forgetSentence() {
            tokens = null;
            row = null;
        }
    }

    /**
     * One memo's values by word number. When its {@link Words} start over, the values of the
     * generation just ended are kept aside and handed on to the words met again.
     */
    static final class ByWord<T> {
        private static final Object[] NONE = new Object[0];
        private final Words words;
        private Object[] values = new Object[64];
        private Object[] previous = NONE;
        private int generation;

        ByWord(Words words) {
            this.words = words;
        }

        /** The value kept for the word at {@code index} of {@code tokens}, made by {@code make} when none is. */
        @SuppressWarnings("unchecked")
        T get(String[] tokens, int index, Function<String, T> make) {
            int id = words.id(tokens, index);
            if (generation != words.generation()) {
                // values of an older generation than the last one have no numbering left to find them by
                previous = words.generation() == generation + 1 ? values : NONE;
                generation = words.generation();
                values = new Object[64];
            }
            if (id >= values.length) {
                values = Arrays.copyOf(values, Math.max(id + 1, values.length * 2));
            }
            Object v = values[id];
            if (v == null) {
                int before = words.previousId(id);
                v = before >= 0 && before < previous.length ? previous[before] : null;
                if (v == null) {
                    v = make.apply(tokens[index]);
                }
                values[id] = v;
            }
            return (T) v;
        }
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
        private final UnaryOperator<String> canonical;
        private final ToIntFunction<String> rowOf;
        private final Words words;
        /** Per word: its features at offset 0, then as previous word 1..prev, then as next word 1..next. */
        private final ByWord<Kept[]> kept;
        private final Function<String, Kept[]> make;
        private String[] tokens;
        private Kept[][] row;

        Window(AdaptiveFeatureGenerator inner, int prev, int next, UnaryOperator<String> canonical, ToIntFunction<String> rowOf,
               Words words) {
            this.inner = inner;
            this.prev = prev;
            this.next = next;
            this.canonical = canonical;
            this.rowOf = rowOf;
            this.words = words;
            this.kept = new ByWord<>(words);
            this.make = w -> positions(featuresOf(inner, w, canonical));
        }

        @Override
        public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
            if (tokens != this.tokens) {
                this.tokens = tokens;
                this.row = new Kept[tokens.length][];
            }
            at(index)[0].addTo(out);
            for (int i = 1; i <= prev && index - i >= 0; i++) {
                at(index - i)[i].addTo(out);
            }
            for (int i = 1; i <= next && index + i < tokens.length; i++) {
                at(index + i)[prev + i].addTo(out);
            }
        }

        private Kept[] at(int index) {
            Kept[] f = row[index];
            if (f == null) {
                f = kept.get(tokens, index, make);
                row[index] = f;
            }
            return f;
        }

        private Kept[] positions(String[] own) {
            Kept[] f = new Kept[1 + prev + next];
            f[0] = Kept.of(own, rowOf);
            for (int i = 1; i <= prev; i++) {
                f[i] = Kept.of(prefixed("p" + i, own), rowOf);
            }
            for (int i = 1; i <= next; i++) {
                f[prev + i] = Kept.of(prefixed("n" + i, own), rowOf);
            }
            return f;
        }

        private String[] prefixed(String prefix, String[] own) {
            String[] p = new String[own.length];
            for (int k = 0; k < own.length; k++) {
                p[k] = prefix + own[k];
            }
            canonicalize(p, canonical);
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
            words.forgetSentence();
            inner.clearAdaptiveData();
        }
    }

    /**
     * A memo around OpenNLP's generator {@code inner}: adaptive data goes to it unchanged, and a new
     * sentence also forgets the sentence's word numbers.
     */
    abstract static class Delegating implements AdaptiveFeatureGenerator {
        final AdaptiveFeatureGenerator inner;
        final Words words;

        Delegating(AdaptiveFeatureGenerator inner, Words words) {
            this.inner = inner;
            this.words = words;
        }

        @Override
        public void updateAdaptiveData(String[] tokens, String[] outcomes) {
            inner.updateAdaptiveData(tokens, outcomes);
        }

        @Override
        public void clearAdaptiveData() {
            words.forgetSentence();
            inner.clearAdaptiveData();
        }
    }

    /** A word-only generator outside any window: its features per word, kept. */
    static final class Single extends Delegating {
        private final ByWord<Kept> kept;
        private final Function<String, Kept> make;

        Single(AdaptiveFeatureGenerator inner, UnaryOperator<String> canonical, ToIntFunction<String> rowOf, Words words) {
            super(inner, words);
            this.kept = new ByWord<>(words);
            this.make = w -> Kept.of(featuresOf(inner, w, canonical), rowOf);
        }

        @Override
        public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
            kept.get(tokens, index, make).addTo(out);
        }
    }

    /**
     * Values by a pair of word numbers, in open addressing (a key is the two numbers in one
     * {@code long}, never -1): a boxed key per look-up would be garbage at every token. Holds at
     * most {@code capacity} pairs, then starts empty again.
     */
    static final class Pairs<T> {
        private static final long EMPTY = -1L;
        private final int capacity;
        private long[] keys;
        private Object[] values;
        private int size;

        Pairs(int capacity) {
            this.capacity = capacity;
            clear();
        }

        static long key(int first, int second) {
            return ((long) first << 32) | (second & 0xFFFFFFFFL);
        }

        @SuppressWarnings("unchecked")
        T get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                long k = keys[i];
                if (k == key) {
                    return (T) values[i];
                }
                if (k == EMPTY) {
                    return null;
                }
            }
        }

        void put(long key, T value) {
            if (size >= capacity) {
                clear();
            } else if (2 * (size + 1) > keys.length) {
                long[] oldKeys = keys;
                Object[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new Object[oldKeys.length * 2];
                Arrays.fill(keys, EMPTY);
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != EMPTY) {
                        insert(oldKeys[i], oldValues[i]);
                    }
                }
            }
            insert(key, value);
        }

        private void insert(long key, Object value) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] != EMPTY && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == EMPTY) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        void clear() {
            keys = new long[64];
            Arrays.fill(keys, EMPTY);
            values = new Object[64];
            size = 0;
        }

        int size() {
            return size;
        }

        private static int slot(long key, int mask) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        }
    }

    /**
     * A {@link #pairsOnly} generator: its features at a token are the pair (previous word, word)'s
     * then the pair (word, next word)'s, kept per pair of word numbers with their rows in the
     * model's table. OpenNLP makes four new strings at every token and classifies three words'
     * shapes, and the beam search then hashed each string and probed the table for it (half of
     * the word bigrams are not in the model, a probe to an empty slot): 7% of a warm thread's
     * samples. A pair's features are made by the generator itself, on the two words alone.
     */
    static final class Bigram extends Delegating {
        /** Pairs kept per side before the memo starts empty again (a few MB at most). */
        static final int MAX_PAIRS = 1 << 15;

        private final UnaryOperator<String> canonical;
        private final ToIntFunction<String> rowOf;
        /** By (previous word, word): the features of the pair as seen from its second word. */
        private final Pairs<Kept> withPrevious;
        /** By (word, next word): the features of the pair as seen from its first word. */
        private final Pairs<Kept> withNext;
        /** The numbering the pairs' keys are of. */
        private int generation;

        Bigram(AdaptiveFeatureGenerator inner, UnaryOperator<String> canonical, ToIntFunction<String> rowOf, Words words) {
            this(inner, canonical, rowOf, words, MAX_PAIRS);
        }

        Bigram(AdaptiveFeatureGenerator inner, UnaryOperator<String> canonical, ToIntFunction<String> rowOf, Words words,
               int maxPairs) {
            super(inner, words);
            this.canonical = canonical;
            this.rowOf = rowOf;
            this.withPrevious = new Pairs<>(maxPairs);
            this.withNext = new Pairs<>(maxPairs);
            this.generation = words.generation();
        }

        @Override
        public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
            boolean before = index > 0;
            boolean after = index + 1 < tokens.length;
            int g = words.generation();
            int word = words.id(tokens, index);
            int previous = before ? words.id(tokens, index - 1) : -1;
            int next = after ? words.id(tokens, index + 1) : -1;
            if (words.generation() != g) {
                // the numbering started over between these look-ups: number all three in the new one
                g = words.generation();
                word = words.id(tokens, index);
                previous = before ? words.id(tokens, index - 1) : -1;
                next = after ? words.id(tokens, index + 1) : -1;
                if (words.generation() != g) {
                    // a bound too small for three words (tests only): nothing kept
                    inner.createFeatures(out, tokens, index, previousOutcomes);
                    return;
                }
            }
            if (g != generation) {
                withPrevious.clear();
                withNext.clear();
                generation = g;
            }
            if (before) {
                long key = Pairs.key(previous, word);
                Kept k = withPrevious.get(key);
                if (k == null) {
                    k = Kept.of(featuresOf(inner, new String[] {tokens[index - 1], tokens[index]}, 1, canonical), rowOf);
                    withPrevious.put(key, k);
                }
                k.addTo(out);
            }
            if (after) {
                long key = Pairs.key(word, next);
                Kept k = withNext.get(key);
                if (k == null) {
                    k = Kept.of(featuresOf(inner, new String[] {tokens[index], tokens[index + 1]}, 0, canonical), rowOf);
                    withNext.put(key, k);
                }
                k.addTo(out);
            }
        }
    }
}
