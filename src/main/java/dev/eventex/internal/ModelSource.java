package dev.eventex.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where models, gazetteers and rules are read from: a user directory laid out like the
 * repository's {@code models/} folder (files there win), falling back to the copy packaged
 * in the jar under {@code dev/eventex/models/}.
 */
public final class ModelSource {

    private static final String CLASSPATH_ROOT = "dev/eventex/models/";
    private final Path directory;

    private ModelSource(Path directory) {
        this.directory = directory;
    }

    /** The models packaged in the jar. */
    public static ModelSource classpath() {
        return new ModelSource(null);
    }

    /** A directory overriding the packaged models file by file. */
    public static ModelSource directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("models directory does not exist: " + dir);
        }
        return new ModelSource(dir);
    }

    /** Opens a file by its path relative to {@code models/}, or returns null when absent. */
    public InputStream openOrNull(String relative) throws IOException {
        if (directory != null) {
            Path p = directory.resolve(relative);
            if (Files.isRegularFile(p)) {
                return Files.newInputStream(p);
            }
        }
        return ModelSource.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + relative);
    }

    /** The URL of a file (for libraries that load by URL), or null when absent. */
    public java.net.URL urlOrNull(String relative) {
        if (directory != null) {
            Path p = directory.resolve(relative);
            if (Files.isRegularFile(p)) {
                try {
                    return p.toUri().toURL();
                } catch (java.net.MalformedURLException e) {
                    throw new IllegalArgumentException("not a valid path: " + p, e);
                }
            }
        }
        return ModelSource.class.getClassLoader().getResource(CLASSPATH_ROOT + relative);
    }

    /** Opens a file that must exist. */
    public InputStream open(String relative) throws IOException {
        InputStream in = openOrNull(relative);
        if (in == null) {
            throw new IOException("missing model file: models/" + relative);
        }
        return in;
    }

    /** A name for messages: {@code models/gazetteers/countries.tsv}. */
    public String describe(String relative) {
        if (directory != null && Files.isRegularFile(directory.resolve(relative))) {
            return directory.resolve(relative).toString();
        }
        return "models/" + relative;
    }
}
