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
 * is the table's own instance, so it matches by identity without comparing characters; a row's
 * outcomes and weights are interleaved in one array, so that a row is one run of memory.
 * {@link #addRow} adds a row in the order of
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
     * The rows: at a row's start offset its length n, then n pairs of an outcome index (a small
     * whole number, exact as a double) and its weight.
     */
    private final double[] rows;
    private final int size;

    private FeatureTable(long[] slots, String[] names, double[] rows, int size) {
        this.slots = slots;
        this.names = names;
        this.mask = slots.length - 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(slots.length);
        this.rows = rows;
        this.size = size;
    }

    /** The table of a model's feature map (a {@code GISModel}'s {@code getDataStructures()[1]}). */
    public static FeatureTable of(Map<String, Context> predicates) {
        int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1;
        long cells = predicates.size();
        for (Context c : predicates.values()) {
            cells += 2L * c.getOutcomes().length;
        }
        if (cells >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("model too large for a feature table: " + cells + " parameters");
        }
        long[] slots = new long[capacity];
        String[] names = new String[capacity];
        double[] rows = new double[(int) cells];
        int mask = capacity - 1;
        int shift = 32 - Integer.numberOfTrailingZeros(capacity);
        int next = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            String name = e.getKey();
            int[] active = e.getValue().getOutcomes();
            double[] params = e.getValue().getParameters();
            int start = next;
            rows[start] = active.length;
            for (int a = 0; a < active.length; a++) {
                rows[start + 1 + 2 * a] = active[a];
                rows[start + 2 + 2 * a] = params[a];
            }
            next += 2 * active.length + 1;
            int h = name.hashCode();
            int i = slot(h, shift);
            while (slots[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            slots[i] = ((long) h << 32) | (start + 1L);
            names[i] = name;
        }
        return new FeatureTable(slots, names, rows, predicates.size());
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
        int end = row + 1 + 2 * (int) rows[row];
        for (int k = row + 1; k < end; k += 2) {
            sums[(int) rows[k]] += rows[k + 1] * 1.0;
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
