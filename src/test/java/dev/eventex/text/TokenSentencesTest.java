package dev.eventex.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentences of pre-tokenized text (a column file's block, as {@code ner --conll} reads it) end
 * where running text's sentences end: not after a middle initial, a title's abbreviation or
 * initials before a name, so a name is tagged in one piece as {@code extract} tags it.
 */
class TokenSentencesTest {

    private static final OpenNlpTextAnalyzer ANALYZER = OpenNlpTextAnalyzer.loadDefault(Lexicons.load(ModelSource.classpath()));

    private static List<String> sentences(String tokens) {
        AnalyzedText t = ANALYZER.analyzeTokens(Arrays.asList(tokens.split(" ")), true);
        return t.sentences().stream().map(s -> t.slice(s.start(), s.end())).toList();
    }

    @Test
    void aMiddleInitialEndsNoSentence() {
        assertThat(sentences("The board named Marta K. Velor for a second term , replacing Tarvo W. Osk ."))
                .containsExactly("The board named Marta K. Velor for a second term , replacing Tarvo W. Osk .");
    }

    @Test
    void aTitleAbbreviationEndsNoSentence() {
        assertThat(sentences("On Monday Dr. Ana Velor met Mr. Ivo Marek in Tarvo .")).hasSize(1);
    }

    @Test
    void aFullStopBeforeANewSentenceStillEndsOne() {
        assertThat(sentences("Ana Velor arrived in Tarvo on Monday . She met the mayor there ."))
                .containsExactly("Ana Velor arrived in Tarvo on Monday .", "She met the mayor there .");
    }
}
