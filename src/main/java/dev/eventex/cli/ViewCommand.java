package dev.eventex.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventex.internal.InputReader;
import dev.eventex.view.HtmlReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code view RESULTS.jsonl [--docs DIR|FILE.jsonl] -o report.html}: renders results as one
 * self-contained HTML report ({@link HtmlReport}). The texts, which results do not carry,
 * come from {@code --docs}: a folder of the extracted files (matched by the tail of
 * {@code document.source}, then by {@code document.id} as a file name) or a JSON Lines file
 * with {@code id} and {@code text} per line.
 */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = {"Render extraction results (JSON Lines from extract) as one self-contained HTML report: events"
                + " by type and document, texts with highlighted entities, event cards linked to their spans, filters"
                + " by event type.",
                "Without --docs the report shows the evidence sentences the results cite instead of whole texts."})
public final class ViewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RESULTS", description = "Results file (JSON Lines), or - for standard input.")
    String results;

    @Option(names = "--docs", paramLabel = "DIR", description = "Where the texts are: the folder extract read "
            + "(files matched by document source, then id), or a JSON Lines file with id and text per line.")
    Path docs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The HTML file to write (- for standard output).")
    Path output;

    /** Longest input file read as a text (as for extract). */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final PrintStream out;
    private final PrintStream err;

    public ViewCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (docs != null && !Files.exists(docs)) {
            err.println("eventex view: --docs " + docs + " does not exist");
            return 2;
        }
        if (!results.equals("-") && !Files.isRegularFile(Path.of(results))) {
            err.println("eventex view: no results file " + results);
            return 2;
        }
        Texts texts = docs == null ? new Texts(Map.of(), Map.of(), Map.of())
                : Files.isDirectory(docs) ? Texts.ofDirectory(docs) : Texts.ofJsonLines(docs);
        String label = results.equals("-") ? null : Path.of(results).getFileName().toString();
        if (output.toString().equals("-")) {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (BufferedReader in = open()) {
                new HtmlReport().write(new Lines(in), texts::of, label, w);
            } catch (BadLine e) {
                err.println("eventex view: " + results + " line " + e.line + " is not a JSON result: " + e.getMessage());
                return 2;
            }
            return 0;
        }
        Path abs = output.toAbsolutePath();
        Path temp = abs.resolveSibling("." + abs.getFileName() + ".partial");
        HtmlReport.Summary s;
        try (BufferedReader in = open();
             Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            s = new HtmlReport().write(new Lines(in), texts::of, label, w);
        } catch (BadLine e) {
            Files.deleteIfExists(temp);
            err.println("eventex view: " + results + " line " + e.line + " is not a JSON result: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(temp);
            err.println("eventex view: cannot write " + output + ": " + e.getMessage());
            return 3;
        }
        Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
        err.println("eventex view: " + output + ": " + s.documents() + " documents, " + s.events() + " events, "
                + s.withText() + " with their text" + (docs == null ? " (no --docs)" : ""));
        return 0;
    }

    private BufferedReader open() throws IOException {
        return results.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(results), StandardCharsets.UTF_8);
    }

    /** Texts by relative path, by file name (when unique) and by id. */
    record Texts(Map<String, Path> byPath, Map<String, Path> byName, Map<String, String> byId) {

        static Texts ofDirectory(Path dir) throws IOException {
            Map<String, Path> byPath = new HashMap<>();
            Map<String, List<Path>> names = new HashMap<>();
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).forEach(p -> {
                    byPath.put(slashes(dir.relativize(p)), p);
                    names.computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>()).add(p);
                });
            }
            Map<String, Path> byName = new HashMap<>();
            names.forEach((k, v) -> {
                if (v.size() == 1) {
                    byName.put(k, v.get(0));
                }
            });
            return new Texts(byPath, byName, Map.of());
        }

        static Texts ofJsonLines(Path file) throws IOException {
            ObjectMapper m = new ObjectMapper();
            Map<String, String> byId = new HashMap<>();
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = m.readTree(line);
                    if (n.hasNonNull("id") && n.hasNonNull("text")) {
                        byId.put(n.get("id").asText(), n.get("text").asText());
                    }
                }
            }
            return new Texts(Map.of(), Map.of(), byId);
        }

        /** The text of a result, or null. */
        String of(JsonNode result) {
            JsonNode d = result.path("document");
            String id = d.path("id").asText(null);
            if (id != null && byId.containsKey(id)) {
                return byId.get(id);
            }
            Path p = find(d.path("source").asText(null), id);
            if (p == null) {
                return null;
            }
            try {
                return InputReader.read(p, MAX_BYTES).text();
            } catch (IOException e) {
                return null;
            }
        }

        private Path find(String source, String id) {
            if (source != null) {
                // "sample-texts/a/b.txt" is tried as itself, then "a/b.txt", then "b.txt"
                String[] parts = source.replace('\\', '/').split("/");
                for (int i = 0; i < parts.length; i++) {
                    Path p = byPath.get(String.join("/", List.of(parts).subList(i, parts.length)));
                    if (p != null) {
                        return p;
                    }
                }
            }
            return id == null ? null : byPath.getOrDefault(id, byName.get(id));
        }

        private static String slashes(Path p) {
            return p.toString().replace('\\', '/');
        }
    }

    /** A line that is not a JSON object. */
    private static final class BadLine extends RuntimeException {
        final int line;

        BadLine(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** Results parsed one line at a time, blank lines skipped. */
    private static final class Lines implements Iterator<JsonNode> {
        private final ObjectMapper mapper = new ObjectMapper();
        private final BufferedReader in;
        private JsonNode next;
        private int line;

        Lines(BufferedReader in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    String s = in.readLine();
                    if (s == null) {
                        return false;
                    }
                    line++;
                    if (s.isBlank()) {
                        continue;
                    }
                    JsonNode n = mapper.readTree(s);
                    if (!n.isObject()) {
                        throw new BadLine(line, "not an object");
                    }
                    next = n;
                }
                return true;
            } catch (JsonProcessingException e) {
                throw new BadLine(line, e.getOriginalMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public JsonNode next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            JsonNode n = next;
            next = null;
            return n;
        }
    }
}
