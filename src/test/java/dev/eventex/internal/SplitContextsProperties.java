package dev.eventex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * A context generator that hands out a token's shared features and a candidate's own apart
 * ({@link SplitContexts}) gets from the search exactly what OpenNLP's search gives over the
 * joined contexts: for any model, any shared features (some unknown to the model, some rows
 * known, some not), any candidate features (equal between candidates or not, in part or whole),
 * the sequences, probabilities and scores are the same bit for bit.
 */
class SplitContextsProperties {

    @Property(tries = 400)
    void sequencesAreOpenNlpsOverTheJoinedContexts(@ForAll long seed, @ForAll @IntRange(min = 2, max = 9) int outcomes,
            @ForAll @IntRange(min = 0, max = 14) int tokens, @ForAll @IntRange(min = 1, max = 4) int beam) {
        Random random = new Random(seed);
        GISModel model = model(random, outcomes, 40);
        BeamSearch fast = SharedPrefixBeamSearch.forModel(beam, model);
        assertThat(fast).isInstanceOf(SharedPrefixBeamSearch.class);
        String[] sentence = new String[tokens];
        for (int i = 0; i < tokens; i++) {
            sentence[i] = "w" + random.nextInt(6);
        }
        Split split = new Split(random.nextLong(), ((SharedPrefixBeamSearch) fast).table());
        SequenceValidator<String> any = (i, s, o, out) -> true;

        Sequence[] expected = new BeamSearch(beam, model).bestSequences(beam, sentence, null, split, any);
        Sequence[] actual = fast.bestSequences(beam, sentence, null, split, any);

        boolean anyApart = java.util.stream.IntStream.range(0, tokens).anyMatch(split::apart);
        assertThat(split.splitCalls > 0).as("the search took the split parts").isEqualTo(anyApart);
        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k].getOutcomes()).isEqualTo(expected[k].getOutcomes());
            assertThat(actual[k].getProbs()).containsExactly(expected[k].getProbs());
            assertThat(actual[k].getScore()).isEqualTo(expected[k].getScore());
        }
    }

    /** A GIS model over features f0..f(n-1) and po=o0..po=o(k-1), each with weights for some outcomes. */
    static GISModel model(Random random, int outcomes, int features) {
        List<String> names = new ArrayList<>();
        for (int f = 0; f < features; f++) {
            names.add("f" + f);
        }
        for (int o = 0; o < outcomes; o++) {
            names.add("po=o" + o);
        }
        Context[] params = new Context[names.size()];
        for (int p = 0; p < params.length; p++) {
            int n = 1 + random.nextInt(outcomes);
            int[] which = random.ints(0, outcomes).distinct().limit(n).toArray();
            double[] weights = random.doubles(which.length, -3, 3).toArray();
            params[p] = new Context(which, weights);
        }
        String[] outcomeNames = new String[outcomes];
        for (int o = 0; o < outcomes; o++) {
            outcomeNames[o] = "o" + o;
        }
        return new GISModel(params, names.toArray(String[]::new), outcomeNames);
    }

    /**
     * Per token a fixed array of shared features (kept, handed out as the same instance); a
     * candidate's own features: its previous outcome's, sometimes a model feature, sometimes an
     * unknown one. Some tokens' shared features are not told apart (null), so the search also
     * mixes both ways within a sentence. Rows of a random prefix of the shared features are known.
     */
    private static final class Split implements BeamSearchContextGenerator<String>, SplitContexts {
        private final long seed;
        private final FeatureTable table;
        private final String[][] kept = new String[64][];
        int splitCalls;

        Split(long seed, FeatureTable table) {
            this.seed = seed;
            this.table = table;
        }

        private String[] shared(int index) {
            if (kept[index] == null) {
                Random r = new Random(seed + index);
                String[] base = new String[r.nextInt(8)];
                for (int f = 0; f < base.length; f++) {
                    base[f] = r.nextInt(10) == 0 ? "unseen" + f : "f" + r.nextInt(40);
                }
                kept[index] = base;
            }
            return kept[index];
        }

        boolean apart(int index) {
            return new Random(seed * 7 + index).nextInt(5) != 0;
        }

        @Override
        public String[] getContext(int index, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
            return SplitContexts.joined(shared(index), candidateFeatures(index, sequence, priorDecisions));
        }

        @Override
        public String[] sharedFeatures(int index, Object[] sequence, String[] priorDecisions, Object[] additionalContext) {
            if (!apart(index)) {
                return null;
            }
            splitCalls++;
            return shared(index);
        }

        @Override
        public String[] candidateFeatures(int index, Object[] sequence, String[] priorDecisions) {
            String prev = index > 0 ? priorDecisions[index - 1] : "o0";
            int kind = Math.floorMod(prev.hashCode() + index, 4);
            return switch (kind) {
                case 0 -> new String[] {"po=" + prev};
                case 1 -> new String[] {"po=" + prev, "f" + (index % 40)};
                case 2 -> new String[] {"f" + (index % 40), "unseen-own", "po=" + prev};
                default -> new String[0];
            };
        }

        @Override
        public int[] knownRows(int index, Object[] sequence) {
            Random r = new Random(seed * 31 + index);
            String[] base = shared(index);
            int[] rows = new int[r.nextInt(base.length + 1)];
            for (int f = 0; f < rows.length; f++) {
                rows[f] = r.nextInt(5) == 0 ? FeatureList.UNRESOLVED : table.row(base[f]);
            }
            return rows;
        }
    }
}
