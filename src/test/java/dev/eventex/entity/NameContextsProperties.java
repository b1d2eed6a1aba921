package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.internal.ModelSource;
import dev.eventex.internal.SplitContexts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;

/**
 * Over invented sentences (invented names, function words, numbers, punctuation, odd scripts and
 * shapes), read one after another with the adaptive data of each sentence's outcomes, and any
 * candidate outcomes: the packaged name model's context generator gives OpenNLP's contexts, feature
 * for feature, whole and as the shared and own parts the beam search takes apart. A changed
 * feature string would change the model's scores, so this is what keeps the names the same.
 */
class NameContextsProperties {

    /** The packaged model, loaded once for all tries (read-only). */
    private static final class Loaded {
        static final NameModel MODEL = NameModel.load(ModelSource.classpath());
    }

    private static final String[] WORDS = {"Velmora", "Minister", "Tarn", "Osk", "visited", "the", "of", "on", "Monday",
        "Country", "A", "B", "President", "Ilvar", "Dresk", "-", ",", ".", "'s", "\"", "(", ")", "UN", "VMR", "2026", "1.5",
        "$", "%", "Ministry", "Foreign", "Affairs", "met", "talks", "in", "and", "said", "Ostrava-Lenn", "mixed-Case_42",
        "ÀÉÎ", "İZMİR", "ΣΟΦΙΑ", "Ǆemal", "\uD801\uDC00X", "a\uD800b", "", "North", "Kelvar", "Bay", "Dr.", "Mr", "U.S.",
        "e-mail", "11:30", "x", "McArn", "O'Dell", "de", "la", "Vries", "Secretary-General"};

    private static final String[] OUTCOMES = {"other", "person-start", "person-cont", "location-start", "location-cont",
        "organization-start", "organization-cont"};

    @Property(tries = 60)
    void contextsAreOpenNlpsOnInventedSentences(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int sentences) {
        Random random = new Random(seed);
        TokenNameFinderFactory factory = Loaded.MODEL.model().getFactory();
        List<NameContextGenerator> pair = NameModelContextTest.memoizedAndPlain(factory);
        NameContextGenerator memoized = pair.get(0);
        NameContextGenerator plain = pair.get(1);
        String[][] noAdditional = new String[0][0];
        assertThat(memoized).isInstanceOf(SplitContexts.class);
        for (int s = 0; s < sentences; s++) {
            String[] tokens = new String[random.nextInt(40)];
            for (int i = 0; i < tokens.length; i++) {
                // new instances, as each document's tokens are
                tokens[i] = new String(WORDS[random.nextInt(WORDS.length)]);
            }
            String[] outcomes = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                for (int c = 0; c < 1 + random.nextInt(4); c++) {
                    String[] candidate = new String[i];
                    for (int k = 0; k < i; k++) {
                        candidate[k] = random.nextInt(3) == 0 ? OUTCOMES[random.nextInt(OUTCOMES.length)] : outcomes[k];
                    }
                    String[] expected = plain.getContext(i, tokens, candidate, noAdditional);
                    assertThat(memoized.getContext(i, tokens, candidate, noAdditional))
                            .as("token %d of %s after %s", i, Arrays.toString(tokens), Arrays.toString(candidate))
                            .containsExactly(expected);
                    assertThat(NameModelContextTest.joined((SplitContexts) memoized, i, tokens, candidate, noAdditional))
                            .as("parts of token %d of %s after %s", i, Arrays.toString(tokens), Arrays.toString(candidate))
                            .containsExactly(expected);
                }
                outcomes[i] = OUTCOMES[random.nextInt(OUTCOMES.length)];
            }
            memoized.updateAdaptiveData(tokens, outcomes);
            plain.updateAdaptiveData(tokens, outcomes);
        }
    }

    @Property(tries = 200)
    void keptValidatorAnswersAsOpenNlps(@ForAll long seed) {
        Random random = new Random(seed);
        var ours = Loaded.MODEL.model().getFactory().createSequenceCodec().createSequenceValidator();
        var theirs = new opennlp.tools.namefind.NameFinderSequenceValidator();
        List<String> outcomes = new ArrayList<>(List.of(OUTCOMES));
        outcomes.addAll(List.of("start", "cont", "misc-cont", "misc-start", "person-other"));
        assertThat(ours).isInstanceOf(dev.eventex.internal.NameOutcomeValidator.class);
        String[] input = {"Velmora"};
        for (int n = 0; n < 50; n++) {
            String[] previous = new String[random.nextInt(4)];
            for (int k = 0; k < previous.length; k++) {
                previous[k] = new String(outcomes.get(random.nextInt(outcomes.size())));
            }
            String outcome = outcomes.get(random.nextInt(outcomes.size()));
            assertThat(ours.validSequence(previous.length, input, previous, outcome))
                    .as("%s after %s", outcome, Arrays.toString(previous))
                    .isEqualTo(theirs.validSequence(previous.length, input, previous, outcome));
        }
    }
}
