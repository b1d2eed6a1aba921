package dev.eventex.spark;

import dev.eventex.api.Extractor;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

/**
 * How an executor builds its {@link Extractor}: the only extraction state shipped with a
 * Spark task. Equal settings share one extractor per JVM.
 *
 * @param modelsDirectory   a models folder present on every executor, or null for the packaged models
 * @param explain           attach rule explanations to events
 * @param timeBudgetSeconds time budget per document, 0 for none
 * @param fallbackDate      publication date of documents with neither a date nor a date header, or null
 */
public record ExtractorSettings(String modelsDirectory, boolean explain, int timeBudgetSeconds, LocalDate fallbackDate)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The CLI's defaults: packaged models, no explanations, a 60 s budget per document, no fallback date. */
    public static ExtractorSettings defaults() {
        return new ExtractorSettings(null, false, (int) Extractor.DEFAULT_TIME_BUDGET.toSeconds(), null);
    }

    /** Builds the extractor these settings describe (about a second: models are loaded). */
    Extractor build() {
        Extractor.Builder b = Extractor.builder().explain(explain)
                .timeBudget(timeBudgetSeconds > 0 ? Duration.ofSeconds(timeBudgetSeconds) : null).fallbackDate(fallbackDate);
        if (modelsDirectory != null) {
            b.modelsDirectory(Path.of(modelsDirectory));
        }
        return b.build();
    }
}
