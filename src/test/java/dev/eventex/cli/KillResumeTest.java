package dev.eventex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the CLI, run as a child JVM, at several points of a batch (SIGKILL, SIGTERM, SIGINT),
 * resumes each time, and compares the final output record by record with an uninterrupted
 * run: every input must end with exactly one valid line.
 */
class KillResumeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int DOCS = 150;

    private static final String[] PEOPLE = {"President Ruto", "Prime Minister Albanese", "President Lula", "Chancellor Scholz",
        "Prime Minister Modi", "President Ramaphosa"};
    private static final String[] PLACES = {"Kenya", "Japan", "Brazil", "Vietnam", "Uganda", "Germany", "Chile", "Ghana"};

    @TempDir
    Path dir;

    private enum Signal { KILL, TERM, INT }

    /** A short made-up news text, different for every i. */
    static String text(int i) {
        String who = PEOPLE[i % PEOPLE.length];
        String host = PLACES[i % PLACES.length];
        String other = PLACES[(i * 3 + 1) % PLACES.length];
        return String.format("date 2025-%02d-%02d%n%n%s visited %s on Monday and met officials in the capital. "
                + "%s donated %d ambulances to %s on Friday, the ministry said. "
                + "The two governments held talks on a trade target of $%d billion by 2030.%n",
                1 + i % 12, 1 + i % 27, who, host, other, 5 + i, host, 2 + i % 9);
    }

    @Test
    @Timeout(300)
    void killedAndResumedRunsGiveExactlyTheResultsOfAnUninterruptedRun() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < DOCS; i++) {
            Files.writeString(in.resolve(String.format("doc%03d.txt", i)), text(i));
        }
        Path ref = dir.resolve("ref.jsonl");
        assertThat(runInProcess("extract", "-q", "--threads", "2", "-o", ref.toString(), in.toString())).isZero();
        List<String> expected = Files.readAllLines(ref, StandardCharsets.UTF_8);
        assertThat(expected).hasSize(DOCS);
        long refBytes = Files.size(ref);

        Path out = dir.resolve("out.jsonl");
        Path partial = ResultSink.tempFor(out);
        double[] at = {0.08, 0.22, 0.38, 0.52, 0.66, 0.8};
        Signal[] how = {Signal.KILL, Signal.TERM, Signal.KILL, Signal.INT, Signal.KILL, Signal.TERM};
        int interrupted = 0;
        for (int k = 0; k < at.length; k++) {
            List<String> args = new ArrayList<>(List.of("extract", "-q", "--threads", "2", "-o", out.toString()));
            if (k > 0) {
                args.add("--resume");
            }
            args.add(in.toString());
            Path err = dir.resolve("err" + k + ".txt");
            long before = size(partial);
            Process p = child(args, err);
            // the signal lands mid-batch: after the point and after this run has written a line of its
            // own (a loaded machine can leave the partial file past the point already, and a signal
            // during the JVM's start-up finds no handler to report it)
            long threshold = Math.max((long) (refBytes * at[k]), before + 1);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (p.isAlive() && size(partial) < threshold && System.nanoTime() < deadline) {
                Thread.sleep(3);
            }
            if (p.isAlive()) {
                send(p, how[k]);
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly(); // the signal was ignored here: make it a SIGKILL point
                    p.waitFor();
                }
            }
            int code = p.exitValue();
            if (code == 0) {
                continue; // finished before the kill point
            }
            String stderr = Files.readString(err);
            if ((code == 143 || code == 130) && !Files.exists(partial) && Files.exists(out)) {
                // the signal came as the run ended (reported when the shutdown hook was still in place)
                assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).as("a completed run").hasSize(DOCS);
                continue;
            }
            interrupted++;
            if (code == 143 || code == 130) {
                assertThat(stderr).as("a signal stops with a message (%s)", how[k]).contains("complete results are in")
                        .contains("--resume");
                assertThat(Files.readString(partial)).as("only whole lines after %s", how[k]).endsWith("\n");
            }
        }
        // a run may still finish before its signal lands (a loaded machine starves the polling here while the
        // child writes on; a late point leaves few documents): half the runs interrupted still exercise resume
        assertThat(interrupted).as("runs actually interrupted").isGreaterThanOrEqualTo(3);

        assertThat(runInProcess("extract", "-q", "--threads", "2", "--resume", "-o", out.toString(), in.toString())).isZero();
        List<String> actual = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(actual).as("one line per input").hasSize(DOCS);
        for (int i = 0; i < DOCS; i++) {
            JsonNode a = parse(actual.get(i), i);
            JsonNode e = MAPPER.readTree(expected.get(i));
            assertThat(a).as("record %d", i).isEqualTo(e);
        }
        assertThat(actual).as("byte for byte, across JVMs").containsExactlyElementsOf(expected);
        assertThat(partial).doesNotExist();
    }

    private static JsonNode parse(String line, int i) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("line " + i + " is not valid JSON: " + line, e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Process child(List<String> args, Path err) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
    }

    private static void send(Process p, Signal s) throws IOException, InterruptedException {
        switch (s) {
            case KILL -> p.destroyForcibly();
            case TERM -> p.destroy();
            case INT -> {
                Process k = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
                if (!k.waitFor(10, TimeUnit.SECONDS) || k.exitValue() != 0) {
                    p.destroyForcibly();
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private static int runInProcess(String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(sink, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            return Main.run(o, e, args);
        }
    }
}
