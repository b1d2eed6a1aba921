package dev.eventex.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The invariant harness over every sample text and over hostile input. */
class ExtractorInvariantsTest {

    private static Extractor extractor;
    /** Explain mode on (trigger spans are checked too) and a small size limit. */
    private static Extractor explaining;
    /** Plain results of the sample texts, shared by the tests that compare against them. */
    private static final Map<Path, ExtractionResult> PLAIN = new ConcurrentHashMap<>();

    private static ExtractionResult plain(Path file) {
        return PLAIN.computeIfAbsent(file, f -> extractor.extract(
                new Document(f.getFileName().toString(), InvariantHarness.read(f), null, f.toString())));
    }

    @BeforeAll
    static void load() {
        extractor = SharedExtractor.defaults();
        explaining = Extractor.builder().explain(true).maxChars(100_000).build();
    }

    static Stream<Path> sampleTexts() {
        return InvariantHarness.sampleTexts().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleTexts")
    void sampleTextsSatisfyTheInvariants(Path file) {
        String text = InvariantHarness.read(file);
        ExtractionResult r = plain(file);
        InvariantHarness.assertInvariants(text, r);
        assertThat(r.errors()).isEmpty();
        assertThat(r.document().source()).isEqualTo(file.toString());
        assertThat(r.document().date()).as("every sample text carries a date header").isNotNull();
        assertThat(r.entities()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleTexts")
    void explainModeNamesTheRuleAndTriggerOfEveryEvent(Path file) {
        String text = InvariantHarness.read(file);
        ExtractionResult r = InvariantHarness.extractAndCheck(explaining, Document.of(file.getFileName().toString(), text));
        for (Event e : r.events()) {
            assertThat(e.explanation()).as("explanation of %s", e.id()).isNotNull();
            assertThat(e.explanation().firings()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.rule()).isNotBlank());
        }
        // explain mode must not change what is extracted
        ExtractionResult plain = plain(file);
        assertThat(r.events()).extracting(e -> e.type() + " " + e.id() + " " + e.evidence())
                .containsExactlyElementsOf(plain.events().stream().map(e -> e.type() + " " + e.id() + " " + e.evidence()).toList());
        assertThat(plain.events()).allSatisfy(e -> assertThat(e.explanation()).isNull());
    }

    static Stream<Arguments> hostileTexts() {
        String newsy = "President Tokayev visited Mongolia on Sunday and met with Minister Battsetseg. ";
        return Stream.of(
                Arguments.of("one letter", "a"),
                Arguments.of("only punctuation", "!!! ??? ... ;;; --- ((( ))) \"\"\" '''"),
                Arguments.of("control characters", "\u0001\u0002\u0003 visit \u0007\u001B[31m met with \u007F"),
                Arguments.of("NUL characters", "President\u0000Tokayev\u0000visited\u0000Mongolia."),
                Arguments.of("emoji and non-BMP",
                        "🇰🇿 President 😀 Tokayev visited 𝕄ongolia 🎉🎉 on Sunday. 👍 The 𝐌𝐢𝐧𝐢𝐬𝐭𝐞𝐫 met with 🤝 Battsetseg."),
                Arguments.of("non-BMP right before names", "😀Kazakhstan and😀Mongolia aim to raise trade to 😀$500 million😀."),
                Arguments.of("unpaired surrogates", "\uD800 President Tokayev \uDC00 visited \uD83D Mongolia \uDE00."),
                Arguments.of("very long token", "x".repeat(5_000) + " visited Mongolia."),
                Arguments.of("long sentence without punctuation", "visit met with $5 million President ".repeat(150)),
                Arguments.of("many sentences", newsy.repeat(30)),
                Arguments.of("CRLF line endings", "date 2025-06-28\r\n\r\nPresident Tokayev arrived in Mongolia yesterday.\r\nHe met with the Mongolian side.\r\n"),
                Arguments.of("old Mac line endings", "President Tokayev arrived in Mongolia.\rHe met with officials.\r"),
                Arguments.of("tabs and odd spaces", "President\tTokayev\u00A0visited\u2003Mongolia\u2009on\u202FSunday."),
                Arguments.of("zero-width characters", "President\u200B Tokayev\u200D visited\uFEFF Mongolia\u2060."),
                Arguments.of("combining marks", "The minister flew to Tu\u0308rkiye and met with Erdog\u0306an."),
                Arguments.of("right-to-left text", "الرئيس visited Mongolia ومعه وفد. President Tokayev met with שלום."),
                Arguments.of("CJK", "托卡耶夫总统访问了蒙古。 President Tokayev visited 蒙古 on Sunday."),
                Arguments.of("markup", "<p>President <b>Tokayev</b> visited <a href='x'>Mongolia</a>.</p>&amp;&nbsp;"),
                Arguments.of("JSON-looking", "{\"events\": null, \"text\": \"visit\"} President Tokayev visited Mongolia."),
                Arguments.of("numbers only", "1 2 3 4 5 6 7 8 9 10 1,000 1.5bn 500 million $ € £ 2025-06-28 2030"),
                Arguments.of("money without number", "$ million billion euros US dollars Sh R"),
                Arguments.of("header only", "date 2025-06-28"),
                Arguments.of("impossible dates", "The minister visited Mongolia on 30 February 2025 and 2024-13-45."),
                Arguments.of("repeated titles", "President President President Minister Minister visited visited."),
                Arguments.of("pronouns only", "He met with her. They visited it. She donated them to him."),
                Arguments.of("dangling quotes", "\"President Tokayev visited Mongolia, the ministry said. \u201CHe met with"),
                Arguments.of("leading and trailing whitespace", "   \n\n  President Tokayev visited Mongolia.  \n\n  "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void hostileTextNeverBreaksTheInvariants(String label, String text) {
        ExtractionResult r = InvariantHarness.extractAndCheck(extractor, Document.of(label, text));
        assertThat(r.errors()).as("errors for non-blank text").isEmpty();
        InvariantHarness.extractAndCheck(explaining, Document.of(label, text));
    }

    @Test
    void blankTextIsReportedNotThrown() {
        for (String blank : List.of("", " ", "\n\n\t  \r\n", "\u2003\u2003")) {
            ExtractionResult r = InvariantHarness.extractAndCheck(extractor, Document.of("blank", blank));
            assertThat(r.errors()).extracting(ProcessingError::code).containsExactly("EMPTY_INPUT");
            assertThat(r.entities()).isEmpty();
            assertThat(r.events()).isEmpty();
            assertThat(r.hasErrors()).isTrue();
        }
    }

    @Test
    void textOverTheSizeLimitIsReported() {
        String big = "President Tokayev visited Mongolia. ".repeat(3000);
        assertThat(big.length()).isGreaterThan(100_000);
        ExtractionResult r = InvariantHarness.extractAndCheck(explaining, Document.of("big", big));
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("TOO_LARGE");
            assertThat(e.message()).contains(String.valueOf(big.length())).contains("100000");
        });
        assertThat(r.document().chars()).isEqualTo(big.length());
    }

    @Test
    void callerDateWinsOverTheHeaderAndAnchorsRelativeDates() {
        String text = "date 2025-06-28\n\nPresident Tokayev arrived in Mongolia yesterday on an official visit.";
        ExtractionResult fromHeader = InvariantHarness.extractAndCheck(extractor, Document.of("h", text));
        assertThat(fromHeader.document().date()).isEqualTo("2025-06-28");
        assertThat(dateValues(fromHeader)).contains("2025-06-27");

        ExtractionResult given = InvariantHarness.extractAndCheck(extractor,
                Document.of("h", text).withDate(LocalDate.of(2024, 1, 10)));
        assertThat(given.document().date()).isEqualTo("2024-01-10");
        assertThat(dateValues(given)).contains("2024-01-09").doesNotContain("2025-06-27");
    }

    @Test
    void withoutAnyDateRelativeDatesHaveNoValueAndDocumentDateIsAbsent() {
        ExtractionResult r = InvariantHarness.extractAndCheck(extractor,
                Document.of("nodate", "President Tokayev arrived in Mongolia yesterday on an official visit."));
        assertThat(r.document().date()).isNull();
        assertThat(r.entities()).filteredOn(e -> e.type() == EntityType.DATE)
                .allSatisfy(e -> assertThat(e.attributes()).doesNotContainKey("value"));
        assertThat(new dev.eventex.json.ResultJson().toLine(r)).doesNotContain("\"date\":null");
    }

    private static List<String> dateValues(ExtractionResult r) {
        return r.entities().stream().filter(e -> e.type() == EntityType.DATE)
                .map(e -> e.attributes().get("value")).filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void extractAllKeepsInputOrder() {
        List<Document> docs = List.of(Document.of("1", "President Tokayev visited Mongolia."), Document.of("2", ""),
                Document.of("3", "Kenya and Uganda met."));
        assertThat(extractor.extractAll(docs)).extracting(r -> r.document().id()).containsExactly("1", "2", "3");
    }

    @Test
    void resultRecordsAreImmutable() {
        ExtractionResult r = extractor.extract("President Tokayev visited Mongolia on an official visit.");
        assertThatThrownBy(() -> r.entities().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.events().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(r.entities()).isNotEmpty();
        assertThatThrownBy(() -> r.entities().get(0).mentions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void spansRejectInvertedOffsetsWithBothValues() {
        assertThatThrownBy(() -> new CharSpan(7, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start=7").hasMessageContaining("end=3");
        assertThatThrownBy(() -> new Mention("abc", 5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mention("abc", 0, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[0, 4)");
        assertThatThrownBy(() -> new Evidence("abc", -1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CharSpan(2, 5).length()).isEqualTo(3);
        assertThat(new CharSpan(2, 5).overlaps(new CharSpan(5, 6))).isFalse();
        assertThat(new CharSpan(2, 5).contains(new CharSpan(3, 5))).isTrue();
    }

    @Test
    void eventsValidateTheirRequiredFields() {
        List<Evidence> ev = List.of(new Evidence("x", 0, 1));
        Argument a = new Argument("A", "A", null, EntityType.PERSON);
        assertThatThrownBy(() -> new Meeting("M1", ev, 0.5, null, null, List.of(a), null, null, null))
                .hasMessageContaining("two or more participants");
        assertThatThrownBy(() -> new Visit("V1", ev, 1.5, null, null, a, a, null, null, null, null))
                .hasMessageContaining("confidence");
        assertThatThrownBy(() -> new Visit("V1", List.of(), 0.5, null, null, a, a, null, null, null, null))
                .hasMessageContaining("no evidence");
        assertThatThrownBy(() -> new Visit("V1", ev, Double.NaN, null, null, a, a, null, null, null, null))
                .hasMessageContaining("confidence");
    }
}
