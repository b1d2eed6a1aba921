package dev.eventex.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventex.api.Amount;
import dev.eventex.api.Argument;
import dev.eventex.api.CustomEvent;
import dev.eventex.api.DateValue;
import dev.eventex.api.DocumentInfo;
import dev.eventex.api.Donation;
import dev.eventex.api.EntityType;
import dev.eventex.api.Event;
import dev.eventex.api.Evidence;
import dev.eventex.api.Explanation;
import dev.eventex.api.RejectReason;
import dev.eventex.api.RejectedTrigger;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Meeting;
import dev.eventex.api.ProcessingError;
import dev.eventex.api.Tense;
import dev.eventex.api.TradeGoal;
import dev.eventex.api.Visit;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Results read back from their JSON equal the records they were written from. */
class ResultJsonRoundTripTest {

    private final ResultJson json = new ResultJson();

    static List<SampleResults.Sample> samples() {
        return SampleResults.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleResultReadsBackEqual(SampleResults.Sample s) {
        for (ExtractionResult r : List.of(s.plain(), s.explained())) {
            String line = json.toLine(r);
            ExtractionResult back = json.read(line);
            assertThat(back).isEqualTo(r);
            assertThat(json.toLine(back)).as("written again, byte for byte").isEqualTo(line);
            assertThat(json.read(json.toPretty(r))).as("pretty JSON reads too").isEqualTo(r);
        }
    }

    @Test
    void theSamplesHaveEveryContractEventTypeAndExplanations() {
        // the round trip above only means something if the samples exercise every record
        List<ExtractionResult> all = samples().stream().map(SampleResults.Sample::explained).toList();
        assertThat(all.stream().flatMap(r -> r.events().stream()).map(Event::type).collect(Collectors.toSet()))
                .contains("Visit", "Meeting", "TradeGoal", "Donation");
        assertThat(all.stream().flatMap(r -> r.events().stream())).allSatisfy(e -> assertThat(e.explanation()).isNotNull());
        assertThat(all.stream().flatMap(r -> r.eventsOf(Donation.class).stream()).filter(d -> d.quantity() != null)).isNotEmpty();
    }

    @Test
    void aPlainObjectMapperReadsResultsToo() throws Exception {
        // the issue's own reproduction: readValue(line, ExtractionResult.class) on any mapper
        ExtractionResult r = samples().get(0).explained();
        assertThat(new ObjectMapper().readValue(json.toLine(r), ExtractionResult.class)).isEqualTo(r);
    }

    @Test
    void eventsComeBackAsTheirRecords() {
        ExtractionResult r = result(List.of(visit(), meeting(), tradeGoal(), donation(), custom()));
        ExtractionResult back = json.read(json.toLine(r));
        assertThat(back.events()).map(e -> e.getClass().getSimpleName())
                .containsExactly("Visit", "Meeting", "TradeGoal", "Donation", "CustomEvent");
        assertThat(back).isEqualTo(r);
    }

    @Test
    void customEventRolesGetTheirTypesFromTheirShape() {
        CustomEvent back = (CustomEvent) json.read(json.toLine(result(List.of(custom())))).events().get(0);
        assertThat(back.type()).isEqualTo("Agreement");
        assertThat(back.roles().get("parties")).isEqualTo(List.of(new Argument("Kenya", "Kenya", "E1", EntityType.LOCATION),
                new Argument("the two ministries", "the two ministries", null, EntityType.ORGANIZATION)));
        assertThat(back.roles().get("signed")).isEqualTo(new DateValue("on Monday", "2025-06-23"));
        assertThat(back.roles().get("worth")).isEqualTo(new Amount("$2.5m", new BigDecimal("2500000.50"), "USD", null));
        assertThat(back.roles().get("area")).isEqualTo(new Amount("40 hectares", null, null, "hectares"));
        assertThat(back.roles().get("clauses")).isEqualTo(new BigDecimal("12"));
        assertThat(back.roles().get("subject")).isEqualTo("energy cooperation");
        assertThat(back.roles().get("notes")).isEqualTo(List.of("one", "two"));
        assertThat(back.roles().keySet()).as("roles keep their order").containsExactly(
                "parties", "signed", "worth", "area", "clauses", "subject", "notes");
    }

    @Test
    void aTextOnlyObjectInACustomRoleReadsAsADate() {
        // documented: a date and an amount that could not be normalized look alike in JSON
        Map<String, Object> roles = Map.of("when", new Amount("some money", null, null, null));
        ExtractionResult r = result(List.of(new CustomEvent("Pledge", "P1", evidence(), 0.7, null, null, roles)));
        CustomEvent back = (CustomEvent) json.read(json.toLine(r)).events().get(0);
        assertThat(back.roles().get("when")).isEqualTo(new DateValue("some money", null));
    }

    @Test
    void numbersInExponentFormReadBackEqual() {
        Amount a = new Amount("500 million dollars", new BigDecimal("5E+8"), "USD", null);
        assertThat(a.value()).isEqualTo(new BigDecimal("500000000"));
        TradeGoal g = new TradeGoal("T1", evidence(), 0.85, Tense.PLANNED, null, List.of(kenya()), a, null, null, null);
        String line = json.toLine(result(List.of(g)));
        assertThat(line).contains("\"value\":500000000,");
        assertThat(json.read(line)).isEqualTo(result(List.of(g)));
    }

    @Test
    void failedResultsAndTheirErrorsReadBack() {
        ExtractionResult r = ExtractionResult.failed(new DocumentInfo("x.txt", "in/x.txt", null, 0),
                new ProcessingError("EMPTY_INPUT", "the document has no text"));
        assertThat(json.read(json.toLine(r))).isEqualTo(r);
        assertThat(json.read(json.toLine(r)).hasErrors()).isTrue();
    }

    @Test
    void unknownFieldsOfALaterVersionAreSkipped() {
        String line = json.toLine(result(List.of(visit())));
        String later = line.replace("\"schemaVersion\":\"1.0\",", "\"schemaVersion\":\"1.0\",\"provenance\":[{\"rule\":\"x\"}],")
                .replace("\"kind\":\"official\"", "\"kind\":\"official\",\"mode\":\"air\"");
        assertThat(later).isNotEqualTo(line);
        assertThat(json.read(later)).isEqualTo(result(List.of(visit())));
    }

    @Test
    void badInputIsAnIllegalArgumentSayingWhy() {
        assertThatThrownBy(() -> json.read("{\"schemaVersion\":\"1.0\"")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an eventex result");
        String line = json.toLine(result(List.of(visit())));
        assertThatThrownBy(() -> json.read(line.replace("\"start\":0,\"end\":28", "\"start\":0,\"end\":3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match span");
        assertThatThrownBy(() -> json.read(line.replace(",\"visitor\":{\"text\":\"Tomas Varga\",\"name\":\"Tomas Varga\",\"entity\":\"E2\",\"type\":\"PERSON\"}", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("visitor");
        assertThatThrownBy(() -> json.read("null")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readLinesReadsJsonLinesAndNamesTheBadLine() {
        ExtractionResult a = result(List.of(visit()));
        ExtractionResult b = result(List.of(meeting()));
        String file = json.toLine(a) + "\n\n" + json.toLine(b) + "\n";
        assertThat(json.readLines(new StringReader(file)).toList()).containsExactly(a, b);
        assertThatThrownBy(() -> json.readLines(new StringReader(file + "{oops\n")).toList())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 4: ");
    }

    // ---- records written by hand, with every optional field set ---------------------------------

    private static final String TEXT = "Minister Tomas Varga arrived.";

    static List<Evidence> evidence() {
        return List.of(new Evidence("Minister Tomas Varga arrived", 0, 28));
    }

    static Argument kenya() {
        return new Argument("Kenya", "Kenya", "E1", EntityType.LOCATION);
    }

    static Visit visit() {
        return new Visit("V1", evidence(), 0.88, Tense.PAST, null, new Argument("Tomas Varga", "Tomas Varga", "E2", EntityType.PERSON), kenya(),
                new Argument("the Kenyan side", "Kenya", "E1", EntityType.LOCATION), new DateValue("on Monday", "2025-06-23"), "official",
                "to open a consulate");
    }

    static Meeting meeting() {
        return new Meeting("M1", evidence(), 0.81, Tense.ONGOING, null,
                List.of(new Argument("Tomas Varga", "Tomas Varga", "E2", EntityType.PERSON), kenya()), new Argument("Nairobi", "Nairobi", "E3", EntityType.LOCATION),
                new DateValue("this week", "2025-W26"), List.of("energy", "trade"));
    }

    static TradeGoal tradeGoal() {
        return new TradeGoal("T1", evidence(), 0.85, Tense.PLANNED, null, List.of(kenya()),
                new Amount("$1.5bn", new BigDecimal("1500000000"), "USD", null), "bilateral trade", List.of(kenya()),
                new DateValue("by 2030", "2030"));
    }

    static Donation donation() {
        return new Donation("D1", evidence(), 0.72, Tense.PAST, null, kenya(), new Argument("local schools", "local schools", null, EntityType.ORGANIZATION),
                "books", new BigDecimal("5000"), new Amount("Sh5m", new BigDecimal("5000000"), "KES", null),
                new Argument("Tomas Varga", "Tomas Varga", "E2", EntityType.PERSON), new DateValue("in 2024", "2024"));
    }

    static CustomEvent custom() {
        Map<String, Object> roles = new LinkedHashMap<>();
        roles.put("parties", List.of(kenya(), new Argument("the two ministries", "the two ministries", null, EntityType.ORGANIZATION)));
        roles.put("signed", new DateValue("on Monday", "2025-06-23"));
        roles.put("worth", new Amount("$2.5m", new BigDecimal("2500000.50"), "USD", null));
        roles.put("area", new Amount("40 hectares", null, null, "hectares"));
        roles.put("clauses", new BigDecimal("12"));
        roles.put("subject", "energy cooperation");
        roles.put("notes", List.of("one", "two"));
        return new CustomEvent("Agreement", "A1", evidence(), 0.7, Tense.PAST, null, roles);
    }

    /** A visit with a full explanation and a rejected trigger, as explain mode writes them. */
    static ExtractionResult explained() {
        Visit v = visit();
        Map<String, List<Explanation.RoleSource>> roles = new LinkedHashMap<>();
        roles.put("visitor", List.of(new Explanation.RoleSource("subject", "visit.arrive", 0, "Tomas Varga", 9, 20, null)));
        roles.put("destination", List.of(new Explanation.RoleSource("after", "visit.arrive", null, null, null, null,
                "taken from another event")));
        Explanation x = new Explanation(List.of(new Explanation.Firing("visit.arrive", "arrived", 21, 28)), roles,
                new Explanation.Confidence("visit.arrive", 0.85, List.of("host"), 0.9, 1, 0.03, 0.99, 0.77));
        Visit explainedVisit = new Visit(v.id(), v.evidence(), v.confidence(), v.tense(), x, v.visitor(), v.destination(), v.host(),
                v.date(), v.kind(), v.purpose());
        List<RejectedTrigger> rejected = List.of(
                new RejectedTrigger("visit.noun", "Visit", "Minister", 0, 8, RejectReason.MISSING_ROLE, "no destination found",
                        "destination", null, null),
                new RejectedTrigger("visit.verb", "Visit", "arrived", 21, 28, RejectReason.MERGED, "states the same event as V1", null, null,
                        "V1"));
        return new ExtractionResult(ExtractionResult.SCHEMA_VERSION, new DocumentInfo("t.txt", null, "2025-06-28", TEXT.length()),
                List.of(), List.of(explainedVisit), rejected, List.of());
    }

    @Test
    void explainedResultsReadBackEqual() {
        ExtractionResult r = explained();
        String line = json.toLine(r);
        assertThat(line).contains("\"rejected\":[{\"rule\":\"visit.noun\"", "\"reason\":\"MISSING_ROLE\"", "\"roles\":{\"visitor\"");
        assertThat(json.read(line)).isEqualTo(r);
        ExtractionResult none = new ExtractionResult(r.schemaVersion(), r.document(), r.entities(), r.events(), List.of(), r.errors());
        assertThat(json.toLine(none)).as("explain mode with nothing rejected").contains("\"rejected\":[]");
        assertThat(json.read(json.toLine(none))).isEqualTo(none);
    }

    static ExtractionResult result(List<Event> events) {
        return new ExtractionResult(ExtractionResult.SCHEMA_VERSION, new DocumentInfo("t.txt", null, "2025-06-28", TEXT.length()),
                List.of(), events, List.of());
    }
}
