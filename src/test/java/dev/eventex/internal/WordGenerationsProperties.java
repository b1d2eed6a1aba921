package dev.eventex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The word memos past their bound: whatever the words and the bound, every value handed out is
 * the one made for that word, the memos of one numbering agree, and a word met again in the
 * generation after a start-over keeps its value instead of having it made again.
 */
class WordGenerationsProperties {

    @Property(tries = 300)
    void everyValueIsTheOneMadeForItsWord(@ForAll("sentences") List<String[]> sentences,
                                          @ForAll @IntRange(min = 1, max = 12) int capacity) {
        WordFeatureMemo.Words words = new WordFeatureMemo.Words(capacity);
        WordFeatureMemo.ByWord<String> upper = new WordFeatureMemo.ByWord<>(words);
        WordFeatureMemo.ByWord<Integer> length = new WordFeatureMemo.ByWord<>(words);
        for (String[] sentence : sentences) {
            for (int i = 0; i < sentence.length; i++) {
                // a fresh string each time: equal by value, never by identity
                assertThat(upper.get(sentence, i, w -> new String(w.toUpperCase()))).isEqualTo(sentence[i].toUpperCase());
                if (i % 2 == 0) { // a memo that skips tokens, and so whole generations
                    assertThat(length.get(sentence, i, String::length)).isEqualTo(sentence[i].length());
                }
            }
            words.forgetSentence();
        }
    }

    @Property(tries = 300)
    void aWordMetInConsecutiveGenerationsIsMadeOncePerRunOfThem(@ForAll("sentences") List<String[]> sentences,
                                                                 @ForAll @IntRange(min = 1, max = 12) int capacity) {
        WordFeatureMemo.Words words = new WordFeatureMemo.Words(capacity);
        WordFeatureMemo.ByWord<String> memo = new WordFeatureMemo.ByWord<>(words);
        Map<String, Integer> made = new HashMap<>();
        Map<String, Integer> lastGeneration = new HashMap<>();
        for (String[] sentence : sentences) {
            for (int i = 0; i < sentence.length; i++) {
                String word = sentence[i];
                int before = made.getOrDefault(word, 0);
                memo.get(sentence, i, w -> {
                    made.merge(w, 1, Integer::sum);
                    return w;
                });
                Integer last = lastGeneration.put(word, words.generation());
                if (last != null && words.generation() - last <= 1) {
                    assertThat(made.get(word)).as(word + " met in generation " + last + " and " + words.generation())
                            .isEqualTo(before);
                }
            }
            words.forgetSentence();
        }
    }

    @Example
    void aCommonWordSurvivesTheStartOver() {
        WordFeatureMemo.Words words = new WordFeatureMemo.Words(6);
        WordFeatureMemo.ByWord<String> memo = new WordFeatureMemo.ByWord<>(words);
        int[] made = {0};
        List<String[]> text = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            text.add(new String[] {"the", "envoy" + s, "of", "Elbonia"});
        }
        for (String[] sentence : text) {
            for (int i = 0; i < sentence.length; i++) {
                memo.get(sentence, i, w -> {
                    made[0]++;
                    return w;
                });
            }
            words.forgetSentence();
        }
        assertThat(words.generation()).isGreaterThan(3);
        // 20 distinct envoys and the three common words once: 23, not three more per start-over
        assertThat(made[0]).isEqualTo(23);
    }

    @Provide
    Arbitrary<List<String[]>> sentences() {
        Arbitrary<String> word = Arbitraries.integers().between(0, 30).map(i -> "w" + i);
        return word.array(String[].class).ofMinSize(1).ofMaxSize(8).list().ofMaxSize(40);
    }
}
