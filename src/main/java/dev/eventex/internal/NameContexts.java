package dev.eventex.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's {@link DefaultNameContextGenerator} (the feature generators' features, then the
 * previous-outcome features {@code po=}, {@code pow=}, {@code powf=}, {@code ppo=}), the same
 * contexts in the same order, with less garbage: the beam asks for the context of every token once
 * per candidate (three times), and OpenNLP copies the generators' features into a fresh growing
 * list each time, makes the four previous-outcome strings anew and runs the token-class regex of
 * {@code powf=} again. Here the generators' features are kept per token of the current sentence,
 * when they cannot depend on the candidate (see {@link #getContext}), the outcome strings are made
 * once per outcome, and {@code pow=}/{@code powf=} once per outcome and word. The beam search takes
 * the kept features and the candidate's four apart ({@link SplitContexts}), so no context is copied
 * per candidate. When the word memos know the features' rows in the model's table
 * ({@link FeatureList}), {@link #knownRows} hands them to the beam search with the context, which
 * then looks up only the others.
 *
 * <p>Not thread-safe, as OpenNLP's: one per {@code NameFinderME}.
 */
public final class NameContexts implements NameContextGenerator, SplitContexts {

    private static final String OTHER = "other";
    /** Bounds the per-outcome strings (a model has a dozen outcomes; anything else is not kept). */
    private static final int MAX_OUTCOMES = 256;
    /** Bounds the kept {@code pow=} pairs (a few MB at most); when full they start over. */
    private static final int MAX_POW = 1 << 16;

    private final List<AdaptiveFeatureGenerator> generators = new ArrayList<>();
    /** Whether every generator's features are a function of the sentence, the index and the call's context alone. */
    private boolean candidateFree;

    private String[] tokens;
    private Object[] additional;
    private String[][] features;
    /** Per token: the rows of {@link #features} in the model's table, as far as known. */
    private int[][] rows;
    /** Reused for every token: only the kept copies are new. */
    private final FeatureList scratch = new FeatureList(96);
    private final Map<String, String> po = new HashMap<>();
    private final Map<String, String> ppo = new HashMap<>();
    /** {@code pow=} and {@code powf=} by previous outcome and word ({@link #tokenFeatures}), {@link #powSize} in all. */
    private final Map<String, Map<String, String[]>> pow = new HashMap<>();
    private int powSize;
    /** The candidate features handed out at token {@link #tailIndex} of {@link #tailSequence}, by the two previous outcomes. */
    private int tailIndex = -1;
    private Object[] tailSequence;
    private int tailCount;
    private final String[] tailPrev = new String[8];
    private final String[] tailPrevPrev = new String[8];
    private final String[][] tails = new String[8][];

    public NameContexts(AdaptiveFeatureGenerator generator) {
        // a row cache's features are kept here per token of the sentence, as it keeps them: without
        // it, a token's features are copied once, not twice, and no cache entry is made
        boolean rowCached = generator instanceof RowCachedFeatures;
        generators.add(rowCached ? ((RowCachedFeatures) generator).inner() : generator);
        candidateFree = generator.getClass() == CachedFeatureGenerator.class || rowCached;
    }

    /**
     * Adds a generator, as {@code NameFinderME} adds its additional-context window (whose features
     * depend on the additional context the beam hands to {@link #getContext}, not on the candidate).
     */
    @Override
    public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
        generators.add(generator);
        candidateFree &= WindowFeatureMemo.overAdditionalContext(generator);
        reset();
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        if (tokens != null && outcomes != null && tokens.length != outcomes.length) {
            throw new IllegalArgumentException("The tokens and outcome arrays MUST have the same size!");
        }
        for (AdaptiveFeatureGenerator g : generators) {
            g.updateAdaptiveData(tokens, outcomes);
        }
        reset();
    }

    @Override
    public void clearAdaptiveData() {
        for (AdaptiveFeatureGenerator g : generators) {
            g.clearAdaptiveData();
        }
        reset();
    }

    private void reset() {
        tokens = null;
        additional = null;
        features = null;
        rows = null;
        tailIndex = -1;
        tailSequence = null;
        tailCount = 0;
    }

    /**
     * The context of token {@code index}: {@link #sharedFeatures} then {@link #candidateFeatures}.
     * The generators' features are OpenNLP's cached ones (its {@link CachedFeatureGenerator}
     * ignores the candidate's outcomes, as here) and the additional-context window's, both fixed
     * for one sentence array and one additional-context array; with any other generator they are
     * computed anew at every call, as OpenNLP does.
     */
    @Override
    public String[] getContext(int index, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
        String[] base = generated(index, sequence, priorDecisions, additionalContext);
        if (priorDecisions == null) {
            return base.clone();
        }
        return SplitContexts.joined(base, candidateFeatures(index, sequence, priorDecisions));
    }

    /**
     * The generators' features of token {@code index}, kept for the sentence, when they cannot
     * depend on the candidate; else null.
     */
    @Override
    public String[] sharedFeatures(int index, Object[] sequence, String[] priorDecisions, Object[] additionalContext) {
        if (!candidateFree || priorDecisions == null || !(sequence instanceof String[] words)) {
            return null;
        }
        return generated(index, words, priorDecisions, additionalContext);
    }

    /**
     * OpenNLP's previous-outcome features {@code po=}, {@code pow=}, {@code powf=}, {@code ppo=}
     * of the candidate, as one array kept per token and pair of previous outcomes: the beam's
     * candidates at a token often share them.
     */
    @Override
    public String[] candidateFeatures(int index, Object[] sequence, String[] priorDecisions) {
        String prev = index > 0 ? priorDecisions[index - 1] : OTHER;
        String prevPrev = index > 1 ? priorDecisions[index - 2] : OTHER;
        if (index != tailIndex || sequence != tailSequence) {
            tailIndex = index;
            tailSequence = sequence;
            tailCount = 0;
        }
        for (int k = 0; k < tailCount; k++) {
            if (tailPrev[k].equals(prev) && tailPrevPrev[k].equals(prevPrev)) {
                return tails[k];
            }
        }
        String[] withToken = tokenFeatures((String) sequence[index], prev);
        String[] tail = {outcomeFeature(po, "po=", prev), withToken[0], withToken[1], outcomeFeature(ppo, "ppo=", prevPrev)};
        if (tailCount < tails.length) {
            tailPrev[tailCount] = prev;
            tailPrevPrev[tailCount] = prevPrev;
            tails[tailCount++] = tail;
        }
        return tail;
    }

    private String[] generated(int index, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
        if (!candidateFree) {
            return generate(index, sequence, priorDecisions);
        }
        if (sequence != tokens || additionalContext != additional) {
            reset();
            tokens = sequence;
            additional = additionalContext;
            features = new String[sequence.length][];
            rows = new int[sequence.length][];
        }
        String[] f = features[index];
        if (f == null) {
            scratch.clear();
            for (AdaptiveFeatureGenerator g : generators) {
                g.createFeatures(scratch, sequence, index, priorDecisions);
            }
            f = scratch.names();
            features[index] = f;
            rows[index] = scratch.rows();
        }
        return f;
    }

    /**
     * The rows in the model's table of the first features of token {@code index}'s context (those
     * before the previous-outcome features), {@link FeatureList#UNRESOLVED} where not known; null
     * unless {@code sequence} is the sentence whose contexts are kept.
     */
    @Override
    public int[] knownRows(int index, Object[] sequence) {
        if (!candidateFree || sequence != tokens || rows == null || index < 0 || index >= rows.length) {
            return null;
        }
        return rows[index];
    }

    private String[] generate(int index, String[] sequence, String[] priorDecisions) {
        List<String> list = new ArrayList<>(96);
        for (AdaptiveFeatureGenerator g : generators) {
            g.createFeatures(list, sequence, index, priorDecisions);
        }
        return list.toArray(new String[0]);
    }

    private static String outcomeFeature(Map<String, String> memo, String prefix, String outcome) {
        String f = memo.get(outcome);
        if (f == null) {
            f = prefix + outcome;
            if (memo.size() < MAX_OUTCOMES) {
                memo.put(outcome, f);
            }
        }
        return f;
    }

    /**
     * {@code pow=} and {@code powf=} of {@code token} after outcome {@code prev}: a function of the
     * two alone, kept by previous outcome and word across sentences and documents (OpenNLP makes
     * both strings and runs the token-class regex again for every candidate at every token).
     */
    private String[] tokenFeatures(String token, String prev) {
        Map<String, String[]> byWord = pow.get(prev);
        if (byWord == null) {
            if (pow.size() >= MAX_OUTCOMES) {
                pow.clear();
                powSize = 0;
            }
            byWord = new HashMap<>();
            pow.put(prev, byWord);
        }
        String[] f = byWord.get(token);
        if (f == null) {
            f = new String[] {"pow=" + prev + "," + token, "powf=" + prev + "," + FeatureGeneratorUtil.tokenFeature(token)};
            if (powSize >= MAX_POW) {
                for (Map<String, String[]> m : pow.values()) {
                    m.clear();
                }
                powSize = 0;
            }
            byWord.put(token, f);
            powSize++;
        }
        return f;
    }
}
