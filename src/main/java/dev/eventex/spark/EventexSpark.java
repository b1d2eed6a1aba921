package dev.eventex.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import dev.eventex.api.ExtractionResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Eventex over Spark Datasets.
 *
 * <p>{@link #extract(Dataset)} takes documents (columns {@code id} and {@code text}, optional
 * {@code date} as a date, timestamp or {@code YYYY-MM-DD} string, optional {@code source}) and
 * gives one row per document in {@link #RESULT_SCHEMA}: its contract JSON in {@code json}
 * (the line the CLI writes), its errors, and its events as structs. {@link #events(Dataset)}
 * flattens those to one row per event ({@link #EVENT_SCHEMA}) for Spark SQL. Every input row
 * yields exactly one result row; a bad document yields a row whose {@code errors} say why.
 *
 * <pre>{@code
 * Dataset<Row> results = EventexSpark.extract(spark.read().parquet("news.parquet"));
 * EventexSpark.events(results).createOrReplaceTempView("events");
 * spark.sql("SELECT roles['visitor'], roles['destination'] FROM events WHERE event_type = 'Visit'");
 * }</pre>
 */
public final class EventexSpark {

    /** One row per document: id, source, date, chars, json, errors (code, message), events. */
    public static final StructType RESULT_SCHEMA = ResultRows.RESULT;

    /**
     * One row per event: document_id, event_type, event_id, roles (role name to its canonical
     * value), tense, confidence, evidence (start/end offsets), event_json.
     */
    public static final StructType EVENT_SCHEMA = new StructType()
            .add("document_id", ResultRows.RESULT.apply("id").dataType(), false)
            .add("event_type", ResultRows.EVENT.apply("type").dataType(), false)
            .add("event_id", ResultRows.EVENT.apply("id").dataType(), false)
            .add(ResultRows.EVENT.apply("roles"))
            .add(ResultRows.EVENT.apply("tense"))
            .add(ResultRows.EVENT.apply("confidence"))
            .add(ResultRows.EVENT.apply("evidence"))
            .add("event_json", ResultRows.EVENT.apply("json").dataType(), false);

    private EventexSpark() {
    }

    /** Extracts every document with the packaged models and the CLI's limits. */
    public static Dataset<Row> extract(Dataset<Row> documents) {
        return extract(documents, DocumentProcessor.defaults());
    }

    /** Extracts every document with {@code processor} (engine, fallback date, size limits). */
    public static Dataset<Row> extract(Dataset<Row> documents, DocumentProcessor processor) {
        return extract(documents, processor, RowOutput.ROWS);
    }

    static Dataset<Row> extract(Dataset<Row> documents, DocumentProcessor processor, RowOutput output) {
        return documents.mapPartitions(textFunction(documents.schema(), processor, output), Encoders.row(output.schema()));
    }

    /** Columns of a file listing: the file's path (a URI) and its size in bytes. */
    public static final StructType FILE_LISTING_SCHEMA = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("length", DataTypes.LongType, false);

    /**
     * The text files of {@code input}: a directory (searched recursively for file names
     * matching {@code glob}, as the CLI's {@code --glob}), a file, or a Hadoop glob of files.
     * Listed on the driver through Hadoop, so empty files are kept (Spark's file sources skip
     * them, which would lose documents); the driver holds the listing (path and size per file).
     * Contents are read later, by {@link #extractFiles}, one file at a time. The files are
     * spread over the context's default parallelism, by size ({@link #partitioned}).
     */
    public static Dataset<Row> listFiles(SparkSession spark, String input, String glob) throws IOException {
        return partitioned(spark, files(spark, input, glob), spark.sparkContext().defaultParallelism(), DocumentProcessor.DEFAULT_MAX_BYTES);
    }

    /** The listing of {@link #listFiles} as rows of {@link #FILE_LISTING_SCHEMA}, sorted by path. */
    static List<Row> files(SparkSession spark, String input, String glob) throws IOException {
        return files(spark.sparkContext().hadoopConfiguration(), input, glob);
    }

    /**
     * The listing of {@link #listFiles} with a Hadoop configuration: the files Hadoop's recursive
     * {@code FileSystem.listFiles} gives, found with {@code listStatus} one directory at a time.
     * {@code listFiles} hands out {@code LocatedFileStatus}es, whose constructor reads each file's
     * owner and permissions; on the local file system without Hadoop's native library that runs
     * {@code ls -ld} in a child process per file (about 5-20 ms each: 1,540 texts took 10-35 s of
     * the driver's time), and the listing needs only each file's path and size.
     */
    static List<Row> files(org.apache.hadoop.conf.Configuration conf, String input, String glob) throws IOException {
        Path p = new Path(input);
        FileSystem fs = p.getFileSystem(conf);
        PathMatcher names = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Row> files = new ArrayList<>();
        FileStatus[] matched = hasGlob(input) ? fs.globStatus(p) : new FileStatus[] {fs.getFileStatus(p)};
        for (FileStatus s : matched == null ? new FileStatus[0] : matched) {
            if (!s.isDirectory()) {
                files.add(RowFactory.create(s.getPath().toString(), s.getLen()));
                continue;
            }
            // as listFiles: a file is listed, anything else is listed in turn
            java.util.ArrayDeque<Path> dirs = new java.util.ArrayDeque<>();
            dirs.push(s.getPath());
            while (!dirs.isEmpty()) {
                for (FileStatus f : fs.listStatus(dirs.pop())) {
                    if (!f.isFile()) {
                        dirs.push(f.getPath());
                    } else if (names.matches(java.nio.file.Path.of(f.getPath().getName()))) {
                        files.add(RowFactory.create(f.getPath().toString(), f.getLen()));
                    }
                }
            }
        }
        files.sort(java.util.Comparator.comparing(r -> r.getString(0)));
        return files;
    }

    /**
     * A listing as a Dataset of {@code partitions} partitions (fewer when there are fewer files)
     * of about equal bytes ({@link BalancedSlices}), so no task is left with the long texts at
     * the end; files over {@code maxBytes} weigh nothing (they are never read). Built from the
     * driver's list without a shuffle.
     */
    static Dataset<Row> partitioned(SparkSession spark, List<Row> files, int partitions, long maxBytes) {
        return spark.createDataFrame(slices(JavaSparkContext.fromSparkContext(spark.sparkContext()), files, partitions, maxBytes),
                FILE_LISTING_SCHEMA);
    }

    /** The rows of {@link #partitioned} as a plain RDD (no Spark SQL: no query to plan or compile). */
    static JavaRDD<Row> slices(JavaSparkContext jsc, List<Row> files, int partitions, long maxBytes) {
        long[] weights = new long[files.size()];
        for (int i = 0; i < weights.length; i++) {
            long length = files.get(i).getLong(1);
            weights[i] = length > maxBytes ? 0 : length;
        }
        List<List<Row>> slices = new ArrayList<>();
        for (int[] slice : BalancedSlices.of(weights, partitions)) {
            List<Row> rows = new ArrayList<>(slice.length);
            for (int i : slice) {
                rows.add(files.get(i));
            }
            slices.add(rows);
        }
        // one slice per partition: parallelize cuts a list of k elements into k one-element slices
        return jsc.parallelize(slices, Math.max(1, slices.size())).flatMap(List::iterator);
    }

    /** Extracts the files of a {@link #listFiles} listing: one result row per file. */
    public static Dataset<Row> extractFiles(Dataset<Row> listing, DocumentProcessor processor) {
        return extractFiles(listing, processor, RowOutput.ROWS);
    }

    static Dataset<Row> extractFiles(Dataset<Row> listing, DocumentProcessor processor, RowOutput output) {
        // the configuration (some hundred KB) goes to each executor once, not with every task
        Broadcast<HadoopConf> conf = JavaSparkContext.fromSparkContext(listing.sparkSession().sparkContext())
                .broadcast(new HadoopConf(listing.sparkSession().sparkContext().hadoopConfiguration()));
        return listing.mapPartitions(new FilePartition(processor, conf, output), Encoders.row(output.schema()));
    }

    /**
     * The JSON lines of the files of {@code listing} (rows of {@link #FILE_LISTING_SCHEMA}), as
     * {@link #extractFiles} with a lines-only output makes them, but on the RDD API: a JSON Lines
     * job needs none of Spark SQL, whose first query costs a fresh JVM seconds of planning, code
     * generation and class loading.
     */
    static JavaRDD<String> extractFileLines(JavaRDD<Row> listing, DocumentProcessor processor, ResultTally tally) {
        Broadcast<HadoopConf> conf = JavaSparkContext.fromSparkContext(listing.context())
                .broadcast(new HadoopConf(listing.context().hadoopConfiguration()));
        FilePartition files = new FilePartition(processor, conf, new RowOutput(true, tally));
        return listing.mapPartitions(rows -> map(files.call(rows), r -> r.getString(0)));
    }

    /** One row per event of {@code results} (rows of {@link #RESULT_SCHEMA}), in {@link #EVENT_SCHEMA}. */
    public static Dataset<Row> events(Dataset<Row> results) {
        return results.select(col("id").as("document_id"), explode(col("events")).as("e"))
                .select(col("document_id"), col("e.type").as("event_type"), col("e.id").as("event_id"), col("e.roles").as("roles"),
                        col("e.tense").as("tense"), col("e.confidence").as("confidence"), col("e.evidence").as("evidence"),
                        col("e.json").as("event_json"));
    }

    static boolean hasGlob(String path) {
        return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    static MapPartitionsFunction<Row, Row> textFunction(StructType schema, DocumentProcessor processor) {
        return textFunction(schema, processor, RowOutput.ROWS);
    }

    static MapPartitionsFunction<Row, Row> textFunction(StructType schema, DocumentProcessor processor, RowOutput output) {
        List<String> names = List.of(schema.fieldNames());
        if (!names.contains("id") || !names.contains("text")) {
            throw new IllegalArgumentException("documents need columns id and text; got " + names);
        }
        if (!schema.apply("text").dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("the text column must be a string; got " + schema.apply("text").dataType().simpleString());
        }
        return new TextPartition(processor, names.indexOf("id"), names.indexOf("text"), names.indexOf("date"), names.indexOf("source"), output);
    }

    /**
     * Documents given as rows. Holds column positions and the processor (settings only): the
     * extractor is found in the executor JVM, never shipped with the function.
     */
    record TextPartition(DocumentProcessor processor, int id, int text, int date, int source, RowOutput output)
            implements MapPartitionsFunction<Row, Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            java.util.function.Function<ExtractionResult, Row> out = output.forPartition();
            return map(rows, r -> out.apply(processor.text(string(r, id), string(r, source), string(r, text),
                    date < 0 || r.isNullAt(date) ? null : r.get(date))));
        }

        private static String string(Row r, int i) {
            return i < 0 || r.isNullAt(i) ? null : r.get(i).toString();
        }
    }

    /** Files given by a listing: each opened through Hadoop, so local, HDFS and object stores work alike. */
    record FilePartition(DocumentProcessor processor, Broadcast<HadoopConf> conf, RowOutput output)
            implements MapPartitionsFunction<Row, Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            java.util.function.Function<ExtractionResult, Row> out = output.forPartition();
            return map(rows, r -> {
                Path path = new Path(r.getString(0));
                long length = r.getLong(1);
                return out.apply(processor.file(path.getName(), source(path), length, () -> read(path)));
            });
        }

        private byte[] read(Path path) throws IOException {
            try (InputStream in = path.getFileSystem(conf.value().get()).open(path)) {
                return in.readAllBytes();
            }
        }
    }

    /** A local file as its plain path (as the CLI shows it); other file systems as URIs. */
    static String source(Path path) {
        java.net.URI u = path.toUri();
        return "file".equals(u.getScheme()) ? u.getPath() : path.toString();
    }

    /** Lazy: a partition is processed as Spark pulls rows, so memory holds one document at a time. */
    private static <T> Iterator<T> map(Iterator<Row> in, java.util.function.Function<Row, T> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public T next() {
                return f.apply(in.next());
            }
        };
    }
}
