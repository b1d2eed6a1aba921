package dev.eventex.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where result lines go. With a file, lines are written to a temporary file beside it and
 * moved into place only when the run completes, so an interrupted run never leaves a
 * half-written file that looks complete; the partial temp file is what {@code --resume}
 * continues from.
 */
final class ResultSink implements AutoCloseable {

    private final Writer out;
    private final Path target;
    private final Path temp;
    private boolean committed;

    private ResultSink(Writer out, Path target, Path temp) {
        this.out = out;
        this.target = target;
        this.temp = temp;
    }

    static ResultSink stdout(PrintStream stdout) {
        return new ResultSink(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)), null, null);
    }

    /** The temp file a run writing {@code target} uses. */
    static Path tempFor(Path target) {
        Path abs = target.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".partial");
    }

    /**
     * Opens {@code target} for writing. With {@code keepExisting}, the lines already in the
     * target (or in an interrupted run's temp file) are kept and new lines appended.
     */
    static ResultSink file(Path target, boolean keepExisting) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("output directory does not exist: " + dir);
        }
        if (Files.isDirectory(abs)) {
            throw new IOException("output path is a directory: " + target);
        }
        Path temp = tempFor(target);
        if (keepExisting) {
            if (!Files.exists(temp) && Files.exists(abs)) {
                Files.copy(abs, temp, StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            Files.deleteIfExists(temp);
        }
        Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        return new ResultSink(w, abs, temp);
    }

    void write(String line) throws IOException {
        out.write(line);
        out.write('\n');
    }

    void flush() throws IOException {
        out.flush();
    }

    /** Makes the output final: flushes, and moves the temp file into place. */
    void commit() throws IOException {
        out.flush();
        if (target != null) {
            out.close();
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (target == null) {
            out.flush();
        } else if (!committed) {
            out.close(); // leave the .partial file for --resume
        }
    }
}
