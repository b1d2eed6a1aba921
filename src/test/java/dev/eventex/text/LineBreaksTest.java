package dev.eventex.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a line break ends a sentence: in text whose lines are its paragraphs, a headline
 * without a full stop stands alone; inside blank-line paragraphs and in hard-wrapped text a
 * line break is a wrap, except after a title-case headline line.
 */
class LineBreaksTest {

    private static List<String> sentences(String text) {
        OpenNlpTextAnalyzer analyzer = OpenNlpTextAnalyzer.loadDefault(Lexicons.load(ModelSource.classpath()));
        AnalyzedText t = analyzer.analyze(text);
        return t.sentences().stream().map(s -> t.slice(s.start(), s.end())).toList();
    }

    @Test
    void aHeadlineLineWithoutAFullStopIsASentenceOfItsOwn() {
        String text = "Tarvo Farmers Donate Tractors To Elbonia\n"
                + "Three farming groups in Tarvo handed over ten tractors to the Elbonian Ministry of Agriculture on Monday.\n"
                + "The minister thanked them.";
        assertThat(sentences(text)).startsWith("Tarvo Farmers Donate Tractors To Elbonia");
    }

    @Test
    void aLineBreakInsideABlankLineParagraphIsAWrap() {
        String text = "Elbonian Foreign Minister Ana Velor is expected to meet\nTarvan President Ivo Marek on Monday.\n\n"
                + "The two will discuss trade.";
        assertThat(sentences(text)).first().asString().contains("meet\nTarvan President Ivo Marek");
    }

    @Test
    void aTitleCaseHeadlineLineEndsItsSentenceInsideABlankLineParagraph() {
        String text = "Tarvo Farmers Donate Tractors To Two Village Schools\n"
                + "Chairman of the Tarvo Farmers Union, Ivo Marek, shows a tractor to pupils in Pell.\n\n"
                + "The union handed over ten tractors on Monday.";
        assertThat(sentences(text)).startsWith("Tarvo Farmers Donate Tractors To Two Village Schools",
                "Chairman of the Tarvo Farmers Union, Ivo Marek, shows a tractor to pupils in Pell.");
    }

    @Test
    void hardWrappedLinesAreNoParagraphs() {
        String text = "Elbonian Foreign Minister Ana Velor arrived in Tarvo on Monday for talks\n"
                + "with President Ivo Marek, the first such visit in a decade, and will\n"
                + "stay until Thursday, the ministry said in a statement issued late\n"
                + "on Sunday evening.";
        assertThat(OpenNlpTextAnalyzer.linesAreParagraphs(text)).isFalse();
        assertThat(sentences(text)).hasSize(1);
    }

    @Test
    void headingsEndingInLowerCaseWordsDoNotMakeATextWrapped() {
        String text = "Interview with the Elbonian trade minister\n"
                + "Trade minister Ana Velor\n"
                + "Ana Velor has led the ministry since 2019.\n"
                + "Early life and career\n"
                + "Velor grew up in Pell, a port town in the north.\n"
                + "Later years\n"
                + "She visited Tarvo in 2022.";
        assertThat(OpenNlpTextAnalyzer.linesAreParagraphs(text)).isTrue();
        assertThat(sentences(text)).contains("Trade minister Ana Velor", "Ana Velor has led the ministry since 2019.");
    }

    @Test
    void aShortWrappedTextIsWrappedThoughFewLinesBreakMidSentence() {
        String text = "Elbonian Foreign Minister Ana Velor arrived in Tarvo on Monday for talks\n"
                + "with President Ivo Marek.\nThe ministry said so.";
        assertThat(OpenNlpTextAnalyzer.linesAreParagraphs(text)).isFalse();
    }

    @Test
    void linesEndingInFullStopsAreParagraphs() {
        assertThat(OpenNlpTextAnalyzer.linesAreParagraphs("Elbonia Gives Tablets\nElbonia gave tablets.\nThey arrived.")).isTrue();
    }
}
