package dev.eventex.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The publication date a text carries in its first lines (the seed's "date 2025-06-28 ..."). */
class DateHeaderTest {

    private final DateHeader header = new DateHeader(Lexicons.load(ModelSource.classpath()));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            date 2025-06-28 Tell a friend\\n\\nPresident Tokayev visited Mongolia. => 2025-06-28
            Published: 14 March 2025\\n\\nText.                                 => 2025-03-14
            Posted on March 14, 2025\\n\\nText.                                 => 2025-03-14
            Posted on Sept. 5, 2024\\n\\nText.                                  => 2024-09-05
            Published: 5th June 2024\\nText.                                    => 2024-06-05
            2025-03-14\\n\\nText.                                               => 2025-03-14
            PUBLISHED 2024-02-29\\nText.                                        => 2024-02-29
            \\n\\n\\nHeadline\\n\\n\\nDated 1 April 2024\\nText.                => 2024-04-01
            """)
    void readsTheHeaderDate(String text, String expected) {
        assertThat(header.detect(text.replace("\\n", "\n"))).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "The minister arrived on 14 March 2025 in Astana.",
            "Headline\\nSubtitle\\nByline\\nPublished: 14 March 2025",
            "Updated: 30 February 2025\\nText.",
            "October 2024\\nText with only a month.",
            "",
            "\\n\\n"})
    void noHeaderDate(String text) {
        assertThat(header.detect(text.replace("\\n", "\n"))).isEmpty();
    }

    @Test
    void labelledHeaderRunIntoALongFirstParagraph() {
        String text = " date 2024-05-02 " + "The delegation of the river authority spent the morning at the port. ".repeat(5);
        assertThat(header.detect(text)).contains(LocalDate.of(2024, 5, 2));
        // without the label a long first line is body text
        assertThat(header.detect("2024-05-02 " + text.substring(17))).isEmpty();
    }

    @Test
    void isoTimestampHeader() {
        assertThat(header.detect("2025-06-28T10:00:00Z\n\nText.")).contains(LocalDate.of(2025, 6, 28));
    }

    @Test
    void theLabelsAreData() {
        DateHeader filed = new DateHeader(List.of("filed"));
        assertThat(filed.detect("Filed on: 3 May 2024\nText.")).contains(LocalDate.of(2024, 5, 3));
        assertThat(filed.detect("Published: 3 May 2024\nText.")).as("not a label of this reader").isEmpty();
        assertThat(new DateHeader(List.of()).detect("2024-05-03\nText.")).as("a bare date needs no label").contains(LocalDate.of(2024, 5, 3));
    }

    @Test
    void theStampSpansTheDateOnly() {
        String text = "Published: 14 March 2025\n\nText.";
        assertThat(header.find(text)).hasValueSatisfying(s -> {
            assertThat(text.substring(s.start(), s.end())).isEqualTo("14 March 2025");
            assertThat(s.overlaps(0, 11)).isFalse();
            assertThat(s.overlaps(11, 16)).isTrue();
        });
    }
}
