package dev.eventex.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventex.api.Document;
import dev.eventex.api.Extractor;
import dev.eventex.json.ResultJson;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag$;

/** {@link EventexSpark} over Datasets in local[2]: one extractor per JVM, error rows, the flat event view. */
class EventexSparkTest {

    /** Settings no other test uses, so the laziness test sees when their extractor gets built. */
    private static final ExtractorSettings ONLY_HERE = new ExtractorSettings(null, false, 59, null);

    /** The other tests share the job's extractor. */
    private static final ExtractorSettings SETTINGS = ExtractorSettings.defaults();

    private static final StructType DOCS = new StructType().add("id", "string").add("text", "string").add("date", "string");

    private static final String VISIT = "Minister Tomas Varga of Elbonia arrived in Kenya on Monday for an official visit.";
    private static final String MEETING = "President Ana Morel of Chile met Prime Minister Jonas Berg of Norway in Oslo on Tuesday.";

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void theTaskClosureCarriesSettingsOnlyAndTheExtractorIsBuiltOncePerJvm() {
        DocumentProcessor processor = new DocumentProcessor(ExtractionEngine.shared(ONLY_HERE),
                DocumentProcessor.DEFAULT_MAX_BYTES, DocumentProcessor.DEFAULT_MAX_CHARS);
        MapPartitionsFunction<Row, Row> fn = EventexSpark.textFunction(DOCS, processor);
        Dataset<Row> docs = docs(RowFactory.create("a", VISIT, null), RowFactory.create("b", MEETING, null),
                RowFactory.create("c", VISIT, null), RowFactory.create("d", MEETING, null)).repartition(4);
        Dataset<Row> results = EventexSpark.extract(docs, processor);

        byte[] before = serialized(fn);
        assertThat(ExecutorExtractors.peek(ONLY_HERE)).as("nothing is built before an action").isNull();

        assertThat(results.count()).isEqualTo(4);
        Extractor built = ExecutorExtractors.peek(ONLY_HERE);
        assertThat(built).isNotNull();
        assertThat(EventexSpark.extract(docs, processor).filter("size(errors) = 0").count()).isEqualTo(4);

        assertThat(ExecutorExtractors.peek(ONLY_HERE)).as("four partitions, two jobs, one extractor").isSameAs(built);
        byte[] after = serialized(fn);
        assertThat(after).isEqualTo(before);
        assertThat(new String(after, StandardCharsets.ISO_8859_1)).doesNotContain("dev.eventex.api.Extractor")
                .contains("dev.eventex.spark.ExtractorSettings");
        assertThat(after.length).isLessThan(4_000);
    }

    @Test
    void everyBadDocumentBecomesAnErrorRowAndNoneIsLost() {
        ExtractionEngine throwsOnMarker = throwingOn("Zq-boom");
        DocumentProcessor processor = new DocumentProcessor(throwsOnMarker, DocumentProcessor.DEFAULT_MAX_BYTES, 500);
        Dataset<Row> docs = docs(
                RowFactory.create("ok", VISIT, "2025-03-04"),
                RowFactory.create("empty", "", null),
                RowFactory.create("blank", " \n\t ", null),
                RowFactory.create("nulltext", null, null),
                RowFactory.create("binary", "PK\u0003\u0004\u0000\u0000\u0001\u0002", null),
                RowFactory.create("big", VISIT.repeat(8), null),
                RowFactory.create("throws", VISIT + " Zq-boom", null),
                RowFactory.create("baddate", VISIT, "04/03/2025"),
                RowFactory.create(null, VISIT, null));

        List<Row> rows = EventexSpark.extract(docs.repartition(3), processor).collectAsList();

        assertThat(rows).hasSize(9);
        Map<String, String> codes = new HashMap<>();
        for (Row r : rows) {
            List<Row> errors = r.getList(r.fieldIndex("errors"));
            codes.put(r.getString(0), errors.isEmpty() ? "none" : errors.get(0).getString(0));
        }
        assertThat(codes).containsExactlyInAnyOrderEntriesOf(Map.of("ok", "none", "empty", "EMPTY_INPUT", "blank", "EMPTY_INPUT",
                "nulltext", "EMPTY_INPUT", "binary", "BINARY_INPUT", "big", "TOO_LARGE", "throws", "INTERNAL_ERROR",
                "baddate", "INVALID_DATE", "", "MISSING_ID"));
        Row badDate = rows.stream().filter(r -> "baddate".equals(r.getString(0))).findFirst().orElseThrow();
        assertThat(badDate.getList(badDate.fieldIndex("events"))).as("a bad date is reported, the text still extracted").hasSize(1);
    }

    @Test
    void theFlatEventViewIsQueryableWithSql() throws Exception {
        Dataset<Row> results = EventexSpark.extract(docs(RowFactory.create("v", VISIT, "2025-03-04"), RowFactory.create("m", MEETING, null)),
                new DocumentProcessor(ExtractionEngine.shared(SETTINGS), DocumentProcessor.DEFAULT_MAX_BYTES, 10_000));
        Dataset<Row> events = EventexSpark.events(results);
        assertThat(events.schema()).isEqualTo(EventexSpark.EVENT_SCHEMA);
        events.createOrReplaceTempView("eventex_events");

        List<Row> visits = spark.sql("SELECT document_id, roles['visitor'], roles['destination'], roles['date'], tense, evidence[0].start,"
                + " evidence[0].end, event_json FROM eventex_events WHERE event_type = 'Visit'").collectAsList();
        assertThat(visits).hasSize(1);
        Row v = visits.get(0);
        assertThat(v.getString(0)).isEqualTo("v");
        assertThat(v.getString(1)).isEqualTo("Tomas Varga");
        assertThat(v.getString(2)).isEqualTo("Kenya");
        assertThat(v.getString(3)).isEqualTo("2025-03-03");
        assertThat(v.getString(4)).isEqualTo("past");
        assertThat(VISIT.substring(v.getInt(5), v.getInt(6))).isEqualTo(VISIT);
        // the event's JSON is the event as it stands in the document's JSON line
        ObjectMapper m = ResultJson.mapper();
        JsonNode doc = m.readTree(results.filter("id = 'v'").select("json").first().getString(0));
        assertThat(m.readTree(v.getString(7))).isEqualTo(doc.get("events").get(0));

        List<Row> meetings = spark.sql("SELECT roles['participants'] FROM eventex_events WHERE event_type = 'Meeting'").collectAsList();
        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).getString(0)).contains("Ana Morel").contains("Jonas Berg");
    }

    @Test
    void aListingIsSpreadOverPartitionsByBytesWithoutAShuffle() {
        // sorted by name, the four long texts come last; the oversized file is never read, so it weighs nothing
        List<Row> files = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            files.add(RowFactory.create(String.format("file:/news/a%02d.txt", i), i < 36 ? 1_000L : 40_000L));
        }
        files.add(RowFactory.create("file:/news/z-huge.txt", DocumentProcessor.DEFAULT_MAX_BYTES + 1));

        Dataset<Row> listing = EventexSpark.partitioned(spark, files, 4, DocumentProcessor.DEFAULT_MAX_BYTES);

        List<List<Row>> parts = listing.javaRDD().glom().collect();
        assertThat(parts).hasSize(4);
        assertThat(parts.stream().flatMap(List::stream).map(r -> r.getString(0)).sorted().toList())
                .isEqualTo(files.stream().map(r -> r.getString(0)).toList());
        for (List<Row> part : parts) {
            long bytes = part.stream().mapToLong(r -> r.getLong(1)).filter(l -> l <= DocumentProcessor.DEFAULT_MAX_BYTES).sum();
            assertThat(bytes).isEqualTo(49_000L);
        }
        assertThat(listing.queryExecution().executedPlan().toString()).doesNotContain("Exchange");
    }

    @Test
    void rolesFlattenArgumentsDatesAmountsAndLists() throws Exception {
        ObjectMapper m = new ObjectMapper();
        assertThat(ResultRows.flat(m.readTree("{\"text\":\"the minister\",\"name\":\"Ann Lee\",\"type\":\"PERSON\"}"))).isEqualTo("Ann Lee");
        assertThat(ResultRows.flat(m.readTree("{\"text\":\"last May\",\"value\":\"2024-05\"}"))).isEqualTo("2024-05");
        assertThat(ResultRows.flat(m.readTree("{\"text\":\"$1.5bn\",\"value\":1.50E+9,\"currency\":\"USD\"}"))).isEqualTo("1500000000 USD");
        assertThat(ResultRows.flat(m.readTree("{\"text\":\"next week\"}"))).isEqualTo("next week");
        assertThat(ResultRows.flat(m.readTree("[{\"text\":\"A\",\"name\":\"A\",\"type\":\"LOCATION\"},{\"text\":\"B\",\"name\":\"B\",\"type\":\"LOCATION\"}]")))
                .isEqualTo("A; B");
    }

    private static ExtractionEngine throwingOn(String marker) {
        ExtractionEngine shared = ExtractionEngine.shared(SETTINGS);
        return (Document d) -> {
            if (d.text().contains(marker)) {
                throw new IllegalStateException("injected failure");
            }
            return shared.extract(d);
        };
    }

    private static Dataset<Row> docs(Row... rows) {
        return spark.createDataFrame(List.of(rows), DOCS);
    }

    private static byte[] serialized(Object closure) {
        ByteBuffer b = SparkEnv.get().closureSerializer().newInstance().serialize(closure, ClassTag$.MODULE$.apply(Object.class));
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
