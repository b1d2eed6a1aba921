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

    /** The extractor already built for {@code settings}, or null (tests: proves laziness). */
    static Extractor peek(ExtractorSettings settings) {
        return BUILT.get(settings);
    }
}
