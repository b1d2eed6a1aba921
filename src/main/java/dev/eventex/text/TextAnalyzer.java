package dev.eventex.text;

/**
 * Stage 1: splits raw text into sentences and tokens and tags them. Implementations are
 * thread-safe; one instance serves all threads.
 */
public interface TextAnalyzer {

    /** Analyses a whole text; offsets refer to {@code text}. */
    AnalyzedText analyze(String text);
}
