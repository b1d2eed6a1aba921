package dev.eventex.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flat word classes from unlabeled text by the predictive exchange algorithm (Uszkoreit and
 * Brants 2008, after Kneser and Ney 1993): each word gets the class that maximizes the
 * likelihood of the one-sided class bigram model P(class(w) | previous word) P(w | class(w)).
 * Words are clustered as written (case kept), since a capital is what tells a name in news;
 * the name finder reads the classes through OpenNLP's {@code WordClusterFeatureGenerator}.
 *
 * <p>Only words seen at least {@code minCount} times, and at most the {@code maxWords} most
 * frequent, get a class of their own; rarer words share one placeholder word, which takes part
 * in the counts as a neighbour but is not written out. Feed text with {@link #addLine}, then call
 * {@link #cluster}. Training-time only: the model carries the result, never this class.
 */
public final class WordClusterer {

    /** Initials ("U.S."), words with inner hyphens, apostrophes, dots or ampersands, and single symbols. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:[-'’.&][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");
    /** The English possessive, a token of its own as in the name finder's training data. */
    private static final Pattern POSSESSIVE = Pattern.compile("(.+)(['’]s)");

    private static final int BOUNDARY = 0;
    private static final int RARE = 1;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private int[] sequence = new int[1 << 16];
    private int length;
    private java.util.function.Consumer<String> progress = s -> { };

    /** An empty clusterer. */
    public WordClusterer() {
        id("<s>");
        id("<rare>");
    }

    /** Where to report each pass (words moved); silent by default. */
    public WordClusterer progress(java.util.function.Consumer<String> sink) {
        this.progress = sink;
        return this;
    }

    /** The tokens of a line of running text, split as the name finder's corpora split them. */
    public static List<String> tokenize(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            String t = m.group();
            Matcher p = POSSESSIVE.matcher(t);
            if (p.matches()) {
                out.add(p.group(1));
                out.add(p.group(2));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Adds one paragraph (or sentence) of text; its first word follows a boundary. */
    public void addLine(String line) {
        List<String> tokens = tokenize(line);
        if (tokens.isEmpty()) {
            return;
        }
        push(BOUNDARY);
        for (String t : tokens) {
            push(id(t));
        }
    }

    /** Adds every non-blank line of a text file ({@code .gz} is decompressed). */
    public void addFile(Path file) throws IOException {
        TrainInputs.forEachLine(file, this::addLine);
    }

    /** Number of tokens added (boundaries not counted). */
    public long tokenCount() {
        long n = 0;
        for (int i = 0; i < length; i++) {
            if (sequence[i] != BOUNDARY) {
                n++;
            }
        }
        return n;
    }

    /**
     * Runs the exchange algorithm and returns each clustered word with its class (0 to
     * {@code classes - 1}), most frequent word first.
     *
     * @param classes    number of classes
     * @param minCount   words seen fewer times share the placeholder
     * @param maxWords   at most this many words get a class (the most frequent)
     * @param iterations passes over the vocabulary; stops earlier when no word moves
     */
    public Map<String, Integer> cluster(int classes, int minCount, int maxWords, int iterations) {
        if (classes < 2) {
            throw new IllegalArgumentException("need at least 2 classes");
        }
        int[] raw = new int[words.size()];
        for (int i = 0; i < length; i++) {
            raw[sequence[i]]++;
        }
        // Vocabulary: the boundary, the placeholder, then the kept words by falling frequency.
        Integer[] order = new Integer[words.size() - 2];
        for (int i = 0; i < order.length; i++) {
            order[i] = i + 2;
        }
        Arrays.sort(order, (a, b) -> raw[b] != raw[a] ? Integer.compare(raw[b], raw[a]) : words.get(a).compareTo(words.get(b)));
        int[] remap = new int[words.size()];
        Arrays.fill(remap, RARE);
        remap[BOUNDARY] = BOUNDARY;
        List<String> vocab = new ArrayList<>(List.of(words.get(BOUNDARY), words.get(RARE)));
        for (Integer w : order) {
            if (raw[w] < minCount || vocab.size() - 2 >= maxWords) {
                break;
            }
            remap[w] = vocab.size();
            vocab.add(words.get(w));
        }
        int v = vocab.size();
        Bigrams bigrams = Bigrams.of(sequence, length, remap, v);
        int[] cls = new int[v];
        // Round-robin by frequency spreads the frequent words over all classes at the start.
        for (int w = 1; w < v; w++) {
            cls[w] = (w - 1) % classes;
        }
        long[] pairClass = new long[(long) v * classes > Integer.MAX_VALUE ? 0 : v * classes];
        if (pairClass.length == 0) {
            throw new IllegalArgumentException("vocabulary x classes too large: " + v + " x " + classes);
        }
        long[] classCount = new long[classes];
        for (int w = 1; w < v; w++) {
            move(bigrams, w, cls[w], +1, pairClass, classCount, classes);
        }
        double[] gain = new double[classes];
        for (int it = 0; it < iterations; it++) {
            int moved = 0;
            for (int w = 1; w < v; w++) {
                if (bigrams.count[w] == 0) {
                    continue;
                }
                int from = cls[w];
                move(bigrams, w, from, -1, pairClass, classCount, classes);
                Arrays.fill(gain, 0);
                for (int k = bigrams.start[w]; k < bigrams.start[w + 1]; k++) {
                    long n = bigrams.n[k];
                    int base = bigrams.prev[k] * classes;
                    for (int c = 0; c < classes; c++) {
                        long x = pairClass[base + c];
                        gain[c] += xlogx(x + n) - xlogx(x);
                    }
                }
                int best = from;
                double bestGain = Double.NEGATIVE_INFINITY;
                long nw = bigrams.count[w];
                for (int c = 0; c < classes; c++) {
                    double g = gain[c] - (xlogx(classCount[c] + nw) - xlogx(classCount[c]));
                    if (g > bestGain + 1e-9 || (c == from && g >= bestGain - 1e-9)) {
                        bestGain = g;
                        best = c;
                    }
                }
                if (best != from) {
                    moved++;
                }
                cls[w] = best;
                move(bigrams, w, best, +1, pairClass, classCount, classes);
            }
            progress.accept("pass " + (it + 1) + ": " + moved + " of " + (v - 1) + " words moved");
            if (moved == 0) {
                break;
            }
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int w = 2; w < v; w++) {
            out.put(vocab.get(w), cls[w]);
        }
        return out;
    }

    /** Writes {@code word class} lines, the format of OpenNLP's {@code WordClusterDictionary}. */
    public static void write(Map<String, Integer> clusters, Writer out) throws IOException {
        for (Map.Entry<String, Integer> e : clusters.entrySet()) {
            out.write(e.getKey() + " " + e.getValue() + "\n");
        }
        out.flush();
    }

    private static void move(Bigrams b, int w, int c, int sign, long[] pairClass, long[] classCount, int classes) {
        for (int k = b.start[w]; k < b.start[w + 1]; k++) {
            pairClass[b.prev[k] * classes + c] += sign * b.n[k];
        }
        classCount[c] += sign * b.count[w];
    }

    /** x ln x for the small counts that fill the inner loop, computed once. */
    private static final double[] XLOGX = new double[1 << 20];

    static {
        for (int x = 1; x < XLOGX.length; x++) {
            XLOGX[x] = x * Math.log(x);
        }
    }

    private static double xlogx(long x) {
        if (x < XLOGX.length) {
            return x <= 0 ? 0 : XLOGX[(int) x];
        }
        return x * Math.log(x);
    }

    private int id(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            id = words.size();
            ids.put(word, id);
            words.add(word);
        }
        return id;
    }

    private void push(int id) {
        if (length == sequence.length) {
            sequence = Arrays.copyOf(sequence, sequence.length * 2);
        }
        sequence[length++] = id;
    }

    /** For each word, its distinct predecessors and how often each precedes it. */
    private static final class Bigrams {
        final int[] start;
        final int[] prev;
        final int[] n;
        final long[] count;

        private Bigrams(int[] start, int[] prev, int[] n, long[] count) {
            this.start = start;
            this.prev = prev;
            this.n = n;
            this.count = count;
        }

        static Bigrams of(int[] sequence, int length, int[] remap, int v) {
            long[] pairs = new long[length];
            int m = 0;
            for (int i = 1; i < length; i++) {
                int w = remap[sequence[i]];
                if (w == BOUNDARY) {
                    continue;
                }
                pairs[m++] = ((long) w << 32) | remap[sequence[i - 1]];
            }
            Arrays.sort(pairs, 0, m);
            int[] start = new int[v + 1];
            int[] prev = new int[m];
            int[] n = new int[m];
            long[] count = new long[v];
            int d = 0;
            for (int i = 0; i < m; ) {
                int j = i;
                while (j < m && pairs[j] == pairs[i]) {
                    j++;
                }
                int w = (int) (pairs[i] >>> 32);
                prev[d] = (int) pairs[i];
                n[d] = j - i;
                count[w] += j - i;
                start[w + 1]++;
                d++;
                i = j;
            }
            for (int w = 0; w < v; w++) {
                start[w + 1] += start[w];
            }
            return new Bigrams(start, Arrays.copyOf(prev, d), Arrays.copyOf(n, d), count);
        }
    }
}
