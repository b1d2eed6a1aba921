package dev.eventex.internal;

import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A maxent model's feature names and parameters in flat arrays: an open-addressing table from
 * feature name to parameter row, built once at model load, immutable and so shared by threads.
 *
 * <p>Why: the model's own {@code HashMap<String, Context>} costs a chain of dependent memory reads
 * per feature (bucket, node, key string and its bytes for {@code equals}, the {@code Context},
 * its two arrays), and those look-ups were a fifth of the pipeline's CPU. Here a slot holds the
 * name's hash and the row's offset in one {@code long}; a name handed out by {@link #canonical}
 * is the table's own instance, so it matches by identity without comparing characters; a row is
 * one run of memory: a head of packed outcome indices (a byte each when the model has at most 256
 * outcomes, else 16 bits), then the weights. Reading a row's weights was the pipeline's top cost
 * (memory misses), so rows are kept small: four outcomes take 40 bytes, not the 72 of an
 * interleaved (outcome, weight) layout of doubles. {@link #addRow} adds a row in the order of
 * the model's {@code Context}, so every sum is the model's own.
 */
public final class FeatureTable {

    private static final long EMPTY = 0L;

    /** Per slot: the name's hash in the high half, the row's start offset + 1 in the low half (0: empty). */
    private final long[] slots;
    private final String[] names;
    private final int mask;
    /** 32 minus the table's number of index bits: {@link #slot} keeps the top bits of the mixed hash. */
    private final int shift;
    /**
     * The rows. At a row's start offset its head: the length n in the lowest {@link #bits} bits,
     * then outcome indices of {@code bits} bits each, filling that long and as many more as they
     * need; then the n weights as {@link Double#doubleToRawLongBits raw bits}.
     */
    private final long[] rows;
    private final int size;
    /** Bits per packed number: 8 when every outcome index and row length fits a byte, else 16. */
    private final int bits;
    /** log2 of the numbers per long (3 or 2): a row's head length without a division. */
    private final int perLongLog;

    private FeatureTable(long[] slots, String[] names, long[] rows, int size, int bits) {
        this.slots = slots;
        this.names = names;
        this.mask = slots.length - 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(slots.length);
        this.rows = rows;
        this.size = size;
        this.bits = bits;
        this.perLongLog = Integer.numberOfTrailingZeros(Long.SIZE / bits);
    }

    /** The longs of a row's head: its length and {@code n} outcome indices of {@code bits} bits each. */
    static int headLongs(int n, int bits) {
        int perLong = Long.SIZE / bits;
        return (n + 1 + perLong - 1) / perLong;
    }

    /** The table of a model's feature map (a {@code GISModel}'s {@code getDataStructures()[1]}). */
    public static FeatureTable of(Map<String, Context> predicates) {
        int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1;
        int largest = 0;
        for (Context c : predicates.values()) {
            largest = Math.max(largest, c.getOutcomes().length);
            for (int o : c.getOutcomes()) {
                largest = Math.max(largest, o);
            }
        }
        if (largest >= 1 << 16) {
            throw new IllegalArgumentException("too many outcomes for a feature table: " + largest);
        }
        int bits = largest < 1 << 8 ? 8 : 16;
        long cells = 0;
        for (Context c : predicates.values()) {
            cells += headLongs(c.getOutcomes().length, bits) + (long) c.getOutcomes().length;
        }
        if (cells >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("model too large for a feature table: " + cells + " parameters");
        }
        long[] slots = new long[capacity];
        String[] names = new String[capacity];
        long[] rows = new long[(int) cells];
        int mask = capacity - 1;
        int shift = 32 - Integer.numberOfTrailingZeros(capacity);
        int next = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            String name = e.getKey();
            int start = next;
            next = writeRow(rows, start, e.getValue().getOutcomes(), e.getValue().getParameters(), bits);
            int h = name.hashCode();
            int i = slot(h, shift);
            while (slots[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            slots[i] = ((long) h << 32) | (start + 1L);
            names[i] = name;
        }
        return new FeatureTable(slots, names, rows, predicates.size(), bits);
    }

    /** Writes a row at {@code start} (head, then weights); returns the offset after it. */
    private static int writeRow(long[] rows, int start, int[] outcomes, double[] params, int bits) {
        int n = outcomes.length;
        int perLong = Long.SIZE / bits;
        // the length is number 0 of the head, outcome a is number a + 1
        for (int k = 0; k <= n; k++) {
            long v = k == 0 ? n : outcomes[k - 1];
            rows[start + k / perLong] |= v << (bits * (k % perLong));
        }
        int weights = start + headLongs(n, bits);
        for (int a = 0; a < n; a++) {
            rows[weights + a] = Double.doubleToRawLongBits(params[a]);
        }
        return weights + n;
    }

    /**
     * The home slot of a hash: Fibonacci hashing (multiply, keep the top bits). Feature names
     * that differ in their last characters have nearby {@code String} hashes, which the low bits
     * alone would put in long runs of neighbouring slots (runs of over a thousand in the name
     * model); the multiplication scatters them (longest run 22).
     */
    private static int slot(int h, int shift) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /** How many features the table holds. */
    public int size() {
        return size;
    }

    /** The row of {@code feature}, or -1 when the model does not know it. */
    public int row(String feature) {
        int i = slotOf(feature);
        return i < 0 ? -1 : (int) slots[i] - 1;
    }

    /**
     * The table's own instance of {@code feature} when the model knows it, else {@code feature}:
     * feature lists kept for reuse hold these, so that {@link #row} finds them by identity.
     */
    public String canonical(String feature) {
        int i = slotOf(feature);
        return i < 0 ? feature : names[i];
    }

    /**
     * The table's instance of the feature named {@code head} followed by the characters
     * {@code text[from, to)}, or null when the model does not know it; found without building
     * the name, its hash computed from the parts as {@code String.hashCode} would from the whole.
     * For context generators whose features are a fixed head and a piece of the input (the
     * tokenizer's prefixes and suffixes), which would otherwise make and hash a fresh string per
     * feature.
     */
    public String canonical(String head, CharSequence text, int from, int to) {
        int h = head.hashCode();
        for (int k = from; k < to; k++) {
            h = 31 * h + text.charAt(k);
        }
        int length = head.length() + to - from;
        int i = slot(h, shift);
        long slot;
        while ((slot = slots[i]) != EMPTY) {
            if ((int) (slot >>> 32) == h) {
                String name = names[i];
                if (name.length() == length && name.startsWith(head) && matches(name, head.length(), text, from, to)) {
                    return name;
                }
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    private static boolean matches(String name, int at, CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (name.charAt(at++) != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int slotOf(String feature) {
        int h = feature.hashCode();
        int i = slot(h, shift);
        long slot;
        while ((slot = slots[i]) != EMPTY) {
            if ((int) (slot >>> 32) == h) {
                String name = names[i];
                if (name == feature || name.equals(feature)) {
                    return i;
                }
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /**
     * Adds row {@code row}'s weights to {@code sums} at its outcomes, in the order of the model's
     * {@code Context} and as {@code ArrayMath.sumFeatures} does (feature value 1); a row of -1
     * adds nothing.
     */
    public void addRow(int row, double[] sums) {
        if (row < 0) {
            return;
        }
        int b = bits;
        long numberMask = (1L << b) - 1;
        int perLong = Long.SIZE / b;
        long head = rows[row];
        int n = (int) (head & numberMask);
        head >>>= b;
        int left = perLong - 1;
        int h = row + 1;
        int w = row + ((n + perLong) >>> perLongLog);
        for (int a = 0; a < n; a++) {
            if (left == 0) {
                head = rows[h++];
                left = perLong;
            }
            sums[(int) (head & numberMask)] += Double.longBitsToDouble(rows[w + a]);
            head >>>= b;
            left--;
        }
    }

    /**
     * {@code GISModel.eval(context)} through this table: a new array of the outcomes'
     * probabilities, from {@code logPrior} ({@link #uniformLogPrior}) plus each feature's row in
     * the context's order, then {@link #toProbabilities}.
     */
    public double[] eval(String[] context, double[] logPrior) {
        double[] sums = logPrior.clone();
        for (String feature : context) {
            addRow(row(feature), sums);
        }
        toProbabilities(sums, sums.length);
        return sums;
    }

    /** The log-probabilities a GIS model's evaluation starts from: its {@code UniformPrior}'s. */
    public static double[] uniformLogPrior(MaxentModel model) {
        int n = model.getNumOutcomes();
        String[] names = new String[n];
        for (int o = 0; o < n; o++) {
            names[o] = model.getOutcome(o);
        }
        UniformPrior prior = new UniformPrior();
        prior.setLabels(names, null);
        double[] logPrior = new double[n];
        prior.logPrior(logPrior, (int[]) null);
        return logPrior;
    }

    /**
     * The last step of {@code GISModel.eval}, in its order: each of the first {@code n} sums
     * becomes its exponential, then each is divided by their total.
     */
    public static void toProbabilities(double[] sums, int n) {
        double normal = 0.0;
        for (int o = 0; o < n; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < n; o++) {
            sums[o] /= normal;
        }
    }
}
