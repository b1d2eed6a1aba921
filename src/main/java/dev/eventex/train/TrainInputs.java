package dev.eventex.train;

import dev.eventex.internal.ModelSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** How training steps read their inputs: tables of the models folder and plain text files. */
final class TrainInputs {

    private TrainInputs() {
    }

    /** The tab-separated rows of a models file; a missing file or a bad line is an error. */
    static List<String[]> rows(ModelSource source, String file) throws IOException {
        List<String> errors = new ArrayList<>();
        List<ModelSource.Line> lines = source.lines(file, errors);
        if (lines == null) {
            throw new IOException("missing model file: models/" + file);
        }
        if (!errors.isEmpty()) {
            throw new IOException(String.join("; ", errors));
        }
        List<String[]> out = new ArrayList<>();
        for (ModelSource.Line line : lines) {
            out.add(line.text().split("\t", -1));
        }
        return out;
    }

    /** Gives every non-blank line of a UTF-8 text file to {@code each} ({@code .gz} is decompressed). */
    static void forEachLine(Path file, Consumer<String> each) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    each.accept(line);
                }
            }
        }
    }
}
