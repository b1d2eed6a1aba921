package dev.eventex.json;

import dev.eventex.api.Document;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Extractor;
import dev.eventex.api.SharedExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The results of every text of {@code sample-texts/} and the test fixtures
 * ({@code src/test/resources/devset/}), as the CLI makes them, once without and once with
 * {@code --explain}; extracted once per test run and shared by the JSON tests.
 */
final class SampleResults {

    /** One text's results; {@code name} is the folder and file name. */
    record Sample(String name, ExtractionResult plain, ExtractionResult explained) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Path> FOLDERS = List.of(Path.of("sample-texts"), Path.of("src/test/resources/devset"));

    private SampleResults() {
    }

    private static final class Holder {
        static final List<Sample> ALL = extractAll();
    }

    /** Every sample and fixture text with its two results. */
    static List<Sample> all() {
        return Holder.ALL;
    }

    private static List<Sample> extractAll() {
        Extractor plain = SharedExtractor.defaults();
        Extractor explaining = Extractor.builder().explain(true).build();
        List<Sample> out = new ArrayList<>();
        for (Path dir : FOLDERS) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path t : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    Document d = new Document(t.getFileName().toString(), Files.readString(t, StandardCharsets.UTF_8), null,
                            t.toString());
                    out.add(new Sample(dir.getFileName() + "/" + t.getFileName(), plain.extract(d), explaining.extract(d)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }
}
