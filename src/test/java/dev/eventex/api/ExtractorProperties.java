package dev.eventex.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.json.ResultJson;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Random and adversarial text never makes the extractor throw or report errors, and every
 * result satisfies the invariant harness. Tries are modest: each one runs a full extraction.
 */
class ExtractorProperties {

    private static final List<String> NEWS_WORDS = List.of(
            "President", "Minister", "Foreign Minister", "Tokayev", "Nurtleu", "Battsetseg", "Kazakhstan", "Mongolia",
            "Ulaanbaatar", "Turkey", "Türkiye", "UK", "Kazakh", "the Mongolian side", "the EU", "UN", "visit", "visited",
            "arrived in", "on an official visit", "state visit", "met with", "held talks with", "received", "donated",
            "handed over", "on behalf of", "to increase bilateral trade turnover to", "$5 million", "500 million US dollars",
            "€20 billion", "Sh5m", "R2 billion", "5,000 books", "169.4 tons", "five thousand", "3.2 lakh crore rupees",
            "on Sunday", "yesterday", "last month", "October 2024", "28 June 2025", "2024-10-05", "30 February 2025",
            "he", "she", "they", "his", "the two sides", "members of parliament", "and", "of", "the", "to", "in",
            ",", ".", ";", "\"", "'s", "(", ")", "-", "—", "\n", "\n\n", "\t", "date 2025-06-28\n");

    private static final List<String> ODD = List.of(
            "\u0000", "\u0001", "\u0007", "\u001B[0m", "\u007F", "\u00A0", "\u2003", "\u200B", "\u200D", "\uFEFF", "\u2028",
            "\r", "\r\n", "😀", "🇰🇿", "👩‍👩‍👧", "𝕄", "𝐌𝐢𝐧𝐢𝐬𝐭𝐞𝐫", "\uD800", "\uDC00", "\u0308", "الرئيس", "蒙古", "שלום",
            "...", "!!!", "???", "$", "€", "£", "%", "&amp;", "<b>", "{}", "[]", "\\", "//", "ﬁ", "ǅ", "İ", "ß");

    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of(NEWS_WORDS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(ODD)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8)));
        Arbitrary<String> sep = Arbitraries.of(" ", " ", " ", "", "  ", "\n", ", ");
        return Combinators.combine(word, sep).as((w, s) -> w + s).list().ofMinSize(1).ofMaxSize(60)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> anyChars() {
        // every UTF-16 code unit, unpaired surrogates and control characters included
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> longTokens() {
        return Combinators.combine(
                        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(500).ofMaxLength(3000),
                        Arbitraries.of(NEWS_WORDS))
                .as((longWord, w) -> "President Tokayev " + longWord + " " + w + " Mongolia " + longWord.toUpperCase() + ".");
    }

    @Provide
    Arbitrary<String> punctuationOnly() {
        return Arbitraries.strings().withChars(".,;:!?-—()[]{}\"'/\\*&%$#@^~`|<>").ofMinLength(1).ofMaxLength(200);
    }

    private static void check(String text) {
        try {
            ExtractionResult r = SharedExtractor.defaults().extract(new Document("prop", text, LocalDate.of(2025, 6, 28), null));
            InvariantHarness.assertInvariants(text, r);
            if (!text.isBlank()) {
                assertThat(r.errors()).as("errors for non-blank text").isEmpty();
            }
            assertThat(new ResultJson().toLine(r)).isNotBlank();
        } catch (AssertionError e) {
            throw new AssertionError("for text \"" + escape(text) + "\": " + e.getMessage(), e);
        }
    }

    /** The text as a Java string literal body, so a failing sample can be pasted into a regression test. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                b.append(c);
            } else {
                b.append(String.format("\\u%04X", (int) c));
            }
        }
        return b.toString();
    }

    @Property(tries = 50, shrinking = ShrinkingMode.BOUNDED)
    void newsLikeTextKeepsTheInvariants(@ForAll("newsLike") String text) {
        check(text);
    }

    @Property(tries = 50, shrinking = ShrinkingMode.BOUNDED)
    void arbitraryCharactersKeepTheInvariants(@ForAll("anyChars") String text) {
        check(text);
    }

    @Property(tries = 15, shrinking = ShrinkingMode.BOUNDED)
    void veryLongTokensKeepTheInvariants(@ForAll("longTokens") String text) {
        check(text);
    }

    @Property(tries = 30, shrinking = ShrinkingMode.BOUNDED)
    void punctuationOnlyKeepsTheInvariants(@ForAll("punctuationOnly") String text) {
        check(text);
    }
}
