package dev.eventex.cli;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on a terminal's stderr: files done / total, documents/s, ETA. */
final class Progress {

    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;

    Progress(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    void update(int done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
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
