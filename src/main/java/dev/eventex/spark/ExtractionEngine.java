package dev.eventex.spark;

import dev.eventex.api.Document;
import dev.eventex.api.ExtractionResult;
import java.io.Serializable;

/**
 * What a Spark task calls for each document. It is serialized into every task, so an
 * implementation carries settings only and finds its heavy state (an {@code Extractor}) in
 * the executor JVM, as {@link #shared(ExtractorSettings)} does. Tests wrap it to inject
 * failures.
 */
@FunctionalInterface
public interface ExtractionEngine extends Serializable {

    /** Extracts one document; may throw (the caller turns that into an error row). */
    ExtractionResult extract(Document document);

    /** The executor JVM's shared extractor for {@code settings}, built on the first document. */
    static ExtractionEngine shared(ExtractorSettings settings) {
        return new SharedExtractor(settings);
    }

    /** Looks the extractor up per call: the lookup is a hash probe, the build happens once per JVM. */
    record SharedExtractor(ExtractorSettings settings) implements ExtractionEngine {

        private static final long serialVersionUID = 1L;

        @Override
        public ExtractionResult extract(Document document) {
            return ExecutorExtractors.get(settings).extract(document);
        }
    }
}
