package dev.eventex.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The texts the benchmarks run on: the repository's {@code sample-texts/*.txt} (or the folder
 * named by the system property {@code eventex.bench.texts}), read once into memory. Run the
 * benchmarks from the repository root.
 */
final class BenchCorpus {

    private BenchCorpus() {
    }

    static List<String> load() {
        Path dir = Path.of(System.getProperty("eventex.bench.texts", "sample-texts"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no text folder " + dir.toAbsolutePath()
                    + ": run from the repository root or pass -Jvm args -Deventex.bench.texts=DIR");
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no *.txt under " + dir.toAbsolutePath());
        }
        return texts;
    }
}
