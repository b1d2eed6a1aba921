package dev.eventex.cli;

import dev.eventex.api.Document;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench}: measures the extractor on a folder of texts, in memory (no output written):
 * model load time, documents/s, tokens/s, chars/s and peak heap; optionally side by side with
 * OpenNLP's bare sentence detection + tokenization + POS tagging on the same texts
 * ({@code --baseline}) and 1 thread against N threads ({@code --compare-threads}).
 *
 * <p>Each measurement runs {@code --rounds} times after a warm-up, the contenders alternating
 * round by round so that load from other processes hits them alike; the median round is
 * reported.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput and memory on the *.txt files under PATH (read once into memory).",
                "Prints model load time, documents/s, tokens/s (tokens counted with the bare OpenNLP tokenizer), "
                        + "chars/s and peak heap; the median of --rounds timed rounds after a warm-up."})
final class BenchCommand implements Callable<Integer> {

    static final String SENT_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files or directories (searched recursively for *.txt).")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "K", description = "Use the texts K times over (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "R", description = "Timed rounds per measurement; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "2", paramLabel = "W", description = "Untimed passes over the texts before timing (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--baseline", description = "Also time bare OpenNLP sentence detection + tokenization + POS tagging on the same texts and threads.")
    boolean baseline;

    @Option(names = "--baseline-only", description = "Time bare OpenNLP alone: no Extractor is built, so the JIT compiles OpenNLP's code"
            + " for the baseline only (what --baseline-jvm runs in its child JVM).")
    boolean baselineOnly;

    @Option(names = "--baseline-jvm", description = "Time the bare OpenNLP baseline in a JVM of its own (this command with --baseline-only,"
            + " the same Java, class path, JVM options and texts), after this JVM's timed rounds, and print full / bare.")
    boolean baselineJvm;

    @Option(names = "--compare-threads", description = "Time the full pipeline on 1 thread and on --threads N threads, and print the speed-up.")
    boolean compareThreads;

    @Option(names = "--no-name-model", description = "Run without the statistical name finder.")
    boolean noNameModel;

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    record Text(String id, String text) {
    }

    /**
     * One timed pass: wall time, what was processed, the workers' CPU time and the bytes they
     * allocated (-1 when the JVM cannot tell; unlike time, bytes do not depend on other load).
     */
    record Pass(double seconds, long docs, long chars, long checksum, double cpuSeconds, long allocatedBytes) {
    }

    @Override
    public Integer call() throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || repeat < 1 || rounds < 1 || warmup < 0) {
            err.println("eventex bench: --threads, --repeat and --rounds must be at least 1, --warmup at least 0");
            return 2;
        }
        List<Text> texts;
        try {
            texts = read(paths, repeat);
        } catch (IOException | UncheckedIOException e) {
            err.println("eventex bench: " + e.getMessage());
            return 2;
        }
        if (texts.isEmpty()) {
            err.println("eventex bench: no *.txt files under " + paths);
            return 1;
        }
        HeapWatch heap = new HeapWatch();
        heap.start();

        long t0 = System.nanoTime();
        Extractor extractor = baselineOnly ? null : Extractor.builder().nameModel(!noNameModel).build();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        long t1 = System.nanoTime();
        Baseline base = Baseline.load();
        double baseLoadSeconds = (System.nanoTime() - t1) / 1e9;

        long chars = texts.stream().mapToLong(t -> t.text().length()).sum();
        long tokens = 0;
        for (Text t : texts) {
            tokens += base.tokenCount(t.text());
        }
        out.printf(Locale.ROOT, "eventex bench: %d documents (%d files x %d), %,d chars, %,d tokens (OpenNLP tokenizer)%n",
                texts.size(), texts.size() / repeat, repeat, chars, tokens);
        out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "model load: Extractor %s; OpenNLP sentence+token+POS models %.2f s%n",
                baselineOnly ? "not built (--baseline-only)" : String.format(Locale.ROOT, "%.2f s (first in this JVM)", loadSeconds),
                baseLoadSeconds);

        ToLongFunction<Text> full = t -> {
            ExtractionResult r = extractor.extract(Document.of(t.id(), t.text()));
            return r.events().size() * 31L + r.entities().size();
        };
        ToLongFunction<Text> bare = base::run;

        List<String> names = new ArrayList<>();
        List<ToLongFunction<Text>> jobs = new ArrayList<>();
        List<Integer> threadCounts = new ArrayList<>();
        boolean withFull = !baselineOnly;
        boolean withBare = baselineOnly || (baseline && !baselineJvm);
        if (withFull && compareThreads) {
            names.add("full pipeline, 1 thread");
            jobs.add(full);
            threadCounts.add(1);
        }
        if (withFull) {
            names.add("full pipeline, " + n + " thread" + (n == 1 ? "" : "s"));
            jobs.add(full);
            threadCounts.add(n);
        }
        if (withBare) {
            if (compareThreads && n != 1) {
                names.add("OpenNLP sent+tok+POS, 1 thread");
                jobs.add(bare);
                threadCounts.add(1);
            }
            names.add("OpenNLP sent+tok+POS, " + n + " thread" + (n == 1 ? "" : "s"));
            jobs.add(bare);
            threadCounts.add(n);
        }

        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread th = new Thread(r, "eventex-bench");
            th.setDaemon(true);
            return th;
        });
        try {
            err.printf("eventex bench: warm-up (%d pass%s)...%n", warmup, warmup == 1 ? "" : "es");
            for (int w = 0; w < warmup; w++) {
                for (int j = 0; j < jobs.size(); j++) {
                    time(pool, threadCounts.get(j), texts, jobs.get(j));
                }
            }
            heap.resetPeaks();
            List<List<Pass>> results = new ArrayList<>();
            for (int j = 0; j < jobs.size(); j++) {
                results.add(new ArrayList<>());
            }
            for (int r = 0; r < rounds; r++) {
                err.printf("eventex bench: round %d of %d%n", r + 1, rounds);
                for (int j = 0; j < jobs.size(); j++) {
                    results.get(j).add(time(pool, threadCounts.get(j), texts, jobs.get(j)));
                }
            }
            out.println();
            out.printf(Locale.ROOT, "%-36s %10s %12s %12s %11s %8s %13s   %s%n", "measurement (median of " + rounds + ")", "docs/s",
                    "tokens/s", "chars/s", "CPU ms/doc", "CPU use", "alloc MB/doc", "docs/s of each round");
            double[] medians = new double[jobs.size()];
            double[] cpuPerDoc = new double[jobs.size()];
            for (int j = 0; j < jobs.size(); j++) {
                List<Pass> ps = results.get(j);
                double[] docsPerSec = ps.stream().mapToDouble(p -> p.docs() / p.seconds()).toArray();
                double[] secs = ps.stream().mapToDouble(Pass::seconds).toArray();
                double med = median(secs);
                medians[j] = texts.size() / med;
                StringBuilder each = new StringBuilder();
                for (double d : docsPerSec) {
                    each.append(each.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", d));
                }
                double cpu = median(ps.stream().mapToDouble(Pass::cpuSeconds).toArray());
                double use = median(ps.stream().mapToDouble(p -> p.cpuSeconds() / p.seconds()).toArray()) / threadCounts.get(j);
                double alloc = median(ps.stream().mapToDouble(p -> p.allocatedBytes() / 1e6).toArray());
                cpuPerDoc[j] = 1000 * cpu / texts.size();
                out.printf(Locale.ROOT, "%-36s %10.1f %,12.0f %,12.0f %11.2f %7.0f%% %13s   %s%n", names.get(j), texts.size() / med,
                        tokens / med, chars / med, 1000 * cpu / texts.size(), 100 * use,
                        alloc < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", alloc / texts.size()), each);
            }
            out.println();
            if (baselineOnly) {
                for (int j = 0; j < jobs.size(); j++) {
                    out.println(BaselineJvm.resultLine(threadCounts.get(j), medians[j], cpuPerDoc[j]));
                }
                return 0;
            }
            int fullN = compareThreads ? 1 : 0;
            if (compareThreads) {
                out.printf(Locale.ROOT, "speed-up %d threads / 1 thread (full pipeline): %.2fx%n", n, medians[1] / medians[0]);
            }
            out.println("(CPU use: worker CPU time / (wall time x threads); well under 100% means the workers waited for a core"
                    + " or a lock: other load on the machine, or contention)");
            if (withBare) {
                int bareN = jobs.size() - 1;
                out.printf(Locale.ROOT, "full pipeline / bare OpenNLP (%d thread%s): %.1f%%%n", n, n == 1 ? "" : "s",
                        100 * medians[fullN] / medians[bareN]);
                if (compareThreads && n != 1) {
                    out.printf(Locale.ROOT, "full pipeline / bare OpenNLP (1 thread): %.1f%%%n", 100 * medians[0] / medians[2]);
                }
            }
            heap.stop();
            out.printf(Locale.ROOT, "peak heap during timed rounds: %.1f MB used (sampled every 20 ms), %.1f MB max live after a GC, "
                    + "%.1f MB committed%n", heap.peakUsed / 1048576.0, heap.maxAfterGc() / 1048576.0, heap.peakCommitted / 1048576.0);
            out.printf(Locale.ROOT, "peak heap during timed rounds (sum of heap pool peaks): %.1f MB%n", heap.poolPeaks() / 1048576.0);
            if (baselineJvm) {
                BaselineJvm child = new BaselineJvm(paths, n, repeat, warmup, rounds, compareThreads && n != 1);
                child.report(out, err, medians[fullN], cpuPerDoc[fullN], compareThreads && n != 1 ? medians[0] : -1,
                        compareThreads && n != 1 ? cpuPerDoc[0] : -1);
            }
        } finally {
            pool.shutdownNow();
            heap.stop();
        }
        return 0;
    }

    /** Runs {@code job} over all texts on {@code nThreads} workers; returns wall time. */
    static Pass time(ExecutorService pool, int nThreads, List<Text> texts, ToLongFunction<Text> job)
            throws InterruptedException, ExecutionException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong sum = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicLong allocated = new AtomicLong();
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean bytes = mx instanceof com.sun.management.ThreadMXBean b
                && b.isThreadAllocatedMemorySupported() && b.isThreadAllocatedMemoryEnabled() ? b : null;
        List<Callable<Void>> workers = new ArrayList<>();
        for (int i = 0; i < nThreads; i++) {
            workers.add(() -> {
                long cpu0 = mx.getCurrentThreadCpuTime();
                long alloc0 = bytes == null ? 0 : bytes.getCurrentThreadAllocatedBytes();
                long s = 0;
                long c = 0;
                for (int k; (k = next.getAndIncrement()) < texts.size(); ) {
                    Text t = texts.get(k);
                    s += job.applyAsLong(t);
                    c += t.text().length();
                }
                sum.addAndGet(s);
                chars.addAndGet(c);
                cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
                if (bytes != null) {
                    allocated.addAndGet(bytes.getCurrentThreadAllocatedBytes() - alloc0);
                }
                return null;
            });
        }
        long t0 = System.nanoTime();
        List<Future<Void>> fs = pool.invokeAll(workers);
        for (Future<Void> f : fs) {
            f.get();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        return new Pass(secs, texts.size(), chars.get(), sum.get(), cpuNanos.get() / 1e9, bytes == null ? -1 : allocated.get());
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    /** The *.txt files under the paths, sorted, read as UTF-8 (malformed bytes replaced), K times over. */
    static List<Text> read(List<Path> paths, int repeat) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IOException("no such file or directory: " + p);
            }
        }
        List<Text> one = new ArrayList<>();
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            one.add(new Text(f.toString(), new String(b, StandardCharsets.UTF_8)));
        }
        List<Text> all = new ArrayList<>(one.size() * repeat);
        for (int k = 0; k < repeat; k++) {
            for (Text t : one) {
                all.add(k == 0 ? t : new Text(t.id() + "#" + k, t.text()));
            }
        }
        return all;
    }

    /**
     * OpenNLP 2.5.6 with the same Maven Central models as the extractor, bare: sentence
     * detection, tokenization and POS tagging, one {@code *ME} instance per thread over shared
     * models.
     */
    static final class Baseline {
        private final SentenceModel sentModel;
        private final TokenizerModel tokenModel;
        private final POSModel posModel;
        private final ThreadLocal<SentenceDetectorME> sent;
        private final ThreadLocal<TokenizerME> tok;
        private final ThreadLocal<POSTaggerME> pos;

        private Baseline(SentenceModel s, TokenizerModel t, POSModel p) {
            this.sentModel = s;
            this.tokenModel = t;
            this.posModel = p;
            this.sent = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentModel));
            this.tok = ThreadLocal.withInitial(() -> new TokenizerME(tokenModel));
            this.pos = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
        }

        static Baseline load() throws IOException {
            return new Baseline(new SentenceModel(open(SENT_MODEL)), new TokenizerModel(open(TOKEN_MODEL)), new POSModel(open(POS_MODEL)));
        }

        private static InputStream open(String name) throws IOException {
            InputStream in = BenchCommand.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IOException("OpenNLP model " + name + " not on the classpath");
            }
            return in;
        }

        /** Sentence detection + tokenization + POS tagging; returns the number of tags. */
        long run(Text t) {
            SentenceDetectorME sd = sent.get();
            TokenizerME tk = tok.get();
            POSTaggerME tg = pos.get();
            long n = 0;
            for (String s : sd.sentDetect(t.text())) {
                String[] words = tk.tokenize(s);
                n += tg.tag(words).length;
            }
            return n;
        }

        /** Tokens as the bare OpenNLP pipeline sees them (sentence detection + tokenization). */
        long tokenCount(String text) {
            long n = 0;
            for (String s : sent.get().sentDetect(text)) {
                n += tok.get().tokenize(s).length;
            }
            return n;
        }
    }

    /** Samples heap use and records the largest live heap after each GC. */
    static final class HeapWatch {
        volatile long peakUsed;
        volatile long peakCommitted;
        private volatile boolean running;
        private Thread thread;

        void start() {
            listenToGcs();
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "eventex-heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            MemoryUsage u = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            if (u.getUsed() > peakUsed) {
                peakUsed = u.getUsed();
            }
            if (u.getCommitted() > peakCommitted) {
                peakCommitted = u.getCommitted();
            }
        }

        void resetPeaks() {
            peakUsed = 0;
            peakCommitted = 0;
            maxAfterGc.set(0);
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    p.resetPeakUsage();
                }
            }
        }

        /**
         * The largest heap in use right after a collection since the last reset (what survived
         * the GC: the live set plus old-generation garbage not yet collected), from GC
         * notifications.
         */
        long maxAfterGc() {
            return maxAfterGc.get();
        }

        private final AtomicLong maxAfterGc = new AtomicLong();

        private void listenToGcs() {
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter emitter) {
                    emitter.addNotificationListener((notification, handback) -> {
                        if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                                .equals(notification.getType())) {
                            return;
                        }
                        var info = com.sun.management.GarbageCollectionNotificationInfo
                                .from((javax.management.openmbean.CompositeData) notification.getUserData());
                        long used = 0;
                        for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                            if (HEAP_POOLS.contains(e.getKey())) {
                                used += e.getValue().getUsed();
                            }
                        }
                        long u = used;
                        maxAfterGc.accumulateAndGet(u, Math::max);
                    }, null, null);
                }
            }
        }

        private static final java.util.Set<String> HEAP_POOLS = heapPoolNames();

        private static java.util.Set<String> heapPoolNames() {
            java.util.Set<String> s = new java.util.HashSet<>();
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    s.add(p.getName());
                }
            }
            return s;
        }

        long poolPeaks() {
            long sum = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    sum += p.getPeakUsage().getUsed();
                }
            }
            return sum;
        }

        void stop() {
            running = false;
            if (thread != null) {
                thread.interrupt();
            }
        }
    }
}
