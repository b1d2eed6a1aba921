package dev.eventex.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on stderr: on a terminal a one-line bar (files done / total, documents/s, ETA);
 * elsewhere (logs, CI) a plain line every few seconds, so a long run is never silent.
 */
final class Progress {

    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private final boolean bar;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long lastDraw;

    /** Default interval of the plain progress lines. */
    static final long LINE_INTERVAL_NANOS = 5_000_000_000L;

    Progress(PrintStream err, int total, boolean enabled) {
        this(err, total, enabled, true, 0);
    }

    /** With {@code bar} false: a line "N documents done" every {@code intervalNanos}. */
    Progress(PrintStream err, int total, boolean enabled, boolean bar, long intervalNanos) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
        this.bar = bar;
        this.intervalNanos = intervalNanos;
        this.lastDraw = start;
    }

    void update(int done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (!bar) {
            if (now - lastDraw >= intervalNanos) {
                lastDraw = now;
                double secs = (now - start) / 1e9;
                err.printf(Locale.ROOT, "eventex: progress: %d documents done, %.1f docs/s, %.0f s%n", done,
                        secs > 0 ? done / secs : 0, secs);
                err.flush();
            }
            return;
        }
        if (done < total && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        double secs = (now - start) / 1e9;
        double rate = secs > 0 ? done / secs : 0;
        long eta = rate > 0 ? Math.round((total - done) / rate) : -1;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        String bar = "#".repeat(filled) + "-".repeat(width - filled);
        err.printf(Locale.ROOT, "\r[%s] %d/%d  %.1f docs/s  ETA %s ", bar, done, total, rate, eta < 0 ? "?" : eta + "s");
        if (done >= total) {
            err.println();
        }
        err.flush();
    }
}
