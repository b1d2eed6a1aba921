package dev.eventex.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Written numbers as they appear in news. */
class NumbersTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            5,000               | 5000
            500,000             | 500000
            1,234,567           | 1234567
            1,234.50            | 1234.5
            100                 | 100
            169.4               | 169.4
            1.5bn               | 1500000000
            1.5 bn              | 1500000000
            500 million         | 500000000
            500 Million         | 500000000
            14.2m               | 14200000
            2.5 trillion        | 2500000000000
            20 billion          | 20000000000
            0.5 million         | 500000
            10k                 | 10000
            3 mln               | 3000000
            five                | 5
            five thousand       | 5000
            twenty-five         | 25
            twenty-five thousand| 25000
            two hundred thousand| 200000
            three hundred and fifty thousand | 350000
            a hundred           | 100
            3.2 lakh crore      | 3200000000000
            5 lakh              | 500000
            2 crore             | 20000000
            6,40,000            | 640000
            1,00,000            | 100000
            1,23,45,678         | 12345678
            12,50,000.5         | 1250000.5
            """)
    void parsesNumberPhrases(String phrase, String expected) {
        BigDecimal v = Numbers.parse(phrase);
        assertThat(v).isNotNull();
        assertThat(v).isEqualByComparingTo(expected);
        assertThat(v.toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" has no number")
    @ValueSource(strings = {"no number", "", "   ", "dollars", "the ministry", "—"})
    void phrasesWithoutANumberGiveNull(String phrase) {
        assertThat(Numbers.parse(phrase)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" is written without an exponent")
    @ValueSource(strings = {"500 million", "1.5bn", "3.2 lakh crore", "5 trillion", "20 billion", "14.2m", "1,000,000",
            "100", "1.50", "10k", "five thousand"})
    void resultsNeverUseExponentNotation(String phrase) {
        BigDecimal v = Numbers.parse(phrase);
        assertThat(v.toString()).isEqualTo(v.toPlainString()).doesNotContain("E");
        assertThat(v.scale()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void trailingZerosAreStripped() {
        assertThat(Numbers.parse("1.50").toPlainString()).isEqualTo("1.5");
        assertThat(Numbers.parse("2.0 million").toPlainString()).isEqualTo("2000000");
    }

    @Test
    void aDozenIsTwelve() {
        assertThat(Numbers.parse("a dozen")).isEqualByComparingTo("12");
    }

    @Test
    void halfAScaleIsHalfOfIt() {
        assertThat(Numbers.parse("half a dozen")).isEqualByComparingTo("6");
        assertThat(Numbers.parse("half a hundred")).isEqualByComparingTo("50");
        assertThat(Numbers.parse("half a million")).isEqualByComparingTo("500000");
    }

    @Test
    void compoundNumberWordsWithTwoMultipliers() {
        assertThat(Numbers.parse("one million five hundred thousand")).isEqualByComparingTo("1500000");
    }
}
