package dev.eventex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The search keeps the sums of a token's candidate-free features (those whose rows the context
 * generator knows) and starts the token's later candidates from them: for any model, any
 * contexts and any known prefix, the sequences, probabilities and scores are OpenNLP's bit for bit.
 */
class KnownPrefixSumsProperties {

    @Property(tries = 300)
    void sequencesAreOpenNlpsWhateverPrefixIsKnown(@ForAll long seed, @ForAll @IntRange(min = 2, max = 9) int outcomes,
            @ForAll @IntRange(min = 0, max = 12) int tokens, @ForAll @IntRange(min = 1, max = 4) int beam) {
        Random random = new Random(seed);
        GISModel model = SplitContextsProperties.model(random, outcomes, 40);
        BeamSearch fast = SharedPrefixBeamSearch.forModel(beam, model);
        assertThat(fast).isInstanceOf(SharedPrefixBeamSearch.class);
        String[] sentence = new String[tokens];
        for (int i = 0; i < tokens; i++) {
            sentence[i] = "w" + random.nextInt(6);
        }
        Contexts contexts = new Contexts(random.nextLong(), ((SharedPrefixBeamSearch) fast).table());
        SequenceValidator<String> any = (i, s, o, out) -> true;

        Sequence[] expected = new BeamSearch(beam, model).bestSequences(beam, sentence, null, contexts, any);
        Sequence[] actual = fast.bestSequences(beam, sentence, null, contexts, any);

        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k].getOutcomes()).isEqualTo(expected[k].getOutcomes());
            assertThat(actual[k].getProbs()).containsExactly(expected[k].getProbs());
            assertThat(actual[k].getScore()).isEqualTo(expected[k].getScore());
        }
    }

    /**
     * Per token a fixed base of features (some unknown to the model), then the previous outcome's
     * feature and sometimes one more; the rows of a random prefix of the base are known, a few of
     * them left unresolved.
     */
    private static final class Contexts implements BeamSearchContextGenerator<String>, KnownRows {
        private final long seed;
        private final FeatureTable table;

        Contexts(long seed, FeatureTable table) {
            this.seed = seed;
            this.table = table;
        }

        private String[] base(int index) {
            Random r = new Random(seed + index);
            String[] base = new String[r.nextInt(8)];
            for (int f = 0; f < base.length; f++) {
                base[f] = r.nextInt(10) == 0 ? "unseen" + f : "f" + r.nextInt(40);
            }
            return base;
        }

        @Override
        public String[] getContext(int index, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
            String[] base = base(index);
            String prev = index > 0 ? priorDecisions[index - 1] : "o0";
            boolean more = (prev.hashCode() + index) % 3 == 0;
            String[] context = java.util.Arrays.copyOf(base, base.length + (more ? 2 : 1));
            context[base.length] = "po=" + prev;
            if (more) {
                context[base.length + 1] = "f" + (index % 40);
            }
            return context;
        }

        @Override
        public int[] knownRows(int index, Object[] sequence) {
            Random r = new Random(seed * 31 + index);
            String[] base = base(index);
            int[] rows = new int[r.nextInt(base.length + 1)];
            for (int f = 0; f < rows.length; f++) {
                rows[f] = r.nextInt(5) == 0 ? FeatureList.UNRESOLVED : table.row(base[f]);
            }
            return rows;
        }
    }
}
