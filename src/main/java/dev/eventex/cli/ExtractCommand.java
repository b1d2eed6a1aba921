package dev.eventex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventex.api.Document;
import dev.eventex.api.DocumentInfo;
import dev.eventex.api.Event;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Extractor;
import dev.eventex.api.ProcessingError;
import dev.eventex.internal.InputReader;
import dev.eventex.json.ResultJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code extract}: runs the extractor over files, directories or standard input. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract entities and events from text files, writing one JSON result per document (JSON Lines).",
                "PATH is a file, a directory (searched recursively for --glob) or - for standard input.",
                "--jsonl FILE reads documents from JSON Lines: one {\"id\", \"text\", \"date\"} object per line (date optional)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document was processed", "1:some document has errors (its line says why) or an input could not be read",
                "2:wrong usage", "3:the output could not be written (also a closed standard output)",
                "130/143:stopped by SIGINT/SIGTERM (whole lines kept; continue with --resume)"})
final class ExtractCommand implements Callable<Integer> {

    static final long MAX_BYTES = 64L * 1024 * 1024;


    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--jsonl", paramLabel = "FILE", description = "A JSON Lines file (or - for standard input) of documents, one "
            + "{\"id\", \"text\", \"date\"} object per line (date optional: YYYY-MM-DD or an ISO date-time); a malformed line "
            + "gets a result with errors and the run goes on. Repeatable; read after the PATHs.")
    List<String> jsonl = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write results to FILE (atomically, through .FILE.partial) instead of standard output; "
            + "devices, pipes and FIFOs are written directly; - is standard output.")
    Path output;

    @Option(names = "--glob", defaultValue = "*.txt", paramLabel = "GLOB", description = "File names to take from directories (default: ${DEFAULT-VALUE}).")
    String glob;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for texts that carry none (anchors 'yesterday', 'last month').")
    String date;

    @Option(names = "--pretty", description = "Pretty-print the JSON (only for a single document).")
    boolean pretty;

    @Option(names = "--explain", description = "Explain: add to every event its rules, triggers, the source of each role value and the parts of its confidence, and list the triggers that made no event, with the reason.")
    boolean explain;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS", description = "Time budget per document (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--resume", description = "With -o FILE: skip inputs already in FILE (or its .partial file, cut back to its last complete line) and append.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary on standard error.")
    boolean quiet;

    @Option(names = "--models", paramLabel = "DIR", description = "A models directory overriding the packaged gazetteers, rules and models.")
    Path models;

    private final PrintStream stdout;
    private final PrintStream stderr;

    ExtractCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate fallbackDate = null;
        if (date != null) {
            try {
                fallbackDate = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                return usage("--date must be YYYY-MM-DD, got '" + date + "'");
            }
        }
        boolean toStdout = output == null || ResultSink.isStdout(output);
        boolean special = !toStdout && ResultSink.isSpecial(output);
        if (resume && (toStdout || special)) {
            return usage("--resume needs -o FILE with a regular file" + (toStdout ? "" : "; " + output + " is not one"));
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            return usage("--threads must be at least 1");
        }
        if (nThreads > MAX_THREADS) {
            return usage("--threads must be at most " + MAX_THREADS + ", got " + nThreads);
        }
        if (timeoutSeconds < 1) {
            return usage("--timeout must be at least 1 second");
        }
        if (models != null && !Files.isDirectory(models)) {
            return usage("--models: no such directory: " + models);
        }
        if (paths.isEmpty() && jsonl.isEmpty()) {
            return usage("give a PATH or --jsonl FILE");
        }
        if (paths.contains("-") && jsonl.contains("-") || jsonl.stream().filter("-"::equals).count() > 1) {
            return usage("standard input can be read only once (- given more than once)");
        }
        if (pretty && !jsonl.isEmpty()) {
            return usage("--pretty is for a single document; --jsonl input is a batch");
        }
        InputLister lister;
        try {
            lister = new InputLister(glob).withDirectoryOpener(directoryOpener);
        } catch (IllegalArgumentException e) { // PatternSyntaxException, or an unknown syntax
            return usage("--glob '" + glob + "' is not a valid glob: " + e.getMessage().lines().findFirst().orElse(""));
        }
        try {
            lister.validate(paths);
            JsonlInput.validate(jsonl);
        } catch (InputLister.UsageException e) {
            return usage(e.getMessage());
        }
        if (!toStdout && !special) {
            Path target = ResultSink.finalTarget(output);
            Path temp = ResultSink.tempFor(target);
            if (InputLister.isGivenDirectly(paths, target) || InputLister.isGivenDirectly(paths, temp)
                    || InputLister.isGivenDirectly(jsonl, target) || InputLister.isGivenDirectly(jsonl, temp)) {
                return usage("the output " + output + " is one of the inputs; it would be overwritten");
            }
            if (Files.isRegularFile(target) && lister.wouldTake(paths, target) && !looksLikeResults(target)) {
                return usage("the output " + output + " is one of the inputs (it matches --glob in an input directory)"
                        + " and holds no results of an earlier run; it would be overwritten");
            }
            // a results file (or its .partial) inside an input directory is never read back as news
            lister.excluding(target, temp);
        }
        if (pretty) {
            int n = lister.count(paths);
            if (n > 1) {
                return usage("--pretty is for a single document; " + n + " documents were given");
            }
        }
        Set<String> done = resume ? alreadyDone(output) : Set.of();

        if (resume && !quiet) {
            stderr.printf("eventex: resuming: %d inputs already done%n", done.size());
        }
        // System.console() is non-null only when the JVM runs attached to a terminal
        boolean terminal = System.console() != null;
        boolean showProgress = !quiet && terminal;
        int total = showProgress ? Math.max(0, lister.count(paths) + JsonlInput.count(jsonl) - done.size()) : 0;
        java.util.Iterator<InputItem> items = concat(lister.iterate(paths), new JsonlInput(jsonl, MAX_BYTES, () -> System.in));

        ResultSink sink;
        try {
            sink = toStdout ? ResultSink.stdout(stdout) : special ? ResultSink.special(output) : ResultSink.file(output, resume);
        } catch (IOException e) {
            stderr.println("eventex: cannot write output " + output + ": " + describe(e));
            return 3;
        }
        // from here on a SIGTERM / SIGINT keeps whole lines and says how to resume
        Thread hook = new Thread(() -> onShutdown(sink), "eventex-shutdown");
        boolean hooked = installHook(hook);
        ResultJson json = new ResultJson();
        long t0 = System.nanoTime();
        Summary summary = new Summary();
        // on a terminal a bar; in logs and CI a plain line every few seconds
        Progress progress = terminal ? new Progress(stderr, total, showProgress)
                : new Progress(stderr, 0, !quiet, false, progressLineNanos);
        ExecutorService pool = null;
        try (sink) {
            Extractor.Builder b = Extractor.builder().explain(explain).timeBudget(Duration.ofSeconds(timeoutSeconds))
                    .fallbackDate(fallbackDate);
            if (models != null) {
                b.modelsDirectory(models);
            }
            Extractor extractor;
            try {
                extractor = b.build();
            } catch (RuntimeException e) {
                // a configuration error (a bad rule or gazetteer line names file and line): no stack trace
                stderr.println("eventex: cannot load the models: " + e.getMessage());
                if ("DEBUG".equalsIgnoreCase(System.getenv("EVENTEX_LOG_LEVEL"))) {
                    e.printStackTrace(stderr);
                }
                sink.abandon();
                return 2;
            }
            java.util.function.Function<Document, ExtractionResult> extract = extractor::extract;
            pool = Executors.newFixedThreadPool(nThreads, r -> {
                Thread t = new Thread(r, "eventex-worker");
                t.setDaemon(true);
                return t;
            });
            Deque<Pending> inFlight = new ArrayDeque<>();
            int written = 0;
            int window = nThreads * 4;
            while (items.hasNext() || !inFlight.isEmpty()) {
                while (items.hasNext() && inFlight.size() < window) {
                    InputItem item = items.next();
                    if (!done.isEmpty() && done.contains(resumeKey(item.source()))) {
                        continue;
                    }
                    inFlight.add(new Pending(item, pool.submit(() -> process(extract, item))));
                }
                if (inFlight.isEmpty()) {
                    break;
                }
                Pending p = inFlight.poll();
                ExtractionResult r = await(p, timeoutSeconds);
                summary.add(r);
                sink.write(pretty ? json.toPretty(r) : json.toLine(r));
                progress.update(++written);
            }
            sink.commit();
        } catch (ResultSink.StoppedException e) {
            // a signal is shutting the JVM down; the shutdown hook reports
            return 130;
        } catch (IOException e) {
            stderr.println("eventex: cannot write output " + (toStdout ? "(standard output)" : output) + ": " + describe(e));
            if (sink.isPartial()) {
                stderr.println("eventex: " + sink.lines() + " complete results are in " + sink.description()
                        + "; run the same command with --resume to continue");
            }
            return 3;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            if (hooked) {
                removeHook(hook);
            }
        }
        for (String w : lister.warnings()) {
            stderr.println("eventex: warning: " + w);
        }
        for (String e : lister.errors()) {
            stderr.println("eventex: error: " + e);
        }
        if (summary.documents == 0 && done.isEmpty()) {
            stderr.println("eventex: no input documents found");
            return 1;
        }
        if (!quiet) {
            stderr.println(summary.describe((System.nanoTime() - t0) / 1e9));
        }
        boolean unreadInputs = !lister.errors().isEmpty();
        return summary.failed > 0 || unreadInputs || !lister.warnings().isEmpty() && summary.documents == 0 ? 1 : 0;
    }

    /** {@code a}'s items, then {@code b}'s. */
    private static java.util.Iterator<InputItem> concat(java.util.Iterator<InputItem> a, java.util.Iterator<InputItem> b) {
        return new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return a.hasNext() || b.hasNext();
            }

            @Override
            public InputItem next() {
                return a.hasNext() ? a.next() : b.next();
            }
        };
    }

    /** Upper bound of --threads (the work window is a multiple of it). */
    static final int MAX_THREADS = 1024;

    /** Interval of the plain progress lines when stderr is not a terminal (tests shorten it). */
    long progressLineNanos = Progress.LINE_INTERVAL_NANOS;

    /** How directories are opened (tests replace it: permissions do not bind root). */
    InputLister.DirectoryOpener directoryOpener = Files::newDirectoryStream;

    private static boolean installHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException e) {
            return false; // already shutting down
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs or has run
        }
    }

    /** SIGTERM / SIGINT: finish the line in flight, keep whole lines, say how to go on. */
    private void onShutdown(ResultSink sink) {
        if (!sink.stop()) {
            if (sink.isCommitted()) {
                // the signal came as the run ended: nothing to resume, and the user should know it
                stderr.println("eventex: stopped after the run completed; all " + sink.lines() + " results were written to "
                        + sink.finalDescription());
                stderr.flush();
            }
            return;
        }
        if (sink.isPartial()) {
            stderr.println("eventex: stopped; " + sink.lines() + " complete results are in " + sink.description()
                    + "; run the same command with --resume to continue");
        } else {
            stderr.println("eventex: stopped; " + sink.lines() + " complete results were written to " + sink.description());
        }
        stderr.flush();
    }

    static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file or directory: " + n.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() == null) {
            // the message is only the file name: say what went wrong
            return f.getFile() + ": " + e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Whether a file's first line is a result of ours (an earlier run's output, safe to replace). */
    static boolean looksLikeResults(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null) {
                return true; // empty: nothing to lose
            }
            JsonNode n = new ObjectMapper().readTree(first);
            return n.has("schemaVersion") && n.has("document");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The key inputs are matched on by --resume: the absolute, normalized path, so "s15",
     * "./s15" and "/abs/s15" name the same document.
     */
    static String resumeKey(String source) {
        if (source.equals("-")) {
            return source;
        }
        try {
            return Path.of(source).toAbsolutePath().normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return source;
        }
    }

    private int usage(String message) {
        stderr.println("eventex extract: " + message);
        stderr.println("Try 'eventex extract --help' for usage.");
        return 2;
    }

    private record Pending(InputItem item, Future<ExtractionResult> future) {
    }

    private static ExtractionResult await(Pending p, int timeoutSeconds) {
        try {
            // the extractor enforces the budget itself; this guards stages that cannot stop early
            return p.future().get(timeoutSeconds * 2L + 30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            p.future().cancel(true);
            return failed(p.item(), "TIMEOUT", "processing took longer than " + (timeoutSeconds * 2 + 30) + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(p.item(), "INTERRUPTED", "the run was interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            return failed(p.item(), "INTERNAL_ERROR", c.getClass().getSimpleName() + ": " + c.getMessage());
        }
    }

    static ExtractionResult process(Extractor extractor, InputItem item) {
        return process(extractor::extract, item);
    }

    /** One document through {@code extractor}: read, decode, one extraction. */
    static ExtractionResult process(java.util.function.Function<Document, ExtractionResult> extractor, InputItem item) {
        if (item.errorCode() != null && item.text() == null) {
            return failed(item, item.errorCode(), item.errorMessage());
        }
        InputReader.Decoded d;
        try {
            if (item.text() != null) {
                d = new InputReader.Decoded(item.text(), item.errorCode(), item.errorMessage());
            } else if (item.path() == null) {
                d = InputReader.read(System.in, MAX_BYTES);
            } else {
                d = InputReader.read(item.path(), MAX_BYTES);
            }
        } catch (java.nio.file.AccessDeniedException e) {
            return failed(item, "UNREADABLE", "permission denied: " + item.source());
        } catch (java.nio.file.NoSuchFileException e) {
            return failed(item, "IO_ERROR", "cannot read " + item.source() + ": it no longer exists (deleted or moved after it was listed)");
        } catch (IOException e) {
            return failed(item, "IO_ERROR", "cannot read " + item.source() + ": " + describe(e));
        } catch (OutOfMemoryError e) {
            return failed(item, "TOO_LARGE", "not enough memory to read " + item.source());
        }
        if (d.text() == null) {
            return failed(item, d.errorCode(), d.errorMessage());
        }
        // a date given with the text; else the extractor takes the header's date, else --date
        ExtractionResult r = extractor.apply(new Document(item.id(), d.text(), item.date(), item.source()));
        if (d.errorCode() != null) {
            List<ProcessingError> errs = new ArrayList<>(r.errors());
            errs.add(0, new ProcessingError(d.errorCode(), d.errorMessage()));
            r = r.withErrors(errs);
        }
        return r;
    }

    static ExtractionResult failed(InputItem item, String code, String message) {
        return ExtractionResult.failed(new DocumentInfo(item.id(), item.source(), null, 0), new ProcessingError(code, message));
    }

    /** Sources already present in an output file (or its partial temp file), for --resume. */
    static Set<String> alreadyDone(Path output) throws IOException {
        Set<String> done = new HashSet<>();
        ObjectMapper m = new ObjectMapper();
        Path target = ResultSink.finalTarget(output);
        for (Path p : List.of(ResultSink.tempFor(target), target)) {
            if (!Files.exists(p)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(p);
                 BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    try {
                        JsonNode n = m.readTree(line);
                        JsonNode src = n.path("document").path("source");
                        if (src.isTextual()) {
                            done.add(resumeKey(src.asText()));
                        }
                    } catch (IOException e) {
                        // a line cut by a crash: not done
                    }
                }
            }
            break;
        }
        return done;
    }

    private static final class Summary {
        int documents;
        int failed;
        final Map<String, Integer> byType = new TreeMap<>();

        void add(ExtractionResult r) {
            documents++;
            if (r.hasErrors()) {
                failed++;
            }
            for (Event e : r.events()) {
                byType.merge(e.type(), 1, Integer::sum);
            }
        }

        String describe(double secs) {
            return String.format(java.util.Locale.ROOT, "eventex: %d documents, events %s, %d with errors, %.1f s", documents,
                    byType.isEmpty() ? "none" : byType.toString(), failed, secs);
        }
    }
}
