package dev.eventex.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The batch job: text files or Parquet documents in, results out, counts at the end.
 *
 * <pre>
 * spark-submit --class dev.eventex.spark.ExtractJob eventex-spark.jar --input DIR|GLOB|PARQUET --output DIR
 *     [--format jsonl|parquet] [--partitions N] [--glob *.txt] [--input-format auto|text|parquet]
 *     [--date YYYY-MM-DD] [--timeout S] [--models DIR] [--overwrite]
 * </pre>
 *
 * <p>{@code jsonl} writes the CLI's JSON lines (one per document) as text part files in DIR;
 * {@code parquet} writes DIR/documents ({@link EventexSpark#RESULT_SCHEMA}) and DIR/events
 * ({@link EventexSpark#EVENT_SCHEMA}). One pass: each document is extracted once, by the write,
 * and counted as it is written ({@link ResultTally}); the job checks that it wrote one result per
 * input document.
 */
public final class ExtractJob {

    /** Parsed command line. */
    record Options(String input, String output, String format, Integer partitions, String glob, String inputFormat,
                   LocalDate date, int timeoutSeconds, String models, boolean overwrite) {
    }

    /** What a run produced, as printed at the end. */
    record Counts(long inputs, long documents, Map<String, Long> eventsByType, Map<String, Long> errorsByCode, long withErrors) {
    }

    /** Wrong usage: a message for stderr, exit code 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private static final String USAGE = "usage: ExtractJob --input DIR|GLOB|PARQUET --output DIR [--format jsonl|parquet]"
            + " [--partitions N] [--glob GLOB] [--input-format auto|text|parquet] [--date YYYY-MM-DD] [--timeout S]"
            + " [--models DIR] [--overwrite]";

    private ExtractJob() {
    }

    /** Entry point for spark-submit; the master comes from spark-submit or {@code -Dspark.master}. */
    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (UsageException e) {
            System.err.println("eventex: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (new SparkConf().get("spark.master", "").startsWith("local")) {
            // in local mode this JVM is the executor: load the models while Spark starts, not after
            ExecutorExtractors.buildInBackground(settings(o));
        }
        SparkSession spark = SparkSession.builder().appName("eventex-extract").getOrCreate();
        int code;
        try {
            code = run(spark, o, System.out) == null ? 1 : 0;
        } catch (IOException e) {
            System.err.println("eventex: " + e.getMessage());
            code = 1;
        } finally {
            spark.stop();
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    static Options parse(String[] args) throws UsageException {
        String input = null;
        String output = null;
        String format = "jsonl";
        Integer partitions = null;
        String glob = "*.txt";
        String inputFormat = "auto";
        LocalDate date = null;
        int timeout = (int) dev.eventex.api.Extractor.DEFAULT_TIME_BUDGET.toSeconds();
        String models = null;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--overwrite")) {
                overwrite = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new UsageException(a.startsWith("--") ? a + " needs a value" : "unexpected argument " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--input" -> input = v;
                case "--output" -> output = v;
                case "--format" -> format = oneOf(a, v, "jsonl", "parquet");
                case "--partitions" -> partitions = positive(a, v);
                case "--glob" -> glob = v;
                case "--input-format" -> inputFormat = oneOf(a, v, "auto", "text", "parquet");
                case "--timeout" -> timeout = positive(a, v);
                case "--models" -> models = v;
                case "--date" -> {
                    try {
                        date = LocalDate.parse(v);
                    } catch (DateTimeParseException e) {
                        throw new UsageException("--date must be YYYY-MM-DD, got '" + v + "'");
                    }
                }
                default -> throw new UsageException("unknown option " + a);
            }
        }
        if (input == null || output == null) {
            throw new UsageException("--input and --output are required");
        }
        return new Options(input, output, format, partitions, glob, inputFormat, date, timeout, models, overwrite);
    }

    private static String oneOf(String option, String v, String... allowed) throws UsageException {
        for (String s : allowed) {
            if (s.equals(v)) {
                return v;
            }
        }
        throw new UsageException(option + " must be one of " + String.join(", ", allowed) + "; got '" + v + "'");
    }

    private static int positive(String option, String v) throws UsageException {
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a positive number; got '" + v + "'");
    }

    /**
     * Runs the job on {@code spark} and prints the counts to {@code out}. Returns the counts, or
     * null when the output does not hold one result per input (never expected).
     */
    static Counts run(SparkSession spark, Options o, PrintStream out) throws IOException {
        long t0 = System.nanoTime();
        Path target = new Path(o.output());
        if (!o.overwrite() && target.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(target)) {
            // checked before any work: Spark would only find out when writing
            throw new IOException("the output " + o.output() + " exists; remove it or add --overwrite");
        }
        DocumentProcessor processor = new DocumentProcessor(ExtractionEngine.shared(settings(o)),
                DocumentProcessor.DEFAULT_MAX_BYTES, DocumentProcessor.DEFAULT_MAX_CHARS);
        ResultTally tally = new ResultTally();
        spark.sparkContext().register(tally, "eventex results");
        // JSON Lines needs the line only; Parquet writes the full rows
        RowOutput output = new RowOutput(o.format().equals("jsonl"), tally);
        boolean parquetInput = isParquet(spark, o);
        Dataset<Row> inputs = null;
        List<Row> files = null;
        long inputCount;
        if (parquetInput) {
            inputs = spark.read().parquet(o.input());
            if (o.partitions() != null) {
                inputs = inputs.repartition(o.partitions());
            }
            inputCount = inputs.count();
        } else {
            files = EventexSpark.files(spark, o.input(), o.glob());
            inputCount = files.size();
        }
        if (inputCount == 0) {
            throw new IOException("no input documents found in " + o.input());
        }
        // one pass: the documents are extracted once, by the write, and counted on the way
        if (parquetInput) {
            write(spark, EventexSpark.extract(inputs, processor, output), o);
        } else {
            writeFiles(spark, files, o, processor, output);
        }
        ResultTally.Totals t = tally.value();
        Counts c = new Counts(inputCount, t.documents(), t.eventsByType(), t.errorsByCode(), t.withErrors());
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "eventex: %d documents in, %d results written to %s (%s)%n", c.inputs(), c.documents(), o.output(), o.format());
        out.printf(Locale.ROOT, "eventex: events %s%n", c.eventsByType().isEmpty() ? "none" : c.eventsByType());
        out.printf(Locale.ROOT, "eventex: %d documents with errors%s%n", c.withErrors(),
                c.errorsByCode().isEmpty() ? "" : " " + c.errorsByCode());
        out.printf(Locale.ROOT, "eventex: %.1f s%n", secs);
        if (c.inputs() != c.documents()) {
            out.printf("eventex: ERROR: %d input documents but %d results%n", c.inputs(), c.documents());
            return null;
        }
        return c;
    }

    private static ExtractorSettings settings(Options o) {
        return new ExtractorSettings(o.models(), false, o.timeoutSeconds(), o.date());
    }

    /**
     * Writes the results. Parquet: the documents, then their events read back from the written
     * documents, so extraction is not run a second time for the events.
     */
    private static void write(SparkSession spark, Dataset<Row> results, Options o) {
        SaveMode mode = o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        if (o.format().equals("parquet")) {
            String documents = new Path(o.output(), "documents").toString();
            results.write().mode(mode).parquet(documents);
            EventexSpark.events(spark.read().parquet(documents)).write().mode(mode).parquet(new Path(o.output(), "events").toString());
        } else {
            results.write().mode(mode).text(o.output());
        }
    }

    /**
     * Extracts and writes the listed files: JSON Lines through the RDD API (no Spark SQL query to
     * plan and compile), Parquet through a Dataset.
     */
    private static void writeFiles(SparkSession spark, List<Row> files, Options o, DocumentProcessor processor, RowOutput output)
            throws IOException {
        int partitions = o.partitions() != null ? o.partitions() : spark.sparkContext().defaultParallelism();
        JavaRDD<Row> listing = EventexSpark.slices(JavaSparkContext.fromSparkContext(spark.sparkContext()), files, partitions,
                DocumentProcessor.DEFAULT_MAX_BYTES);
        if (output.linesOnly()) {
            writeLines(spark, EventexSpark.extractFileLines(listing, processor, output.tally()), o);
        } else {
            write(spark, EventexSpark.extractFiles(spark.createDataFrame(listing, EventexSpark.FILE_LISTING_SCHEMA), processor, output), o);
        }
    }

    /**
     * Writes text lines as Spark's text source would (a {@code part-} file per partition, one
     * line each, {@code _SUCCESS}), through the RDD API: no Spark SQL query for a JSON Lines job.
     */
    private static void writeLines(SparkSession spark, JavaRDD<String> lines, Options o) throws IOException {
        Path target = new Path(o.output());
        FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (o.overwrite() && fs.exists(target)) {
            fs.delete(target, true);
        }
        lines.saveAsTextFile(o.output());
    }

    private static boolean isParquet(SparkSession spark, Options o) throws IOException {
        if (!o.inputFormat().equals("auto")) {
            return o.inputFormat().equals("parquet");
        }
        if (o.input().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            return true;
        }
        if (EventexSpark.hasGlob(o.input())) {
            return false;
        }
        Path p = new Path(o.input());
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(p)) {
            throw new IOException("input " + o.input() + " does not exist");
        }
        if (!fs.getFileStatus(p).isDirectory()) {
            return false;
        }
        // a Parquet data set: a folder whose own files are .parquet parts
        for (FileStatus s : fs.listStatus(p)) {
            if (s.isFile() && s.getPath().getName().endsWith(".parquet")) {
                return true;
            }
        }
        return false;
    }
}
