package dev.eventex.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A name the tokenizer splits at its hyphen is tagged as one word: its verb stays a verb, a proper noun's
 * pieces are proper nouns, and other compounds keep the split reading of their pieces.
 */
class HyphenatedNamesTest {

    /** A tagger that tags joined words as the real one tends to, and records what it was asked. */
    private static final class FakeTagger implements Function<String[], String[]> {
        final List<String> calls = new ArrayList<>();

        @Override
        public String[] apply(String[] words) {
            calls.add(String.join(" ", words));
            String[] tags = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                boolean afterSplitPiece = i > 0 && words[i - 1].equals("bel");
                tags[i] = w.equals("-") ? "PUNCT"
                        : w.equals("Osk-bel") ? "PROPN"
                        : w.equals("Tarsk-based") ? "ADJ"
                        : w.equals("bel") ? "NOUN"
                        : w.equals("based") ? "VERB"
                        : w.equals("met") ? (afterSplitPiece ? "NOUN" : "VERB")
                        : Character.isUpperCase(w.charAt(0)) ? "PROPN" : "NOUN";
            }
            return tags;
        }
    }

    private static boolean[] glued(String... words) {
        boolean[] out = new boolean[words.length];
        for (int i = 1; i < words.length; i++) {
            out[i] = words[i].equals("-") || words[i - 1].equals("-");
        }
        return out;
    }

    @Test
    void theVerbAfterASplitNameIsTaggedFromTheWholeName() {
        String[] words = {"Tarn", "Osk", "-", "bel", "met", "Lia", "Brenn"};
        String[] tags = HyphenatedNames.tag(words, glued(words), new FakeTagger());
        assertThat(tags).containsExactly("PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "PROPN");
    }

    @Test
    void theLowerCasePiecesOfAnAdjectiveCompoundKeepTheirSplitTags() {
        String[] words = {"a", "Tarsk", "-", "based", "firm"};
        String[] tags = HyphenatedNames.tag(words, glued(words), new FakeTagger());
        assertThat(tags).containsExactly("NOUN", "PROPN", "PUNCT", "VERB", "NOUN");
    }

    @Test
    void aSentenceWithoutSuchACompoundIsTaggedOnce() {
        FakeTagger tagger = new FakeTagger();
        String[] spaced = {"Tarn", "Osk", "-", "bel", "met", "Lia"};
        HyphenatedNames.tag(spaced, new boolean[spaced.length], tagger);
        String[] lower = {"a", "two", "-", "way", "deal"};
        HyphenatedNames.tag(lower, glued(lower), tagger);
        assertThat(tagger.calls).containsExactly("Tarn Osk - bel met Lia", "a two - way deal");
    }

    @Test
    void aNameOfThreePiecesIsJoinedWhole() {
        FakeTagger tagger = new FakeTagger();
        String[] words = {"Prime", "Minister", "Tarn", "Vel", "-", "o", "-", "ska", "met", "them"};
        HyphenatedNames.tag(words, glued(words), tagger);
        assertThat(tagger.calls).last().isEqualTo("Prime Minister Tarn Vel-o-ska met them");
    }

    @Test
    void withTheRealModelsAVerbAfterASplitNameIsAVerb() {
        OpenNlpTextAnalyzer analyzer = OpenNlpTextAnalyzer.loadDefault(Lexicons.load(ModelSource.classpath()));
        Sentence s = analyzer.analyze("Tarn Osk-bel met Lia Brenn in Tarsk.").sentences().get(0);
        Token met = s.tokens().stream().filter(t -> t.text().equals("met")).findFirst().orElseThrow();
        assertThat(met.pos()).isEqualTo("VERB");
        assertThat(Arrays.asList(s.tokens().stream().map(Token::text).toArray()))
                .as("the tokens stay as the tokenizer cut them").contains("Osk", "-", "bel");
    }
}
