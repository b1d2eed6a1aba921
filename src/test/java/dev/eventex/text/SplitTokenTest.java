package dev.eventex.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The repairs of the tokenizer's output: chains of demonyms and dashes stand apart. */
class SplitTokenTest {

    private static List<String> split(String token) {
        List<int[]> out = new ArrayList<>();
        OpenNlpTextAnalyzer.splitToken(token, 0, token.length(), out);
        return out.stream().map(o -> token.substring(o[0], o[1])).toList();
    }

    @Test
    void aChainOfDemonymsIsSplitAtEveryHyphen() {
        assertThat(split("Kenyan-Ugandan-Tanzanian")).containsExactly("Kenyan", "-", "Ugandan", "-", "Tanzanian");
        assertThat(split("-Ugandan-Tanzanian")).containsExactly("-", "Ugandan", "-", "Tanzanian");
        assertThat(split("Polish-Greek")).containsExactly("Polish", "-", "Greek");
    }

    @Test
    void aHyphenGluedToOneNameOfAChainStandsApart() {
        assertThat(split("Tarvo-")).containsExactly("Tarvo", "-");
        assertThat(split("-Elbonia")).containsExactly("-", "Elbonia");
        assertThat(split("-high")).containsExactly("-high");
        assertThat(split("pre-")).containsExactly("pre-");
    }

    @Test
    void aHyphenatedNameOrWordStaysWhole() {
        assertThat(split("Anna-Maria")).containsExactly("Anna-Maria");
        assertThat(split("high-level")).containsExactly("high-level");
    }

    @Test
    void anEmDashStandsApart() {
        assertThat(split("2019\u2014with")).containsExactly("2019", "\u2014", "with");
        assertThat(split("\u2014")).containsExactly("\u2014");
    }
}
