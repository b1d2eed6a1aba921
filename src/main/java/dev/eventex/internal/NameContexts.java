package dev.eventex.internal;

import java.util.ArrayList;
import java.util.Arrays;
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
 * when they cannot depend on the candidate (see {@link #getContext}), the token class is computed
 * once per token and the outcome strings once per outcome. When the word memos know the features'
 * rows in the model's table ({@link FeatureList}), {@link #knownRows} hands them to the beam
 * search with the context, which then looks up only the others.
 *
 * <p>Not thread-safe, as OpenNLP's: one per {@code NameFinderME}.
 */
public final class NameContexts implements NameContextGenerator, KnownRows {

    private static final String OTHER = "other";
    /** Bounds the per-outcome strings (a model has a dozen outcomes; anything else is not kept). */
    private static final int MAX_OUTCOMES = 256;

    private final List<AdaptiveFeatureGenerator> generators = new ArrayList<>();
    /** Whether every generator's features are a function of the sentence, the index and the call's context alone. */
    private boolean candidateFree;

    private String[] tokens;
    private Object[] additional;
    private String[][] features;
    /** Per token: the rows of {@link #features} in the model's table, as far as known. */
    private int[][] rows;
    private String[] tokenClass;
    /** Reused for every token: only the kept copies are new. */
    private final FeatureList scratch = new FeatureList(96);
    private final Map<String, String> po = new HashMap<>();
    private final Map<String, String> ppo = new HashMap<>();
    /** The {@code pow=} and {@code powf=} features of the last token asked for, by previous outcome. */
    private int lastIndex = -1;
    private final Map<String, String[]> pow = new HashMap<>();

    public NameContexts(AdaptiveFeatureGenerator generator) {
        generators.add(generator);
        candidateFree = generator.getClass() == CachedFeatureGenerator.class || generator instanceof RowCachedFeatures;
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
        tokenClass = null;
        lastIndex = -1;
        pow.clear();
    }

    /**
     * The context of token {@code index}. The generators' features are OpenNLP's cached ones (its
     * {@link CachedFeatureGenerator} ignores the candidate's outcomes, as here) and the
     * additional-context window's, both fixed for one sentence array and one additional-context
     * array; with any other generator they are computed anew at every call, as OpenNLP does.
     */
    @Override
    public String[] getContext(int index, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
        String[] base = generated(index, sequence, priorDecisions, additionalContext);
        if (priorDecisions == null) {
            return base.clone();
        }
        String prev = index > 0 ? priorDecisions[index - 1] : OTHER;
        String prevPrev = index > 1 ? priorDecisions[index - 2] : OTHER;
        String[] context = Arrays.copyOf(base, base.length + 4);
        int n = base.length;
        context[n] = outcomeFeature(po, "po=", prev);
        String[] withToken = tokenFeatures(index, sequence, prev);
        context[n + 1] = withToken[0];
        context[n + 2] = withToken[1];
        context[n + 3] = outcomeFeature(ppo, "ppo=", prevPrev);
        return context;
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
            tokenClass = new String[sequence.length];
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

    /** {@code pow=} and {@code powf=} of the token at {@code index} after outcome {@code prev}. */
    private String[] tokenFeatures(int index, String[] sequence, String prev) {
        boolean memo = candidateFree && sequence == tokens;
        if (memo && index != lastIndex) {
            lastIndex = index;
            pow.clear();
        }
        String[] f = memo ? pow.get(prev) : null;
        if (f == null) {
            String token = sequence[index];
            String cls;
            if (memo) {
                cls = tokenClass[index];
                if (cls == null) {
                    cls = FeatureGeneratorUtil.tokenFeature(token);
                    tokenClass[index] = cls;
                }
            } else {
                cls = FeatureGeneratorUtil.tokenFeature(token);
            }
            f = new String[] {"pow=" + prev + "," + token, "powf=" + prev + "," + cls};
            if (memo && pow.size() < MAX_OUTCOMES) {
                pow.put(prev, f);
            }
        }
        return f;
    }
}
