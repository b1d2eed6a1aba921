package dev.eventex.text;

/**
 * Stage 1: splits raw text into sentences and tokens and tags them. Implementations are
 * thread-safe; one instance serves all threads.
 */
public interface TextAnalyzer {

    /** Analyses a whole text; offsets refer to {@code text}. */
    AnalyzedText analyze(String text);

    /**
     * Analyses a text, polling {@code cancelled} between sentences; when it turns true the
     * analysis stops with {@link java.util.concurrent.CancellationException}. The default
     * ignores it.
     */
    default AnalyzedText analyze(String text, java.util.function.BooleanSupplier cancelled) {
        return analyze(text);
    }
}
