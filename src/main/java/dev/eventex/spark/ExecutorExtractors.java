package dev.eventex.spark;

import dev.eventex.api.Extractor;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The extractors of this JVM, one per {@link ExtractorSettings}, built on first use.
 *
 * <p>This is deliberately JVM-wide state: a Spark executor runs many tasks, one after another
 * and several at once, and each task deserializes its own copy of the function it runs, so a
 * per-task or per-function extractor would reload the models (about a second and a few
 * hundred MB) for every partition. Extractors are thread-safe, so all task threads share one.
 */
final class ExecutorExtractors {

    private static final ConcurrentMap<ExtractorSettings, Extractor> BUILT = new ConcurrentHashMap<>();

    private ExecutorExtractors() {
    }

    /** This JVM's extractor for {@code settings}; the first caller builds it while later ones wait. */
    static Extractor get(ExtractorSettings settings) {
        return BUILT.computeIfAbsent(settings, ExtractorSettings::build);
    }

    /**
     * Starts building the extractor for {@code settings} on a daemon thread and returns at once;
     * a task that asks meanwhile waits for this build instead of starting its own. For a JVM
     * known to run tasks (a local-mode driver), so loading overlaps Spark's own start-up.
     */
    static void buildInBackground(ExtractorSettings settings) {
        Thread t = new Thread(() -> {
            try {
                get(settings);
            } catch (RuntimeException e) {
                // nothing is kept: the first task builds again and reports the failure in its error rows
            }
        }, "eventex-prebuild");
        t.setDaemon(true);
        t.start();
    }

    /** The extractor already built for {@code settings}, or null (tests: proves laziness). */
    static Extractor peek(ExtractorSettings settings) {
        return BUILT.get(settings);
    }
}
