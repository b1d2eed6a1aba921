package dev.eventex.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ExtractJob} in local[2]: the CLI's lines byte for byte, error rows, Parquet in and out. */
class ExtractJobTest {

    private static final Path SAMPLES = Path.of("sample-texts").toAbsolutePath();

    private static SparkSession spark;

    @TempDir
    static Path shared;

    private static Path bad;

    /** The CLI's lines for the sample texts and for the bad files: one CLI run for the class. */
    private static List<String> cliSamples;
    private static List<String> cliBad;

    @BeforeAll
    static void startSpark() throws IOException {
        bad = badFiles(shared.resolve("bad"));
        List<String> cli = cli(SAMPLES, bad);
        cliSamples = cli.stream().filter(l -> l.contains("\"source\":\"" + SAMPLES + "/")).toList();
        cliBad = cli.stream().filter(l -> l.contains("\"source\":\"" + bad + "/")).toList();
        assertThat(cliSamples.size() + cliBad.size()).isEqualTo(cli.size());
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @TempDir
    Path tmp;

    @Test
    void sampleTextsGiveTheClisLinesByteForByte() throws IOException {
        List<String> cli = cliSamples;
        Path out = tmp.resolve("out");

        ExtractJob.Counts c = ExtractJob.run(spark, options(SAMPLES, out, "jsonl", 3), quiet());

        List<String> job = jsonLines(out);
        assertThat(cli).hasSizeGreaterThan(10);
        assertThat(job).containsExactlyInAnyOrderElementsOf(cli);
        assertThat(c.documents()).isEqualTo(c.inputs()).isEqualTo(cli.size());
        assertThat(c.withErrors()).isZero();
        assertThat(c.eventsByType().keySet()).contains("Visit", "Meeting", "TradeGoal", "Donation");
    }

    @Test
    void oneSparkJobExtractsWritesAndCountsEveryDocumentOnce() throws Exception {
        Path out = tmp.resolve("out");
        AtomicInteger jobs = new AtomicInteger();
        AtomicInteger tasks = new AtomicInteger();
        SparkListener listener = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart jobStart) {
                jobs.incrementAndGet();
            }

            @Override
            public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
                tasks.incrementAndGet();
            }
        };
        spark.sparkContext().addSparkListener(listener);
        try {
            ExtractJob.Counts c = ExtractJob.run(spark, options(SAMPLES, out, "jsonl", 3), quiet());
            spark.sparkContext().listenerBus().waitUntilEmpty();

            assertThat(c.documents()).isEqualTo(cliSamples.size());
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
        assertThat(jobs.get()).as("no count jobs, no shuffle of the listing").isEqualTo(1);
        assertThat(tasks.get()).as("one task per partition, each document extracted once").isEqualTo(3);
    }

    @Test
    void aJsonLinesJobOverFilesRunsNoSparkSqlQuery() throws Exception {
        Path out = tmp.resolve("out");
        AtomicInteger queries = new AtomicInteger();
        SparkListener listener = new SparkListener() {
            @Override
            public void onOtherEvent(SparkListenerEvent event) {
                if (event instanceof SparkListenerSQLExecutionStart) {
                    queries.incrementAndGet();
                }
            }
        };
        spark.sparkContext().addSparkListener(listener);
        try {
            ExtractJob.run(spark, options(bad, out, "jsonl", 2), quiet());
            spark.sparkContext().listenerBus().waitUntilEmpty();
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
        assertThat(queries.get()).as("a query costs a fresh JVM seconds of planning and code generation").isZero();
        assertThat(jsonLines(out)).containsExactlyInAnyOrderElementsOf(cliBad);
    }

    @Test
    void overwriteReplacesAnEarlierJsonLinesOutput() throws IOException {
        Path out = tmp.resolve("out");
        ExtractJob.run(spark, options(SAMPLES, out, "jsonl", 3), quiet());

        ExtractJob.Options again = options(bad, out, "jsonl", 2);
        ExtractJob.run(spark, new ExtractJob.Options(again.input(), again.output(), again.format(), again.partitions(), again.glob(),
                again.inputFormat(), again.date(), again.timeoutSeconds(), again.models(), true), quiet());

        assertThat(jsonLines(out)).containsExactlyInAnyOrderElementsOf(cliBad);
    }

    @Test
    void badFilesBecomeErrorRowsLikeTheClisAndNoneIsLost() throws IOException {
        Path out = tmp.resolve("out");

        ExtractJob.Counts c = ExtractJob.run(spark, options(bad, out, "jsonl", 2), quiet());

        assertThat(jsonLines(out)).containsExactlyInAnyOrderElementsOf(cliBad);
        assertThat(c.inputs()).isEqualTo(5);
        assertThat(c.documents()).isEqualTo(5);
        assertThat(c.withErrors()).isEqualTo(4);
        assertThat(c.errorsByCode()).containsExactlyInAnyOrderEntriesOf(
                Map.of("EMPTY_INPUT", 2L, "BINARY_INPUT", 1L, "TOO_LARGE", 1L));
        assertThat(c.eventsByType()).containsEntry("Visit", 1L);
    }

    @Test
    void parquetOutputReadsBackWithTheDocumentAndEventSchemas() throws IOException {
        Path out = tmp.resolve("out");

        ExtractJob.run(spark, options(bad, out, "parquet", null), quiet());

        Dataset<Row> docs = spark.read().parquet(out.resolve("documents").toString());
        Dataset<Row> events = spark.read().parquet(out.resolve("events").toString());
        // Parquet reads every column back as nullable
        assertThat(docs.schema()).isEqualTo(EventexSpark.RESULT_SCHEMA.asNullable());
        assertThat(events.schema()).isEqualTo(EventexSpark.EVENT_SCHEMA.asNullable());
        assertThat(docs.count()).isEqualTo(5);
        List<Row> visit = events.filter("event_type = 'Visit'").collectAsList();
        assertThat(visit).hasSize(1);
        assertThat(visit.get(0).<String>getAs("document_id")).isEqualTo("visit.txt");
        Map<String, String> roles = scala.jdk.javaapi.CollectionConverters.asJava(visit.get(0).<scala.collection.Map<String, String>>getAs("roles"));
        assertThat(roles).containsEntry("destination", "Kenya");
        assertThat(docs.filter("id = 'huge.txt'").select("errors.code").first().getList(0)).containsExactly("TOO_LARGE");
    }

    @Test
    void parquetDocumentsInOneResultPerRow() throws IOException {
        Path docs = tmp.resolve("docs.parquet");
        List<Row> rows = List.of(
                org.apache.spark.sql.RowFactory.create("a", "Minister Tomas Varga of Elbonia arrived in Kenya on Monday for an official visit.", "2025-03-04"),
                org.apache.spark.sql.RowFactory.create("b", "   ", null),
                org.apache.spark.sql.RowFactory.create("c", null, null));
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
                .add("id", "string").add("text", "string").add("date", "string");
        spark.createDataFrame(rows, schema).write().parquet(docs.toString());
        Path out = tmp.resolve("out");

        ExtractJob.Counts c = ExtractJob.run(spark, options(docs, out, "jsonl", 2), quiet());

        assertThat(c.documents()).isEqualTo(3);
        assertThat(c.errorsByCode()).containsExactlyEntriesOf(Map.of("EMPTY_INPUT", 2L));
        assertThat(jsonLines(out)).anySatisfy(l -> assertThat(l).startsWith("{\"schemaVersion\":\"1.0\",\"document\":{\"id\":\"a\",\"date\":\"2025-03-04\""));
    }

    @Test
    void anExistingOutputOrAnEmptyInputStopsTheJobBeforeAnyWork() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExtractJob.run(spark, options(bad, out, "jsonl", null), quiet()))
                .isInstanceOf(IOException.class).hasMessageContaining("--overwrite");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExtractJob.run(spark, options(empty, tmp.resolve("out2"), "jsonl", null), quiet()))
                .isInstanceOf(IOException.class).hasMessageContaining("no input documents");
    }

    @Test
    void usageErrorsAreReportedBeforeSparkStarts() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExtractJob.parse(new String[] {"--input", "x"}))
                .hasMessageContaining("--output");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExtractJob.parse(new String[] {"--input", "x", "--output", "y", "--format", "csv"}))
                .hasMessageContaining("jsonl, parquet");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExtractJob.parse(new String[] {"--input", "x", "--output", "y", "--partitions", "0"}))
                .hasMessageContaining("positive");
    }

    /** A visit, two empty texts, a binary file and a file over the 64 MiB limit (sparse: never read). */
    private static Path badFiles(Path dir) throws IOException {
        Path in = Files.createDirectories(dir);
        Files.writeString(in.resolve("visit.txt"), "Minister Tomas Varga of Elbonia arrived in Kenya on Monday for an official visit.\n");
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("blank.txt"), " \n\n ");
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        try (RandomAccessFile f = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            f.setLength(DocumentProcessor.DEFAULT_MAX_BYTES + 1);
        }
        return in;
    }

    private static ExtractJob.Options options(Path in, Path out, String format, Integer partitions) {
        return new ExtractJob.Options(in.toString(), out.toString(), format, partitions, "*.txt", "auto", null, 60, null, false);
    }

    private static List<String> cli(Path... in) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code;
        try (PrintStream out = new PrintStream(o, true, StandardCharsets.UTF_8); PrintStream err = new PrintStream(e, true, StandardCharsets.UTF_8)) {
            List<String> args = new ArrayList<>(List.of("extract", "-q", "--threads", "2"));
            for (Path p : in) {
                args.add(p.toString());
            }
            code = Main.run(out, err, args.toArray(String[]::new));
        }
        assertThat(code).as(e.toString(StandardCharsets.UTF_8)).isIn(0, 1);
        return o.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static List<String> jsonLines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static PrintStream quiet() {
        return new PrintStream(java.io.OutputStream.nullOutputStream());
    }
}
