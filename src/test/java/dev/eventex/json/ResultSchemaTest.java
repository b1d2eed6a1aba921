package dev.eventex.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.eventex.api.DocumentInfo;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.ProcessingError;
import dev.eventex.api.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schema ({@link ResultJson#SCHEMA_RESOURCE}) accepts every result the
 * extractor writes for the sample texts and fixtures, and rejects what breaks the contract.
 */
class ResultSchemaTest {

    private static Schema schema;
    private final ResultJson json = new ResultJson();

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = ResultJson.openSchema()) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    static List<SampleResults.Sample> samples() {
        return SampleResults.all();
    }

    private static List<String> problems(String line) {
        return schema.validate(line, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleResultFollowsTheSchema(SampleResults.Sample s) {
        assertThat(problems(json.toLine(s.plain()))).isEmpty();
        assertThat(problems(json.toLine(s.explained()))).isEmpty();
    }

    @Test
    void theSchemaNamesEveryRejectReasonTheExtractorCanGive() throws IOException {
        JsonNode root;
        try (InputStream in = ResultJson.openSchema()) {
            root = new ObjectMapper().readTree(in);
        }
        List<String> reasons = new ArrayList<>();
        root.findValues("enum").forEach(e -> {
            List<String> values = new ArrayList<>();
            e.forEach(v -> values.add(v.asText()));
            if (values.contains("MERGED")) {
                reasons.addAll(values);
            }
        });
        assertThat(reasons).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(RejectReason.values()).map(Enum::name).toList());
    }

    @Test
    void handWrittenRecordsWithEveryOptionalFieldFollowIt() {
        ExtractionResult r = ResultJsonRoundTripTest.result(List.of(ResultJsonRoundTripTest.visit(), ResultJsonRoundTripTest.meeting(),
                ResultJsonRoundTripTest.tradeGoal(), ResultJsonRoundTripTest.donation(), ResultJsonRoundTripTest.custom()));
        assertThat(problems(json.toLine(r))).isEmpty();
        assertThat(problems(json.toLine(ResultJsonRoundTripTest.explained()))).isEmpty();
        ExtractionResult failed = ExtractionResult.failed(new DocumentInfo("x", "x", null, 0), new ProcessingError("TIMEOUT", "too long"));
        assertThat(problems(json.toLine(failed))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a null optional field       | \"kind\":\"official\"             | \"kind\":null",
            "a missing required role     | \"destination\":{\"text\":\"Kenya\",\"name\":\"Kenya\",\"entity\":\"E1\",\"type\":\"LOCATION\"}, | ",
            "an unknown entity type      | \"type\":\"PERSON\"               | \"type\":\"HUMAN\"",
            "an unknown tense            | \"tense\":\"past\"                | \"tense\":\"earlier\"",
            "confidence above one        | \"confidence\":0.88              | \"confidence\":1.5",
            "a negative offset           | \"start\":0                      | \"start\":-1",
            "a misspelt field            | \"purpose\":                     | \"porpose\":",
            "a date value that is no ISO date | \"value\":\"2025-06-23\"     | \"value\":\"23 June\"",
            "a missing schemaVersion     | \"schemaVersion\":\"1.0\",        | ",
            "a visit with meeting roles  | \"type\":\"Visit\"                | \"type\":\"Meeting\""})
    void whatBreaksTheContractIsRejected(String what, String from, String to) {
        String line = json.toLine(ResultJsonRoundTripTest.result(List.of(ResultJsonRoundTripTest.visit())));
        assertThat(problems(line)).isEmpty();
        String broken = line.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to == null ? "" : to));
        assertThat(broken).isNotEqualTo(line);
        assertThat(problems(broken)).as(what).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an unknown reason                | \"reason\":\"MISSING_ROLE\"  | \"reason\":\"SOMEHOW\"",
            "a missing role without its role  | ,\"role\":\"destination\"     | ",
            "a merge without its event        | ,\"into\":\"V1\"              | ",
            "a rejected trigger without reason | \"reason\":\"MERGED\",       | ",
            "a source with text but no span   | ,\"start\":9,\"end\":20      | ",
            "a confidence without its parts   | \"perUnlinked\":0.9,           | "})
    void whatBreaksTheExplainContractIsRejected(String what, String from, String to) {
        String line = json.toLine(ResultJsonRoundTripTest.explained());
        assertThat(problems(line)).isEmpty();
        String broken = line.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to == null ? "" : to));
        assertThat(broken).isNotEqualTo(line);
        assertThat(problems(broken)).as(what).isNotEmpty();
    }

    @Test
    void aCustomEventMayCarryRolesButNotReuseAContractTypeName() {
        String line = json.toLine(ResultJsonRoundTripTest.result(List.of(ResultJsonRoundTripTest.custom())));
        assertThat(problems(line)).isEmpty();
        assertThat(problems(line.replace("\"subject\":\"energy cooperation\"", "\"subject\":{\"free\":true}"))).isNotEmpty();
    }
}
