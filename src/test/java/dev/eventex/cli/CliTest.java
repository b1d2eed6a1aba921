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
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line, run in-process through {@link Main#run(PrintStream, PrintStream, String...)}. */
class CliTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NEWS = "President Ruto visited Uganda on Monday and met with President Museveni in Kampala.";

    @TempDir
    Path dir;

    /** Exit code and captured streams of one run. */
    record Run(int code, String out, String err) {

        List<JsonNode> lines() {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isEmpty()) {
                    nodes.add(parse(line));
                }
            }
            return nodes;
        }
    }

    static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(o, e, args);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static String errorCode(JsonNode line) {
        return line.path("errors").path(0).path("code").asText(null);
    }

    // ---- extract over a directory of good and bad inputs ---------------------------------

    @Test
    void oneLinePerFileInPathOrderWithErrorsForTheBadOnes() throws IOException {
        Path in = dir.resolve("in");
        write("in/a-empty.txt", new byte[0]);
        write("in/b-image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
        write("in/c-archive.txt", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0x21, 0x7F, 0, 0, 0, 0});
        write("in/d-invalid-utf8.txt", concat("Kenya \u00e9 ".getBytes(StandardCharsets.UTF_8),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3}, " and Uganda signed a deal.".getBytes(StandardCharsets.UTF_8))));
        write("in/e-utf16le-bom.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, NEWS.getBytes(StandardCharsets.UTF_16LE)));
        write("in/f-utf8-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, NEWS.getBytes(StandardCharsets.UTF_8)));
        write("in/g-plain.txt", "date 2025-06-28\n\n" + NEWS + " 🎉");
        write("in/notes.md", "President Ruto visited Uganda.");

        Run r = run("extract", "-q", "--threads", "3", in.toString());

        assertThat(r.code()).as("some documents failed").isEqualTo(1);
        String[] raw = r.out().split("\n");
        assertThat(raw).as("stdout carries only JSON lines").allSatisfy(line -> assertThat(parse(line).isObject()).isTrue());
        List<JsonNode> lines = r.lines();
        assertThat(lines).extracting(l -> l.path("document").path("id").asText()).containsExactly(
                "a-empty.txt", "b-image.txt", "c-archive.txt", "d-invalid-utf8.txt", "e-utf16le-bom.txt", "f-utf8-bom.txt",
                "g-plain.txt");
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.path("schemaVersion").asText()).isEqualTo("1.0");
            assertThat(l.path("document").path("source").asText()).startsWith(in.toString());
        });
        assertThat(errorCode(lines.get(0))).isEqualTo("EMPTY_INPUT");
        assertThat(errorCode(lines.get(1))).isEqualTo("BINARY_INPUT");
        assertThat(errorCode(lines.get(2))).isEqualTo("BINARY_INPUT");
        assertThat(errorCode(lines.get(3))).isEqualTo("INVALID_ENCODING");
        assertThat(lines.get(3).path("entities")).as("the rest of an invalid file is still processed").isNotEmpty();

        for (JsonNode decoded : List.of(lines.get(4), lines.get(5))) {
            assertThat(decoded.has("errors")).isFalse();
            assertThat(decoded.path("document").has("date")).as("no header and no --date: date left out").isFalse();
            assertThat(decoded.path("document").path("chars").asInt()).as("BOM is not part of the text").isEqualTo(NEWS.length());
            assertThat(decoded.path("entities")).extracting(e -> e.path("name").asText()).contains("Uganda", "Kampala");
            for (JsonNode e : decoded.path("entities")) {
                for (JsonNode m : e.path("mentions")) {
                    assertThat(NEWS.substring(m.path("start").asInt(), m.path("end").asInt())).isEqualTo(m.path("text").asText());
                }
            }
            assertThat(decoded.path("events")).extracting(e -> e.path("type").asText()).contains("Visit");
        }
        JsonNode plain = lines.get(6);
        assertThat(plain.has("errors")).isFalse();
        assertThat(plain.path("document").path("date").asText()).isEqualTo("2025-06-28");
        assertThat(plain.path("document").path("chars").asInt()).isEqualTo(("date 2025-06-28\n\n" + NEWS + " 🎉").length());
        assertThat(r.out()).doesNotContain("null");
    }

    @Test
    void globSelectsOtherFileNames() throws IOException {
        write("g/a.txt", NEWS);
        write("g/b.md", NEWS);
        write("g/sub/c.md", NEWS);
        Run r = run("extract", "-q", "--glob", "*.md", dir.resolve("g").toString());
        assertThat(r.code()).isZero();
        assertThat(r.lines()).extracting(l -> l.path("document").path("id").asText()).containsExactly("b.md", "c.md");
    }

    // ---- help and usage ------------------------------------------------------------------

    static Stream<Arguments> helpInvocations() {
        return Stream.of(Arguments.of((Object) new String[] {"--help"}), Arguments.of((Object) new String[] {"-h"}),
                Arguments.of((Object) new String[] {"help"}), Arguments.of((Object) new String[] {"help", "extract"}),
                Arguments.of((Object) new String[] {"extract", "--help"}), Arguments.of((Object) new String[] {"eval", "--help"}),
                Arguments.of((Object) new String[] {"train-ner", "--help"}),
                Arguments.of((Object) new String[] {"eval-ner", "--help"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("helpInvocations")
    void helpExitsZeroAndPrintsUsage(String[] args) {
        Run r = run(args);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage:");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void mainHelpListsEverySubcommand() {
        assertThat(run("--help").out()).contains("extract", "eval", "train-ner", "eval-ner");
        assertThat(run("extract", "--help").out()).contains("Exit codes:", "--resume", "--date");
    }

    @Test
    void versionExitsZero() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("eventex ");
    }

    static Stream<Arguments> wrongUsage() {
        return Stream.of(
                Arguments.of("unknown option", List.of("extract", "--bogus", "@FILE")),
                Arguments.of("bad --date", List.of("extract", "--date", "2025-13-01", "@FILE")),
                Arguments.of("--date not ISO", List.of("extract", "--date", "yesterday", "@FILE")),
                Arguments.of("missing path", List.of("extract")),
                Arguments.of("no such path", List.of("extract", "@DIR/does-not-exist.txt")),
                Arguments.of("zero threads", List.of("extract", "--threads", "0", "@FILE")),
                Arguments.of("zero timeout", List.of("extract", "--timeout", "0", "@FILE")),
                Arguments.of("--resume without -o", List.of("extract", "--resume", "@FILE")),
                Arguments.of("--pretty with two documents", List.of("extract", "--pretty", "@FILE", "@FILE")),
                Arguments.of("threads beyond the bound", List.of("extract", "--threads", "536870912", "@FILE")),
                Arguments.of("invalid glob", List.of("extract", "--glob", "[", "@DIR")),
                Arguments.of("no such models directory", List.of("extract", "--models", "@DIR/nonexistent", "@FILE")),
                Arguments.of("--resume onto stdout", List.of("extract", "--resume", "-o", "-", "@FILE")),
                Arguments.of("unknown subcommand", List.of("frobnicate")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongUsage")
    void wrongUsageExitsTwoWithAMessageOnStderrOnly(String label, List<String> args) throws IOException {
        Path file = write("usage.txt", NEWS);
        String[] argv = args.stream().map(a -> a.replace("@FILE", file.toString()).replace("@DIR", dir.toString()))
                .toArray(String[]::new);
        Run r = run(argv);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isNotBlank();
        assertThat(r.err()).as("a message, no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBadRuleFileIsAConfigurationErrorWithoutAStackTrace() throws IOException {
        Path f = write("cfg.txt", NEWS);
        write("badmodels/rules/visit.json", "{ \"rules\": [ {\"id\": ");
        Path out = dir.resolve("cfg.jsonl");

        Run r = run("extract", "-q", "--models", dir.resolve("badmodels").toString(), "-o", out.toString(), f.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("visit.json").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        assertThat(ResultSink.tempFor(out)).as("no empty .partial left").doesNotExist();
    }

    @Test
    void withoutATerminalProgressComesAsPlainLines() throws IOException {
        write("prog/a.txt", NEWS);
        write("prog/b.txt", "Japan donated 20 ambulances to Vietnam on Friday.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            ExtractCommand cmd = new ExtractCommand(o, e);
            cmd.progressLineNanos = 0; // every document, instead of every few seconds
            code = new picocli.CommandLine(cmd).execute("--threads", "1", dir.resolve("prog").toString());
        }
        assertThat(code).isZero();
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(stderr).contains("eventex: progress: 1 documents done").contains("eventex: progress: 2 documents done")
                .doesNotContain("\r");
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
    }

    @Test
    void aFileDeletedAfterListingSaysItIsGone() {
        InputItem gone = InputItem.file(dir.resolve("gone.txt").toString(), dir.resolve("gone.txt"));
        dev.eventex.api.ExtractionResult r = ExtractCommand.process(d -> {
            throw new AssertionError("nothing to extract");
        }, gone);
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("gone.txt").contains("no longer exists"));
    }

    @Test
    void aDocumentGoesToTheExtractorWithTheDateItCameWith() {
        // the header and --date are the extractor's business (FallbackDateTest): one extraction per document
        java.util.List<dev.eventex.api.Document> seen = new java.util.ArrayList<>();
        java.util.function.Function<dev.eventex.api.Document, dev.eventex.api.ExtractionResult> fake = d -> {
            seen.add(d);
            return new dev.eventex.api.ExtractionResult(dev.eventex.api.ExtractionResult.SCHEMA_VERSION,
                    new dev.eventex.api.DocumentInfo(d.id(), d.source(), d.date() == null ? null : d.date().toString(), d.text().length()),
                    List.of(), List.of(), List.of());
        };
        java.time.LocalDate given = java.time.LocalDate.of(2025, 1, 15);
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("date 2025-06-28\n\nKenya and Uganda held talks.".getBytes(StandardCharsets.UTF_8)));
            ExtractCommand.process(fake, new InputItem("-", null, "u", null, null));
            System.setIn(new java.io.ByteArrayInputStream("Kenya and Uganda held talks.".getBytes(StandardCharsets.UTF_8)));
            ExtractCommand.process(fake, new InputItem("-", null, "d", null, null, null, given));
        } finally {
            System.setIn(stdin);
        }
        assertThat(seen).as("one extraction per document").hasSize(2);
        assertThat(seen.get(0).date()).isNull();
        assertThat(seen.get(1).date()).isEqualTo(given);
    }

    @Test
    void noSubcommandPrintsUsageOnTheGivenErrStream() {
        Run r = run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Usage:").contains("extract");
    }

    @Test
    void noSubcommandExitsTwo() {
        Run r = run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
    }

    // ---- output file ---------------------------------------------------------------------

    @Test
    void outputFileGetsTheLinesAndStdoutStaysEmpty() throws IOException {
        write("o/a.txt", NEWS);
        write("o/b.txt", "Japan donated 20 ambulances to Vietnam on Friday.");
        Path out = dir.resolve("result.jsonl");
        Files.writeString(out, "stale content from an earlier run\n");

        Run r = run("extract", "-q", "-o", out.toString(), dir.resolve("o").toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(parse(l).path("schemaVersion").asText()).isEqualTo("1.0"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("stale"));
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no temp file left behind").noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void outputInAMissingDirectoryExitsThree() throws IOException {
        Path file = write("x.txt", NEWS);
        Path out = dir.resolve("no/such/dir/out.jsonl");
        Run r = run("extract", "-q", "-o", out.toString(), file.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("out.jsonl");
        assertThat(r.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void outputPathThatIsADirectoryExitsThree() throws IOException {
        Path file = write("x.txt", NEWS);
        Files.createDirectories(dir.resolve("outdir"));
        Run r = run("extract", "-q", "-o", dir.resolve("outdir").toString(), file.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void resumeSkipsInputsAlreadyInTheOutput() throws IOException {
        Path in = dir.resolve("r");
        write("r/a.txt", NEWS);
        write("r/b.txt", "Japan donated 20 ambulances to Vietnam on Friday.");
        Path out = dir.resolve("resume.jsonl");
        assertThat(run("extract", "-q", "-o", out.toString(), in.toString()).code()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(2);

        write("r/c.txt", "Kenya and Uganda held talks in Nairobi on Tuesday.");
        Run again = run("extract", "-q", "--resume", "-o", out.toString(), in.toString());

        assertThat(again.code()).isZero();
        assertThat(again.out()).isEmpty();
        List<String> sources = Files.readAllLines(out).stream().map(l -> parse(l).path("document").path("source").asText()).toList();
        assertThat(sources).hasSize(3).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(in.resolve("a.txt").toString(), in.resolve("b.txt").toString(), in.resolve("c.txt").toString());
    }

    // ---- dates -----------------------------------------------------------------------------

    @Test
    void dateOptionAnchorsTextsWithoutAHeader() throws IOException {
        Path noHeader = write("d/a.txt", "President Ruto arrived in Uganda yesterday on an official visit.");
        Path withHeader = write("d/b.txt", "date 2025-06-28\n\nPresident Ruto arrived in Uganda yesterday on an official visit.");
        Run r = run("extract", "-q", "--date", "2025-01-15", noHeader.toString(), withHeader.toString());
        assertThat(r.code()).isZero();
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("document").path("date").asText()).isEqualTo("2025-01-15");
        assertThat(lines.get(0).toString()).contains("\"value\":\"2025-01-14\"");
        assertThat(lines.get(1).path("document").path("date").asText()).as("a header wins over --date").isEqualTo("2025-06-28");
    }

    // ---- directories and links -------------------------------------------------------------

    @Test
    void directoryWithoutMatchingFilesFails() throws IOException {
        write("empty/readme.md", "nothing here");
        Run r = run("extract", "-q", dir.resolve("empty").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("no input documents");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void brokenSymlinkGivenAsPathYieldsAnErrorLine() throws IOException {
        Path link = dir.resolve("broken.txt");
        symlink(link, dir.resolve("missing-target.txt"));
        Run r = run("extract", "-q", link.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.lines()).singleElement().satisfies(l -> assertThat(errorCode(l)).isEqualTo("BROKEN_LINK"));
    }

    @Test
    void brokenSymlinkInADirectoryYieldsAnErrorLine() throws IOException {
        write("links/a.txt", NEWS);
        symlink(dir.resolve("links/b.txt"), dir.resolve("links/missing-target.txt"));
        Run r = run("extract", "-q", dir.resolve("links").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.lines()).hasSize(2);
        assertThat(errorCode(r.lines().get(1))).isEqualTo("BROKEN_LINK");
    }

    @Test
    void prettyPrintsOneDocument() throws IOException {
        Path f = write("p.txt", NEWS);
        Run r = run("extract", "-q", "--pretty", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().count()).isGreaterThan(5);
        assertThat(parse(r.out()).path("events").isArray()).isTrue();
    }

    // ---- data safety (issue 10) ------------------------------------------------------------

    @Test
    void resumeCutsALineAKillLeftUnfinishedAndEndsWithOneValidLinePerInput() throws IOException {
        Path in = dir.resolve("k");
        write("k/a.txt", NEWS);
        write("k/b.txt", "Japan donated 20 ambulances to Vietnam on Friday.");
        write("k/c.txt", "Kenya and Uganda held talks in Nairobi on Tuesday.");
        Path out = dir.resolve("k.jsonl");
        assertThat(run("extract", "-q", "--threads", "1", "-o", out.toString(), in.toString()).code()).isZero();
        List<String> complete = Files.readAllLines(out);
        assertThat(complete).hasSize(3);

        // what a kill in the middle of the second record leaves behind
        String second = complete.get(1);
        Files.writeString(ResultSink.tempFor(out), complete.get(0) + "\n" + second.substring(0, second.length() / 2));
        Files.delete(out);

        Run again = run("extract", "-q", "--threads", "1", "--resume", "-o", out.toString(), in.toString());

        assertThat(again.code()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(parse(lines.get(i))).as("line %d", i).isEqualTo(parse(complete.get(i)));
        }
    }

    @Test
    void resumeMatchesInputsByNormalizedPath() throws IOException {
        write("n/a.txt", NEWS);
        write("n/b.txt", "Japan donated 20 ambulances to Vietnam on Friday.");
        Path out = dir.resolve("n.jsonl");
        assertThat(run("extract", "-q", "-o", out.toString(), dir.resolve("n").toString()).code()).isZero();

        Run again = run("extract", "-q", "--resume", "-o", out.toString(), dir + "/./n/.");

        assertThat(again.code()).isZero();
        assertThat(Files.readAllLines(out)).as("nothing done twice").hasSize(2);
    }

    @Test
    void outputThatIsAnInputIsRefused() throws IOException {
        Path a = write("same/a.txt", NEWS);
        write("same/b.txt", "Japan donated 20 ambulances to Vietnam on Friday.");

        Run direct = run("extract", "-q", "-o", a.toString(), a.toString());
        Run viaDir = run("extract", "-q", "-o", a.toString(), dir.resolve("same").toString());

        for (Run r : List.of(direct, viaDir)) {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("is one of the inputs");
        }
        assertThat(Files.readString(a)).as("the news text is intact").isEqualTo(NEWS);
    }

    @Test
    void anOutputInsideAnInputDirectoryIsNeverReadBack() throws IOException {
        Path in = dir.resolve("self");
        write("self/a.txt", NEWS);
        write("self/b.txt", "Japan donated 20 ambulances to Vietnam on Friday.");
        Path out = in.resolve("results.txt");

        assertThat(run("extract", "-q", "-o", out.toString(), in.toString()).code()).isZero();
        Run again = run("extract", "-q", "--glob", "*", "-o", out.toString(), in.toString());

        assertThat(again.code()).isZero();
        assertThat(Files.readAllLines(out)).extracting(l -> parse(l).path("document").path("id").asText())
                .containsExactly("a.txt", "b.txt");
    }

    @Test
    void dashAsOutputIsStandardOutput() throws IOException {
        Path f = write("dash.txt", NEWS);
        Path stray = Path.of("-");
        boolean existedBefore = Files.exists(stray);
        try {
            Run r = run("extract", "-q", "-o", "-", f.toString());
            assertThat(r.code()).isZero();
            assertThat(r.lines()).hasSize(1);
            assertThat(existedBefore || !Files.exists(stray)).as("no file named '-'").isTrue();
        } finally {
            if (!existedBefore) {
                Files.deleteIfExists(stray);
            }
        }
    }

    @Test
    void aLinkToADeviceIsWrittenThroughNotReplaced() throws IOException {
        Path f = write("dev.txt", NEWS);
        Path link = dir.resolve("null-link");
        symlink(link, Path.of("/dev/null"));
        Assumptions.assumeTrue(Files.exists(link), "no /dev/null here");

        Run r = run("extract", "-q", "-o", link.toString(), f.toString());

        assertThat(r.code()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link is still a link").isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/dev/null"));
        assertThat(run("extract", "-q", "--resume", "-o", link.toString(), f.toString()).code())
                .as("--resume needs a regular file").isEqualTo(2);
        Files.delete(link); // the link itself, so JUnit's clean-up does not warn about a link leaving the temp dir
    }

    @Test
    void aFifoAsOutputIsWrittenDirectly() throws Exception {
        Path f = write("fifo-in.txt", NEWS);
        Path fifo = mkfifo(dir.resolve("out.fifo"));
        StringBuilder got = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                got.append(Files.readString(fifo));
            } catch (IOException e) {
                got.append("failed: ").append(e);
            }
        });
        reader.setDaemon(true);
        reader.start();

        Run r = run("extract", "-q", "-o", fifo.toString(), f.toString());
        reader.join(30_000);

        assertThat(r.code()).isZero();
        assertThat(reader.isAlive()).as("the reader got end of file").isFalse();
        assertThat(got.toString().split("\n")).singleElement().satisfies(l -> assertThat(parse(l).isObject()).isTrue());
        assertThat(Files.isRegularFile(fifo)).as("still a FIFO").isFalse();
    }

    @Test
    void aClosedStandardOutputStopsTheRunWithExitThree() throws IOException {
        for (int i = 0; i < 4; i++) {
            write("pipe/d" + i + ".txt", NEWS);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        java.io.OutputStream closedAfterOneLine = new java.io.OutputStream() {
            private int lines;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (lines >= 1) {
                    throw new IOException("Broken pipe");
                }
                for (int i = off; i < off + len; i++) {
                    if (b[i] == '\n') {
                        lines++;
                    }
                }
            }
        };
        int code;
        try (PrintStream o = new PrintStream(closedAfterOneLine, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(o, e, "extract", "-q", "--threads", "1", dir.resolve("pipe").toString());
        }
        assertThat(code).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken pipe");
    }

    @Test
    void anUnreadableDirectoryIsAnErrorWithANonZeroExit() throws IOException {
        write("locked/a.txt", NEWS);
        write("locked/sub/b.txt", NEWS);
        Path sub = dir.resolve("locked/sub");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            ExtractCommand cmd = new ExtractCommand(o, e);
            // permissions do not bind root: the directory refuses to be listed instead
            cmd.directoryOpener = d -> {
                if (Files.isSameFile(d, sub)) {
                    throw new java.nio.file.AccessDeniedException(d.toString());
                }
                return Files.newDirectoryStream(d);
            };
            code = new picocli.CommandLine(cmd).execute("-q", dir.resolve("locked").toString());
        }
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: cannot read directory").contains("sub")
                .contains("permission denied");
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
    }

    @Test
    void anUnreadableDirectoryFailsTheRunForARealUser() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "permissions do not bind root");
        write("perm/a.txt", NEWS);
        Path sub = write("perm/sub/b.txt", NEWS).getParent();
        try {
            Files.setPosixFilePermissions(sub, java.util.Set.of());
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        try {
            Run r = run("extract", "-q", dir.resolve("perm").toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("cannot read directory");
        } finally {
            Files.setPosixFilePermissions(sub, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFifoInsideADirectoryIsSkippedWithAMessage() throws Exception {
        write("withfifo/a.txt", NEWS);
        mkfifo(dir.resolve("withfifo/b.txt"));

        Run r = run("extract", "-q", dir.resolve("withfifo").toString());

        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(1);
        assertThat(r.err()).contains("skipped").contains("b.txt").contains("FIFO");
    }

    private static Path mkfifo(Path p) throws IOException, InterruptedException {
        try {
            Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            if (mk.waitFor() != 0) {
                Assumptions.abort("mkfifo failed");
            }
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e);
        }
        return p;
    }

    private static void symlink(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links not supported here: " + e);
        }
    }

    @Test
    void evalScoresAPredictionsFileAgainstAGoldDirectoryOfEitherFormat() throws IOException {
        write("gold/n1.json", "{\"id\": \"n1\", \"events\": [{\"type\": \"Visit\", \"visitor\": [\"Ana Velcu\", \"Velcu\"],"
                + " \"destination\": [\"Tarsland\"], \"tense\": \"past\"}]}");
        write("gold/n2.gold.json", "{\"events\": [{\"type\": \"Meeting\", \"participants\": [\"Ana Velcu|Velcu\", \"Oren Tal\"]}]}");
        Path preds = write("out.jsonl", "{\"document\": {\"id\": \"n1.txt\"}, \"events\": [{\"type\": \"Visit\","
                + " \"visitor\": {\"text\": \"Velcu\"}, \"destination\": {\"text\": \"Tarsland\"}, \"tense\": \"ongoing\"}]}\n"
                + "{\"document\": {\"id\": \"n2.txt\"}, \"events\": [{\"type\": \"Meeting\","
                + " \"participants\": [{\"text\": \"Ana Velcu\"}, {\"text\": \"Bo Lind\"}]}]}\n");
        Run r = run("eval", "--gold", dir.resolve("gold").toString(), "--predictions", preds.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = parse(r.out().replace("\n", ""));
        assertThat(j.at("/micro/tp").asInt()).isEqualTo(1);
        assertThat(j.at("/types/Meeting/fp").asInt()).isEqualTo(1);
        assertThat(j.at("/types/Meeting/fn").asInt()).isEqualTo(1);
        assertThat(j.at("/roles/Visit.tense").asText()).isEqualTo("1/1");
        Run text = run("eval", "--gold", dir.resolve("gold").toString(), "--predictions", preds.toString(), "--detail");
        assertThat(text.out()).contains("micro", "n2: MISS ", "n2: FALSE Meeting");
        assertThat(run("eval", "--predictions", preds.toString()).code()).isEqualTo(2);
    }
}
