package dev.eventex.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where result lines go.
 *
 * <p>Every record is written whole, as one write of its bytes and the line end, never
 * through a buffer that a kill could cut in the middle of a line. With a regular file,
 * lines go to a temporary file beside it ({@code .NAME.partial}), synced to disk every few
 * seconds, and the temp file is moved into place only when the run completes, so an
 * interrupted run never leaves a half-written file that looks complete; the partial file
 * is what {@code --resume} continues from, after cutting it back to its last complete line.
 * Special files (devices, pipes, FIFOs, {@code /dev/stdout}) are written directly.
 *
 * <p>Thread-safe: {@link #stop()} may be called from a shutdown hook while the main thread
 * writes; a record being written is finished first and later writes are refused.
 */
final class ResultSink implements AutoCloseable {

    private static final long SYNC_NANOS = 2_000_000_000L;

    /** Writing after {@link #stop()}: the run is being shut down. */
    static final class StoppedException extends IOException {
        StoppedException() {
            super("the run was stopped");
        }
    }

    private final PrintStream stream;
    private final FileChannel channel;
    private final Path target;
    private final Path temp;
    private final String description;
    private long lines;
    private long lastSync = System.nanoTime();
    private boolean committed;
    private boolean stopped;

    private ResultSink(PrintStream stream, FileChannel channel, Path target, Path temp, long lines, String description) {
        this.stream = stream;
        this.channel = channel;
        this.target = target;
        this.temp = temp;
        this.lines = lines;
        this.description = description;
    }

    static ResultSink stdout(PrintStream stdout) {
        return new ResultSink(stdout, null, null, null, 0, "standard output");
    }

    /**
     * The file a regular output ends up in: the absolute path, or for a symbolic link to a
     * regular file the file it points to (the link is kept, its file replaced).
     */
    static Path finalTarget(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isSymbolicLink(abs) && Files.isRegularFile(abs)) {
            return abs.toRealPath();
        }
        return abs;
    }

    /** The temp file a run writing {@code target} uses. */
    static Path tempFor(Path target) {
        Path abs = target.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".partial");
    }

    /** {@code -o -}: standard output. */
    static boolean isStdout(Path target) {
        return target.toString().equals("-");
    }

    /**
     * True for an output that must be written in place, not through a temp file and a rename:
     * anything that exists and is not a regular file (devices, FIFOs, sockets, also through
     * symbolic links), and every path under {@code /dev} or {@code /proc}.
     */
    static boolean isSpecial(Path target) {
        Path p = target.toAbsolutePath().normalize();
        for (int hops = 0; hops < 40; hops++) {
            if (p.startsWith("/dev") && !p.startsWith("/dev/shm") || p.startsWith("/proc")) {
                return true;
            }
            if (!Files.isSymbolicLink(p)) {
                break;
            }
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            } catch (IOException e) {
                break;
            }
        }
        return Files.exists(p) && !Files.isRegularFile(p) && !Files.isDirectory(p);
    }

    /** Writes directly into a special file (a device, a FIFO, a pipe). */
    static ResultSink special(Path target) throws IOException {
        FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new ResultSink(null, ch, null, null, 0, target.toString());
    }

    /**
     * Opens {@code target} for writing. With {@code keepExisting}, the lines already in the
     * target (or in an interrupted run's temp file) are kept and new lines appended, after a
     * line cut short by a crash is removed.
     */
    static ResultSink file(Path target, boolean keepExisting) throws IOException {
        Path abs = finalTarget(target);
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("output directory does not exist: " + dir);
        }
        if (Files.isDirectory(abs)) {
            throw new IOException("output path is a directory: " + target);
        }
        Path temp = tempFor(abs);
        long kept = 0;
        if (keepExisting) {
            if (!Files.exists(temp, LinkOption.NOFOLLOW_LINKS) && Files.exists(abs)) {
                Files.copy(abs, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.exists(temp)) {
                kept = truncateToLastCompleteLine(temp);
            }
        } else {
            Files.deleteIfExists(temp);
        }
        FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new ResultSink(null, ch, abs, temp, kept, temp.toString());
    }

    /**
     * Cuts a file back to just after its last line end, dropping a line a kill left
     * unfinished, and returns the number of complete lines.
     */
    static long truncateToLastCompleteLine(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long keep = 0;
            long newlines = 0;
            ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
            long pos = 0;
            while (pos < size) {
                buf.clear();
                int n = ch.read(buf, pos);
                if (n <= 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    if (buf.get(i) == '\n') {
                        keep = pos + i + 1;
                        newlines++;
                    }
                }
                pos += n;
            }
            if (keep < size) {
                ch.truncate(keep);
                ch.force(true);
            }
            return newlines;
        }
    }

    /** Writes one record and its line end at once. */
    synchronized void write(String record) throws IOException {
        if (stopped) {
            throw new StoppedException();
        }
        byte[] bytes = (record + "\n").getBytes(StandardCharsets.UTF_8);
        if (stream != null) {
            stream.write(bytes, 0, bytes.length);
            stream.flush();
            // PrintStream swallows IOExceptions (a closed pipe): ask it
            if (stream.checkError()) {
                stopped = true;
                throw new IOException("standard output was closed (broken pipe); results written: " + lines);
            }
        } else {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                channel.write(b);
            }
            if (temp != null && System.nanoTime() - lastSync > SYNC_NANOS) {
                channel.force(false);
                lastSync = System.nanoTime();
            }
        }
        lines++;
    }

    /** Complete result lines in the output so far (kept from an earlier run plus written). */
    synchronized long lines() {
        return lines;
    }

    /** Where lines are being written (the .partial file for a regular file). */
    String description() {
        return description;
    }

    /** Where the lines are once the output is final (the file itself, not its .partial file). */
    String finalDescription() {
        return target != null ? target.toString() : description;
    }

    /** True when the output is the temp file of a regular file. */
    boolean isPartial() {
        return temp != null;
    }

    /** Whether the output was made final (a signal after this finds the run complete). */
    synchronized boolean isCommitted() {
        return committed;
    }

    /** Makes the output final: syncs, and moves the temp file into place. */
    synchronized void commit() throws IOException {
        if (stopped) {
            throw new StoppedException();
        }
        if (stream != null) {
            stream.flush();
            if (stream.checkError()) {
                throw new IOException("standard output was closed (broken pipe)");
            }
        } else if (temp != null) {
            channel.force(true);
            channel.close();
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            channel.close();
        }
        committed = true;
    }

    /**
     * Stops the sink for a shutdown: a write in progress is finished (this waits for it),
     * what was written is synced, later writes are refused. Returns false when the run had
     * already completed.
     */
    synchronized boolean stop() {
        if (committed || stopped) {
            return false;
        }
        stopped = true;
        try {
            if (stream != null) {
                stream.flush();
            } else if (channel.isOpen()) {
                channel.force(true);
                channel.close();
            }
        } catch (IOException e) {
            // nothing more can be done while the JVM shuts down
        }
        return true;
    }

    /** Gives up before anything was written: closes, and removes a temp file that holds no line. */
    synchronized void abandon() throws IOException {
        stopped = true;
        if (channel != null && channel.isOpen()) {
            channel.close();
        }
        if (temp != null && Files.size(temp) == 0) {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (stream != null) {
            stream.flush();
        } else if (channel.isOpen()) {
            channel.close(); // leave the .partial file for --resume
        }
    }
}
