package dev.eventex.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search (as in opennlp-tools 2.5) over a maxent (GIS) model, giving the same
 * sequences, scores and probabilities bit for bit, with less work per token.
 *
 * <p>Why: the beam evaluates the model once per kept candidate at every token (three times with
 * the default beam), and the contexts of those candidates are the same feature list up to the
 * few features of the previous outcomes that the name finder appends (the POS tagger's contexts
 * are often equal outright, its feature cache ignoring the candidate). The feature look-ups and
 * the sums were a quarter of the pipeline's CPU. Here the first context at a token is looked up
 * once; a later context at the same token reuses the parameters of the prefix it shares (an equal
 * context, its probabilities, computed once) and looks up only its own tail. Features are looked
 * up in the model's {@link FeatureTable} (flat arrays, names matched by identity when the feature
 * memos hand out the table's own instances) instead of its {@code HashMap}. The additions happen
 * in the same order as in {@code GISModel.eval}, so every double is the same.
 * The candidate chain is kept as linked nodes rather than OpenNLP's list copies, with the same
 * ordering and the same score accumulation.
 *
 * <p>Thread-safe (unlike OpenNLP's, whose probability buffer is shared): the memo lives in the
 * call, so one instance can sit in a shared model. {@link #forModel} falls back to OpenNLP's own search for models other
 * than GIS maxent, or when a probe evaluation differs from the model's.
 */
public final class SharedPrefixBeamSearch extends BeamSearch {

    private static final Object[] NO_CONTEXT = new Object[0];
    private static final String[] NO_OUTCOMES = new String[0];
    /** OpenNLP's floor for a sequence score. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final int beam;
    private final MaxentModel maxent;
    private final FeatureTable features;
    private final int outcomes;
    private final double[] logPrior;

    /**
     * The memo of one search at its current token: the first context, its features' parameters
     * and its probabilities.
     */
    private static final class Memo {
        int token = -1;
        String[] context = new String[0];
        /** In a split evaluation ({@link SplitContexts}): the token's shared features, else null. */
        String[] shared;
        /** In a split evaluation: the first candidate's own features at the token. */
        String[] tail;
        int[] rows = new int[64];
        final double[] probs;
        final double[] firstProbs;
        /** How many of the first context's features {@link #prefixSums} holds (0: none). */
        int prefixLength;
        /** The prior plus the rows of the first context's first {@link #prefixLength} features, added in order. */
        final double[] prefixSums;
        /** Scratch of {@link #kthLargest}: one pair of arrays per search instead of per candidate. */
        final double[] kthBest;
        final long[] kthKeys;

        Memo(int outcomes, int beam) {
            probs = new double[outcomes];
            firstProbs = new double[outcomes];
            prefixSums = new double[outcomes];
            kthBest = new double[beam];
            kthKeys = new long[beam];
        }
    }

    private SharedPrefixBeamSearch(int size, GISModel model, FeatureTable features) {
        super(size, model);
        this.beam = size;
        this.maxent = model;
        this.features = features;
        this.outcomes = model.getNumOutcomes();
        this.logPrior = FeatureTable.uniformLogPrior(model);
    }

    /**
     * This search for a GIS model, or OpenNLP's {@link BeamSearch} when the model is of another
     * kind or does not evaluate as this class assumes (checked on a few of its own features).
     */
    public static BeamSearch forModel(int size, MaxentModel model) {
        return forModel(size, model, tableOf(model));
    }

    /**
     * As {@link #forModel(int, MaxentModel)} with the model's {@link #tableOf table}, made once and
     * shared with the feature generators that hand out its {@link FeatureTable#canonical names}.
     */
    public static BeamSearch forModel(int size, MaxentModel model, FeatureTable table) {
        if (model instanceof GISModel gis && table != null) {
            SharedPrefixBeamSearch fast = new SharedPrefixBeamSearch(size, gis, table);
            if (fast.agreesWith(gis)) {
                return fast;
            }
        }
        return new BeamSearch(size, model);
    }

    /** The model's feature table this search evaluates through (shared, immutable). */
    public FeatureTable table() {
        return features;
    }

    /** The feature table of a GIS maxent model, or null for a model of another kind. */
    @SuppressWarnings("unchecked")
    public static FeatureTable tableOf(Object model) {
        if (model instanceof GISModel gis && gis.getDataStructures()[1] instanceof Map<?, ?> predicates) {
            return FeatureTable.of((Map<String, Context>) predicates);
        }
        return null;
    }

    /**
     * In place of the {@link BeamSearch} a model package built for its {@code artifact}: this
     * search when the package built OpenNLP's plain search over a maxent model, else what it
     * built. {@code beamSize} is the package's manifest entry (null: {@code defaultBeam}).
     */
    public static SequenceClassificationModel replacing(SequenceClassificationModel built, Object artifact,
            String beamSize, int defaultBeam) {
        return replacing(built, artifact, beamSize, defaultBeam, tableOf(artifact));
    }

    /** As {@link #replacing(SequenceClassificationModel, Object, String, int)} with the artifact's table, made once. */
    public static SequenceClassificationModel replacing(SequenceClassificationModel built, Object artifact,
            String beamSize, int defaultBeam, FeatureTable table) {
        if (built == null || built.getClass() != BeamSearch.class || !(artifact instanceof MaxentModel model)) {
            return built;
        }
        BeamSearch search = forModel(beamSize == null ? defaultBeam : Integer.parseInt(beamSize.trim()), model, table);
        return search instanceof SharedPrefixBeamSearch ? search : built;
    }

    /**
     * Evaluates contexts made of the model's own features both ways, among them two at one token
     * that share a prefix; any difference disables this search.
     */
    private boolean agreesWith(GISModel gis) {
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) gis.getDataStructures()[1];
        if (predicates.size() != features.size()) {
            return false;
        }
        String[] some = predicates.keySet().stream().limit(24).toArray(String[]::new);
        String[] other = some.clone();
        if (other.length > 2) {
            other[other.length - 1] = "\u0000unseen";
            other[other.length - 2] = some[0];
        }
        String[][][] tokens = {{{}}, {some, other, some}, {{"\u0000unseen"}}, {Arrays.copyOf(some, Math.min(3, some.length))}};
        for (String[][] token : tokens) {
            Memo memo = new Memo(outcomes, beam);
            for (String[] probe : token) {
                if (!Arrays.equals(eval(memo, 0, probe, null), gis.eval(probe))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A candidate: its last outcome and the chain before it. */
    private static final class Node implements Comparable<Node> {
        final Node parent;
        final String outcome;
        final double prob;
        final double score;
        final int size;

        Node() {
            this(null, null, 0, 0, 0);
        }

        Node(Node parent, String outcome, double prob) {
            this(parent, outcome, prob, parent.score + StrictMath.log(prob), parent.size + 1);
        }

        private Node(Node parent, String outcome, double prob, double score, int size) {
            this.parent = parent;
            this.outcome = outcome;
            this.prob = prob;
            this.score = score;
            this.size = size;
        }

        /**
         * The chain's outcomes, first to last. The empty chain returns before the loop: C2
         * speculates that a count-down loop is entered and traps (and recompiles its caller) the
         * first time it is not, and the root candidate is met at every sentence's first token.
         */
        String[] outcomes() {
            if (size == 0) {
                return NO_OUTCOMES;
            }
            String[] out = new String[size];
            Node n = this;
            for (int k = 0; k < size; k++) {
                out[size - 1 - k] = n.outcome;
                n = n.parent;
            }
            return out;
        }

        /** The chain's probabilities, first to last (as {@link #outcomes}, no count-down loop). */
        double[] probs() {
            double[] out = new double[size];
            Node n = this;
            for (int k = 0; k < size; k++) {
                out[size - 1 - k] = n.prob;
                n = n.parent;
            }
            return out;
        }

        /** Descending score, as {@link Sequence#compareTo}. */
        @Override
        public int compareTo(Node other) {
            return Double.compare(other.score, score);
        }
    }

    /**
     * OpenNLP's search, split in small methods on purpose: the per-token {@link #step} (with the
     * context generators it calls) is invoked often enough to be compiled on its own early, so the
     * per-sentence loop here does not inline it again, a rare trap in one throws away only that
     * one, and no loop over outcomes or winners makes this method a hot on-stack-replacement target.
     */
    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
            double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        Queue<Node> prev = new PriorityQueue<>(beam);
        Queue<Node> next = new PriorityQueue<>(beam);
        prev.add(new Node());
        Object[] extra = additionalContext == null ? NO_CONTEXT : additionalContext;
        Memo memo = new Memo(outcomes, beam);
        for (int i = 0; i < sequence.length; i++) {
            step(i, sequence, extra, minSequenceScore, cg, validator, memo, prev, next);
            prev.clear();
            Queue<Node> tmp = prev;
            prev = next;
            next = tmp;
        }
        return winners(Math.min(numSequences, prev.size()), prev);
    }

    /** Token {@code i}: each kept candidate of {@code prev} extended into {@code next}. */
    private <T> void step(int i, T[] sequence, Object[] extra, double minSequenceScore, BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator, Memo memo, Queue<Node> prev, Queue<Node> next) {
        int sz = Math.min(beam, prev.size());
        for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
            Node top = prev.remove();
            String[] outs = top.outcomes();
            if (cg instanceof SplitContexts split) {
                String[] shared = split.sharedFeatures(i, sequence, outs, extra);
                if (shared != null) {
                    String[] own = split.candidateFeatures(i, sequence, outs);
                    int[] known = memo.token != i || memo.shared != shared ? split.knownRows(i, sequence) : null;
                    extendBest(top, i, sequence, outs, evalSplit(memo, i, shared, own, known), memo, minSequenceScore, validator,
                            next);
                    continue;
                }
            }
            String[] context = cg.getContext(i, sequence, outs, extra);
            int[] known = memo.token != i && cg instanceof KnownRows k ? k.knownRows(i, sequence) : null;
            extendBest(top, i, sequence, outs, eval(memo, i, context, known), memo, minSequenceScore, validator, next);
        }
    }

    /** OpenNLP's extension of one candidate: its best outcomes, or all of them when none is valid yet. */
    private <T> void extendBest(Node top, int i, T[] sequence, String[] outs, double[] scores, Memo memo,
            double minSequenceScore, SequenceValidator<T> validator, Queue<Node> next) {
        double min = kthLargest(scores, beam, memo.kthBest, memo.kthKeys);
        for (int p = 0; p < scores.length; p++) {
            if (scores[p] >= min) {
                extend(top, i, sequence, outs, p, scores[p], minSequenceScore, validator, next);
            }
        }
        if (next.isEmpty()) {
            for (int p = 0; p < scores.length; p++) {
                extend(top, i, sequence, outs, p, scores[p], minSequenceScore, validator, next);
            }
        }
    }

    /** The best {@code count} candidates as OpenNLP's sequences. */
    private static Sequence[] winners(int count, Queue<Node> last) {
        Sequence[] top = new Sequence[count];
        for (int k = 0; k < count; k++) {
            Node winner = last.remove();
            String[] outs = winner.outcomes();
            double[] ps = winner.probs();
            // Sequence.add sums StrictMath.log(p) in chain order: the same score as the node's
            Sequence seq = new Sequence();
            for (int j = 0; j < outs.length; j++) {
                seq.add(outs[j], ps[j]);
            }
            top[k] = seq;
        }
        return top;
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
            BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return bestSequences(numSequences, sequence, additionalContext, MIN_SEQUENCE_SCORE, cg, validator);
    }

    private <T> void extend(Node top, int i, T[] sequence, String[] outs, int p, double prob, double minScore,
            SequenceValidator<T> validator, Queue<Node> next) {
        String out = maxent.getOutcome(p);
        if (validator.validSequence(i, sequence, outs, out)) {
            Node n = new Node(top, out, prob);
            if (n.score > minScore) {
                next.add(n);
            }
        }
    }

    /**
     * The value OpenNLP reads from the sorted copy of the scores at {@code length - k} (the
     * smallest when fewer than k): the k-th largest, ties counted, in {@link Double#compare} order
     * as {@code Arrays.sort} uses. Compared by {@link #order} keys, not {@code Double.compare}:
     * inlined here, that method's shared profile had never seen a tie, and the first tie (common
     * among a lemmatizer's hundreds of near-zero scores) trapped and threw away the compiled caller.
     */
    static double kthLargest(double[] scores, int k) {
        return kthLargest(scores, k, new double[k], new long[k]);
    }

    /** {@link #kthLargest(double[], int)} with scratch arrays of at least {@code k} elements (their contents do not matter). */
    static double kthLargest(double[] scores, int k, double[] best, long[] keys) {
        if (scores.length <= k) {
            double least = scores[0];
            long leastKey = order(least);
            for (double s : scores) {
                long key = order(s);
                if (key < leastKey) {
                    least = s;
                    leastKey = key;
                }
            }
            return least;
        }
        // best: descending
        int filled = 0;
        for (double s : scores) {
            long key = order(s);
            if (filled == k && key <= keys[k - 1]) {
                continue;
            }
            int at = filled < k ? filled++ : k - 1;
            while (at > 0 && keys[at - 1] < key) {
                best[at] = best[at - 1];
                keys[at] = keys[at - 1];
                at--;
            }
            best[at] = s;
            keys[at] = key;
        }
        return best[k - 1];
    }

    /**
     * A key whose signed order is {@link Double#compare}'s: the bits of {@link Double#doubleToLongBits}
     * (one NaN), those of negative numbers flipped below the sign, so -0.0 sorts below 0.0 and NaN
     * above infinity.
     */
    static long order(double d) {
        long bits = Double.doubleToLongBits(d);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /**
     * {@code GISModel.eval(context, probs)} for the context of token {@code token}, reusing what
     * the token's first context looked up for the prefix this one shares with it. {@code known}:
     * rows of the first context's first features as its generator resolved them (or null).
     */
    private double[] eval(Memo memo, int token, String[] context, int[] known) {
        int n = outcomes;
        double[] probs = memo.probs;
        boolean firstAtToken = token != memo.token || memo.shared != null;
        System.arraycopy(logPrior, 0, probs, 0, n);
        if (firstAtToken) {
            memo.token = token;
            memo.context = context;
            memo.shared = null;
            if (memo.rows.length < context.length) {
                memo.rows = new int[Math.max(context.length, memo.rows.length * 2)];
            }
            // two loops, not one with a branch on the position: C2 hoisted the branch's profile out of the loop and trapped
            int knownUpTo = known == null ? 0 : Math.min(known.length, context.length);
            int[] rows = memo.rows;
            for (int f = 0; f < knownUpTo; f++) {
                int row = known[f] != FeatureList.UNRESOLVED ? known[f] : features.row(context[f]);
                rows[f] = row;
                features.addRow(row, probs);
            }
            // the known features are the candidate-free part every later context at this token starts with
            memo.prefixLength = knownUpTo;
            if (knownUpTo > 0) {
                System.arraycopy(probs, 0, memo.prefixSums, 0, n);
            }
            for (int f = knownUpTo; f < context.length; f++) {
                int row = features.row(context[f]);
                rows[f] = row;
                features.addRow(row, probs);
            }
        } else {
            String[] first = memo.context;
            int limit = Math.min(first.length, context.length);
            int shared = 0;
            while (shared < limit && (first[shared] == context[shared] || first[shared].equals(context[shared]))) {
                shared++;
            }
            if (shared == first.length && shared == context.length) {
                // the same context (the POS tagger's candidates): the same probabilities, without exp again
                System.arraycopy(memo.firstProbs, 0, probs, 0, n);
                return probs;
            } else {
                // the sums of the candidate-free prefix were kept: the same doubles as adding its rows again in order
                int from = 0;
                if (memo.prefixLength > 0 && shared >= memo.prefixLength) {
                    System.arraycopy(memo.prefixSums, 0, probs, 0, n);
                    from = memo.prefixLength;
                }
                // the parameters of the rest of the shared prefix are known: added again (cache-warm) in the same order
                for (int f = from; f < shared; f++) {
                    features.addRow(memo.rows[f], probs);
                }
                for (int f = shared; f < context.length; f++) {
                    features.addRow(f < first.length && first[f].equals(context[f]) ? memo.rows[f] : features.row(context[f]), probs);
                }
            }
        }
        FeatureTable.toProbabilities(probs, n);
        if (firstAtToken) {
            System.arraycopy(probs, 0, memo.firstProbs, 0, n);
        }
        return probs;
    }

    /**
     * {@link #eval} for the context {@code shared} followed by {@code own} (a {@link SplitContexts}
     * generator's two parts), without joining them: the token's first candidate adds the shared
     * features' rows and keeps their sums, a later one starts from those sums and adds only its
     * own features, the same additions in the same order as {@link #eval} of the joined context.
     */
    private double[] evalSplit(Memo memo, int token, String[] shared, String[] own, int[] known) {
        int n = outcomes;
        double[] probs = memo.probs;
        int base = shared.length;
        if (token != memo.token || memo.shared != shared) {
            System.arraycopy(logPrior, 0, probs, 0, n);
            memo.token = token;
            memo.shared = shared;
            memo.tail = own;
            if (memo.rows.length < base + own.length) {
                memo.rows = new int[Math.max(base + own.length, memo.rows.length * 2)];
            }
            int[] rows = memo.rows;
            int knownUpTo = known == null ? 0 : Math.min(known.length, base);
            for (int f = 0; f < knownUpTo; f++) {
                int row = known[f] != FeatureList.UNRESOLVED ? known[f] : features.row(shared[f]);
                rows[f] = row;
                features.addRow(row, probs);
            }
            for (int f = knownUpTo; f < base; f++) {
                int row = features.row(shared[f]);
                rows[f] = row;
                features.addRow(row, probs);
            }
            memo.prefixLength = base;
            System.arraycopy(probs, 0, memo.prefixSums, 0, n);
            for (int f = 0; f < own.length; f++) {
                int row = features.row(own[f]);
                rows[base + f] = row;
                features.addRow(row, probs);
            }
            FeatureTable.toProbabilities(probs, n);
            System.arraycopy(probs, 0, memo.firstProbs, 0, n);
            return probs;
        }
        String[] first = memo.tail;
        if (own == first || Arrays.equals(own, first)) {
            // the same context: the same probabilities, without exp again
            System.arraycopy(memo.firstProbs, 0, probs, 0, n);
            return probs;
        }
        System.arraycopy(memo.prefixSums, 0, probs, 0, n);
        for (int f = 0; f < own.length; f++) {
            features.addRow(f < first.length && first[f].equals(own[f]) ? memo.rows[base + f] : features.row(own[f]), probs);
        }
        FeatureTable.toProbabilities(probs, n);
        return probs;
    }
}
