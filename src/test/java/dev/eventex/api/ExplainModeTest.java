package dev.eventex.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventex.json.ResultJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Explain mode answers "why was this event found, or not" from the result alone: every event
 * names its rules, triggers and a source per role value, and every trigger a rule matched
 * that made no event of its own says why, with one of the {@link RejectReason} codes.
 */
class ExplainModeTest {

    private static final ObjectMapper MAPPER = ResultJson.mapper();
    private static final Set<String> COMMON = Set.of("type", "id", "tense", "confidence", "evidence", "explanation");

    static Stream<Path> sampleTexts() {
        return InvariantHarness.sampleTexts().stream();
    }

    private static ExtractionResult explain(String text) {
        ExtractionResult r = SharedExtractor.explaining().extract(Document.of("t", text));
        InvariantHarness.assertInvariants(text, r);
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleTexts")
    void everyEventAndRejectedTriggerOfTheSampleTextsIsExplained(Path file) {
        String text = InvariantHarness.read(file);
        ExtractionResult r = explain(text);
        assertThat(r.rejected()).as("explain mode lists rejected triggers").isNotNull();
        Set<String> ids = new HashSet<>();
        for (Event e : r.events()) {
            ids.add(e.id());
            Explanation x = e.explanation();
            assertThat(x).as("explanation of %s", e.id()).isNotNull();
            assertThat(x.firings()).as("firings of %s", e.id()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.rule()).isNotBlank())
                    .allSatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.trigger()));
            // every role the event has, and only those, with one source per value
            JsonNode node = MAPPER.valueToTree(e);
            List<String> filled = new ArrayList<>();
            node.fieldNames().forEachRemaining(k -> {
                if (!COMMON.contains(k)) {
                    filled.add(k);
                }
            });
            assertThat(x.roles()).as("roles explained in %s", e.id()).isNotNull();
            assertThat(x.roles().keySet()).as("roles explained in %s", e.id()).containsExactlyInAnyOrderElementsOf(filled);
            for (String role : filled) {
                JsonNode v = node.get(role);
                List<Explanation.RoleSource> sources = x.roles().get(role);
                assertThat(sources).as("sources of %s.%s", e.id(), role).hasSize(v.isArray() ? v.size() : 1)
                        .allSatisfy(s -> {
                            assertThat(s.finder()).as("finder of %s.%s", e.id(), role).isNotBlank().isNotEqualTo("unknown");
                            assertThat(s.rule()).as("rule of %s.%s", e.id(), role).isNotBlank();
                            assertThat(s.start()).as("span of %s.%s", e.id(), role).isNotNull();
                        });
            }
            // the parts give the confidence
            Explanation.Confidence c = x.confidence();
            double v = Math.min(c.cap(), c.base() * Math.pow(c.perUnlinked(), c.unlinked().size()) + c.perSentence() * (c.sentences() - 1));
            assertThat(Math.round(v * 100) / 100.0).as("confidence of %s from its parts", e.id()).isEqualTo(e.confidence());
            assertThat(c.value()).isEqualTo(e.confidence());
            assertThat(c.sentences()).isEqualTo(e.evidence().size());
            assertThat(x.firings()).extracting(Explanation.Firing::rule).contains(c.rule());
        }
        for (RejectedTrigger t : r.rejected()) {
            assertThat(t.reason()).as("reason of %s on '%s'", t.rule(), t.trigger()).isNotNull();
            assertThat(t.detail()).as("detail of %s on '%s'", t.rule(), t.trigger()).isNotBlank();
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.trigger());
            switch (t.reason()) {
                case MISSING_ROLE -> assertThat(t.role()).isNotBlank();
                case MERGED -> assertThat(ids).contains(t.into());
                case NEGATED, HYPOTHETICAL, VETOED, PART_OF_NAME, COMPOUND_NOUN -> assertThat(t.word()).isNotBlank();
                default -> { }
            }
        }
    }

    static Stream<Arguments> reasons() {
        return Stream.of(
                Arguments.of(RejectReason.NEGATED, "Minister Tomas Varga of Elbonia did not visit Ruritania last week.", "visit", "not"),
                Arguments.of(RejectReason.HYPOTHETICAL, "Officials in Elbonia discussed a possible visit to Ruritania by Minister Tomas Varga.",
                        "visit", "possible"),
                Arguments.of(RejectReason.HYPOTHETICAL, "Minister Tomas Varga of Elbonia will sign the deal only if he meets President Anna Berg.",
                        "meets", "if"),
                Arguments.of(RejectReason.COMPOUND_NOUN, "The tour guide showed the old fortress to the pupils.", "tour", "guide"),
                Arguments.of(RejectReason.PART_OF_NAME, "The Gifted Minds Foundation of Elbonia opened a library in Ruritania.", "Gifted",
                        "Gifted Minds Foundation"),
                Arguments.of(RejectReason.VETOED, "The visiting team beat the hosts by two goals in Ruritania.", "visiting", "visiting team"),
                Arguments.of(RejectReason.CONTEXT_ABSENT, "The Elbonian club set a goal of $5 million for its new stadium.", "goal", null),
                Arguments.of(RejectReason.REQUIRED_WORDS_ABSENT, "The Elbonian striker scored two goals in the second half.", "goals", null),
                Arguments.of(RejectReason.WRONG_TENSE, "Exports from Elbonia to Ruritania grew to $5 billion last year.", "grew", null),
                Arguments.of(RejectReason.MISSING_ROLE, "The visit was described as a success by local newspapers.", "visit", null),
                Arguments.of(RejectReason.NOT_DISTINCT, "Elbonia donated 20 ambulances to Elbonia.", "donated", null),
                Arguments.of(RejectReason.NO_OFFICIAL_PARTY, "John Smith met Peter Jones on Monday.", "met", null),
                Arguments.of(RejectReason.PRESS_PARTY, "The Tarvo Times met Foreign Minister Ana Velor in her office on Monday.", "met",
                        null),
                Arguments.of(RejectReason.PRIVATE_GROUP, "Elbonian doctors arrived in Tarvoka on Monday to treat flood victims.", "arrived",
                        null),
                Arguments.of(RejectReason.NOT_GOODS, "Elbonia handed over the town of Tarvo to Ruritania on Monday.", "handed over",
                        null),
                Arguments.of(RejectReason.NOTHING_TO_COMPLETE, "Minister Tomas Varga was welcomed by President Anna Berg at the airport.",
                        "welcomed", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reasons")
    void eachReasonIsGivenWhereItApplies(RejectReason reason, String sentence, String trigger, String word) {
        ExtractionResult r = explain(sentence);
        assertThat(r.events()).as("no event in '%s'", sentence).isEmpty();
        assertThat(r.rejected()).as("rejected in '%s'", sentence)
                .anySatisfy(t -> {
                    assertThat(t.reason()).isEqualTo(reason);
                    assertThat(t.trigger()).isEqualTo(trigger);
                    if (word != null) {
                        assertThat(t.word()).isEqualTo(word);
                    }
                });
    }

    @Test
    void aMissingRoleIsNamedWithTheFindersTried() {
        ExtractionResult r = explain("The visit was described as a success by local newspapers.");
        assertThat(r.rejected()).anySatisfy(t -> {
            assertThat(t.reason()).isEqualTo(RejectReason.MISSING_ROLE);
            assertThat(t.role()).isEqualTo("visitor");
            assertThat(t.detail()).startsWith("no visitor found (tried ");
        });
    }

    @Test
    void aSecondStatementOfAnEventIsMergedIntoIt() {
        ExtractionResult r = explain("Minister Tomas Varga of Elbonia will visit Ruritania next month. "
                + "The minister's visit to Ruritania will last three days.");
        assertThat(r.events()).hasSize(1);
        Event v = r.events().get(0);
        assertThat(v.explanation().firings()).hasSize(2);
        assertThat(r.rejected()).singleElement().satisfies(t -> {
            assertThat(t.reason()).isEqualTo(RejectReason.MERGED);
            assertThat(t.into()).isEqualTo(v.id());
            assertThat(t.start()).isEqualTo(v.explanation().firings().get(1).start());
        });
    }

    @Test
    void rolesNameTheFinderAndTheWordsTheValueWasReadFrom() {
        String text = "Minister Tomas Varga of Elbonia arrived in Ruritania on Monday for an official visit.";
        ExtractionResult r = explain(text);
        Visit v = r.eventsOf(Visit.class).get(0);
        Explanation.RoleSource dest = v.explanation().roles().get("destination").get(0);
        assertThat(dest.text()).isEqualTo("Ruritania");
        assertThat(dest.start()).isEqualTo(text.indexOf("Ruritania"));
        assertThat(dest.finder()).isEqualTo("after");
        assertThat(dest.firing()).isZero();
        assertThat(dest.rule()).isEqualTo(v.explanation().firings().get(0).rule());
        Explanation.RoleSource kind = v.explanation().roles().get("kind").get(0);
        assertThat(kind.finder()).isEqualTo("modifier");
        assertThat(kind.start()).isEqualTo(text.indexOf("official"));
    }

    @Test
    void withoutExplainModeNothingIsAdded() {
        String text = "The visit was described as a success by local newspapers. John Smith met Peter Jones on Monday.";
        ExtractionResult r = SharedExtractor.defaults().extract(Document.of("t", text));
        assertThat(r.rejected()).isNull();
        assertThat(new ResultJson().toLine(r)).doesNotContain("rejected");
    }
}
