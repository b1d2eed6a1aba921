package dev.eventex.api;

/**
 * One default {@link Extractor} for the whole test run. Building one loads every model
 * (seconds), and the extractor is documented as thread-safe and shareable, so the
 * model-loading test classes all reuse this instance instead of building their own.
 */
public final class SharedExtractor {

    private SharedExtractor() {
    }

    private static final class Holder {
        static final Extractor DEFAULTS = Extractor.withDefaults();
    }

    private static final class ExplainingHolder {
        static final Extractor EXPLAINING = Extractor.builder().explain(true).build();
    }

    /** A shared extractor in explain mode, built on first use. */
    public static Extractor explaining() {
        return ExplainingHolder.EXPLAINING;
    }

    /** The shared extractor with the packaged models and rules, built on first use. */
    public static Extractor defaults() {
        return Holder.DEFAULTS;
    }
}
