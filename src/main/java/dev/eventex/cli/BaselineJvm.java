package dev.eventex.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench --baseline-jvm}: the bare OpenNLP baseline timed by a child JVM of its own, which
 * runs {@code bench --baseline-only} on the same texts with the same Java, class path and JVM
 * options. Why: in the pipeline's JVM the JIT's profiles of OpenNLP's shared code (feature
 * generators, {@code GISModel.eval}, the beam search) mix the baseline's calls with the
 * pipeline's, which can flatter or penalize either side; a JVM of its own gives the baseline's
 * figure as a user of bare OpenNLP would see it.
 */
final class BaselineJvm {

    private static final String PREFIX = "baseline-median:";
    private static final Pattern RESULT = Pattern.compile(
            Pattern.quote(PREFIX) + " threads=(\\d+) docs/s=([0-9.]+) cpu-ms/doc=([0-9.]+)");

    /** One result of the child: its median round at {@code threads}. */
    record Result(int threads, double docsPerSecond, double cpuMsPerDoc) {
    }

    private final List<Path> paths;
    private final int threads;
    private final int repeat;
    private final int warmup;
    private final int rounds;
    private final boolean alsoOneThread;

    BaselineJvm(List<Path> paths, int threads, int repeat, int warmup, int rounds, boolean alsoOneThread) {
        this.paths = List.copyOf(paths);
        this.threads = threads;
        this.repeat = repeat;
        this.warmup = warmup;
        this.rounds = rounds;
        this.alsoOneThread = alsoOneThread;
    }

    /** The line {@code --baseline-only} prints per measurement, for the parent to read. */
    static String resultLine(int threads, double docsPerSecond, double cpuMsPerDoc) {
        return String.format(Locale.ROOT, "%s threads=%d docs/s=%.3f cpu-ms/doc=%.3f", PREFIX, threads, docsPerSecond, cpuMsPerDoc);
    }

    /** The result in one line of the child's output, if it is one. */
    static Optional<Result> parse(String line) {
        Matcher m = RESULT.matcher(line.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Result(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))));
    }

    /**
     * The child's command: this JVM's java and class path, its JVM options except those that
     * would make the child write this JVM's files or attach its agents (flight recordings, logs,
     * debuggers), then {@code bench --baseline-only} with this run's settings.
     */
    List<String> command(String java, String classPath, List<String> jvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        for (String o : jvmOptions) {
            if (!ownedByParent(o)) {
                cmd.add(o);
            }
        }
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Main.class.getName());
        cmd.add("bench");
        cmd.add("--baseline-only");
        cmd.add("--threads=" + threads);
        cmd.add("--repeat=" + repeat);
        cmd.add("--warmup=" + warmup);
        cmd.add("--rounds=" + rounds);
        if (alsoOneThread) {
            cmd.add("--compare-threads");
        }
        for (Path p : paths) {
            cmd.add(p.toString());
        }
        return cmd;
    }

    static boolean ownedByParent(String jvmOption) {
        return jvmOption.startsWith("-XX:StartFlightRecording") || jvmOption.startsWith("-XX:FlightRecorderOptions")
                || jvmOption.startsWith("-agentlib") || jvmOption.startsWith("-agentpath") || jvmOption.startsWith("-javaagent")
                || jvmOption.startsWith("-Xrunjdwp") || jvmOption.startsWith("-Xlog") || jvmOption.startsWith("-XX:+LogCompilation")
                || jvmOption.startsWith("-XX:LogFile");
    }

    /**
     * Runs the child, echoes its output indented, and prints the full pipeline's throughput
     * ({@code fullDocsPerSecond} at this run's threads, {@code fullOneThread} at one thread or -1)
     * against the child's.
     */
    void report(PrintStream out, PrintStream err, double fullDocsPerSecond, double fullCpuMsPerDoc, double fullOneThread,
            double fullOneThreadCpu) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = command(java, System.getProperty("java.class.path"),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        out.println();
        out.println("bare OpenNLP in a JVM of its own (--baseline-jvm): " + String.join(" ", cmd.subList(cmd.indexOf("bench"), cmd.size())));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        Process child = pb.start();
        List<Result> results = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                Optional<Result> res = parse(line);
                if (res.isPresent()) {
                    results.add(res.get());
                } else {
                    out.println("  | " + line);
                }
            }
        }
        int exit = child.waitFor();
        if (exit != 0 || results.isEmpty()) {
            err.println("eventex bench: the baseline JVM failed (exit " + exit + ")");
            return;
        }
        for (Result res : results) {
            double full = res.threads() == threads ? fullDocsPerSecond : fullOneThread;
            double fullCpu = res.threads() == threads ? fullCpuMsPerDoc : fullOneThreadCpu;
            if (full < 0) {
                continue;
            }
            out.printf(Locale.ROOT, "full pipeline / bare OpenNLP in its own JVM (%d thread%s): %.1f%% of its throughput"
                            + " (%.1f / %.1f docs/s), %.1f%% by CPU (%.2f / %.2f CPU-ms/doc)%n",
                    res.threads(), res.threads() == 1 ? "" : "s", 100 * full / res.docsPerSecond(), full, res.docsPerSecond(),
                    100 * res.cpuMsPerDoc() / fullCpu, fullCpu, res.cpuMsPerDoc());
        }
    }
}
