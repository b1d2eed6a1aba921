package dev.eventex.api;

import dev.eventex.entity.EntityMention;
import dev.eventex.entity.EntityPipeline;
import dev.eventex.entity.Gazetteer;
import dev.eventex.entity.NameModel;
import dev.eventex.event.EventAssembler;
import dev.eventex.event.EventMatcher;
import dev.eventex.event.EventMention;
import dev.eventex.event.EventRule;
import dev.eventex.event.EventTypes;
import dev.eventex.event.ExplainTrace;
import dev.eventex.event.RuleLoader;
import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelFileException;
import dev.eventex.internal.ModelSource;
import dev.eventex.normalize.Currencies;
import dev.eventex.normalize.DateHeader;
import dev.eventex.text.DependencyParser;
import dev.eventex.text.MaltDependencyParser;
import dev.eventex.normalize.EntityResolver;
import dev.eventex.normalize.ResolvedEntities;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.OpenNlpTextAnalyzer;
import dev.eventex.text.TextAnalyzer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns news text into entities and typed events. Build one with {@link #withDefaults()} or
 * {@link #builder()}; building loads the models, gazetteers and rules once (about a second).
 *
 * <p><b>Thread-safe; share one instance.</b> {@link #extract(Document)} keeps all
 * per-document state on the stack and never throws for bad input: a document that cannot be
 * processed yields a result whose {@code errors} say why.
 */
public final class Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

    /** The time budget per document unless the builder sets another: 60 seconds. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(60);

    private final TextAnalyzer analyzer;
    private final DependencyParser parser;
    private final EntityPipeline entities;
    private final EntityResolver resolver;
    private final EventMatcher matcher;
    private final EventAssembler assembler;
    private final DateHeader dateHeader;
    private final LocalDate fallbackDate;
    private final Duration timeBudget;
    private final int maxChars;
    private final boolean explain;

    private Extractor(Builder b) {
        long t0 = System.nanoTime();
        ModelSource source = b.modelsDirectory == null ? ModelSource.classpath() : ModelSource.directory(b.modelsDirectory);
        // the name model and the OpenNLP models take most of the start-up: load them while the
        // gazetteers and rules are compiled on this thread
        java.util.concurrent.ExecutorService loader = java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "eventex-loader");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.concurrent.Future<NameModel> modelF = loader.submit(() -> b.useNameModel ? NameModel.load(source) : null);
            java.util.concurrent.Future<DependencyParser> parserF = loader.submit(() -> loadParser(source));
            // every malformed line of every word list, gazetteer and rule file is reported at once
            List<String> problems = new ArrayList<>();
            // word lists are small and the analyzer needs them: read them first
            Lexicons lexicons = collect(() -> Lexicons.load(source), problems);
            java.util.concurrent.Future<TextAnalyzer> analyzerF = lexicons == null ? null
                    : loader.submit(() -> OpenNlpTextAnalyzer.loadDefault(lexicons));
            Gazetteer gazetteer = collect(() -> Gazetteer.load(source), problems);
            Currencies currencies = collect(() -> Currencies.load(source), problems);
            EventTypes types = collect(() -> EventTypes.load(source), problems);
            List<EventRule> rules = types == null ? null : collect(() -> new RuleLoader(types).loadAll(source), problems);
            if (!problems.isEmpty()) {
                throw new ModelFileException(problems, null);
            }
            NameModel model = await(modelF);
            this.analyzer = await(analyzerF);
            this.parser = await(parserF);
        this.entities = EntityPipeline.create(gazetteer, model, currencies, lexicons);
        this.resolver = new EntityResolver(gazetteer, lexicons);
        this.matcher = new EventMatcher(rules, lexicons, types);
        this.dateHeader = new DateHeader(lexicons);
        this.fallbackDate = b.fallbackDate;
        this.assembler = new EventAssembler(b.explain, lexicons, types);
        this.explain = b.explain;
        this.timeBudget = b.timeBudget;
        this.maxChars = b.maxChars;
        LOG.info("Eventex ready in {} ms: {} gazetteer phrases, {} event rules, name model {}",
                (System.nanoTime() - t0) / 1_000_000, gazetteer.size(), rules.size(), model == null ? "off" : "on");
        } finally {
            loader.shutdown();
        }
    }

    /** The loaded value, or null with the loader's errors added to {@code problems}. */
    private static <T> T collect(java.util.function.Supplier<T> load, List<String> problems) {
        try {
            return load.get();
        } catch (ModelFileException e) {
            problems.addAll(e.errors());
            return null;
        }
    }

    private static DependencyParser loadParser(ModelSource source) {
        java.net.URL url = source.urlOrNull(MaltDependencyParser.MODEL);
        if (url == null) {
            throw new IllegalStateException("missing model file: models/" + MaltDependencyParser.MODEL);
        }
        return MaltDependencyParser.load(url);
    }

    private static <T> T await(java.util.concurrent.Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading models", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot load models: " + e.getCause(), e.getCause());
        }
    }

    /** {@return an extractor with the packaged models and rules} */
    public static Extractor withDefaults() {
        return builder().build();
    }

    /** {@return a builder for non-default settings} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the time budget per document, or null for none} */
    public Duration timeBudget() {
        return timeBudget;
    }

    /**
     * Extracts from a text with no id and no date.
     *
     * @param text the raw text
     * @return the result; errors are reported in it, not thrown
     */
    public ExtractionResult extract(String text) {
        return extract(Document.of("doc", text));
    }

    /**
     * Extracts entities and events from one document. Never throws for bad input.
     *
     * @param doc the document
     * @return the result; errors are reported in it, not thrown
     */
    public ExtractionResult extract(Document doc) {
        Objects.requireNonNull(doc, "doc");
        // the document id on every log line written while it is processed
        try (org.slf4j.MDC.MDCCloseable ignored = org.slf4j.MDC.putCloseable("doc", doc.id())) {
            return extractOne(doc);
        }
    }

    private ExtractionResult extractOne(Document doc) {
        String text = doc.text();
        // the stamp is read once: it dates the document and is kept out of its events' dates
        DateHeader.Stamp stamp = dateHeader.find(text).orElse(null);
        LocalDate date = doc.date() != null ? doc.date() : stamp != null ? stamp.date() : fallbackDate;
        DocumentInfo info = new DocumentInfo(doc.id(), doc.source(), date == null ? null : date.toString(), text.length());
        if (text.isBlank()) {
            return ExtractionResult.failed(info, new ProcessingError("EMPTY_INPUT", "the document has no text"));
        }
        if (text.length() > maxChars) {
            return ExtractionResult.failed(info, new ProcessingError("TOO_LARGE",
                    "the document has " + text.length() + " chars; the limit is " + maxChars));
        }
        long deadline = timeBudget == null ? Long.MAX_VALUE : System.nanoTime() + timeBudget.toNanos();
        java.util.function.BooleanSupplier overBudget = () -> System.nanoTime() > deadline || Thread.currentThread().isInterrupted();
        try {
            AnalyzedText tagged = analyzer.analyze(withoutStamp(text, stamp), overBudget);
            checkDeadline(deadline);
            List<EntityMention> mentions = entities.recognize(tagged, overBudget);
            checkDeadline(deadline);
            AnalyzedText analyzed = tagged;
            ResolvedEntities resolved = resolver.resolve(tagged, mentions, date);
            java.util.function.Function<dev.eventex.text.Sentence, List<dev.eventex.text.TokenSpan>> units = dev.eventex.entity.ParserUnits.of(mentions);
            // sentences are parsed only when an event rule's finder asks for the tree
            // per document, and only when asked for: what the event stage decided and why
            ExplainTrace trace = explain || ExplainTrace.debugLogging() ? ExplainTrace.recording(doc.id(), text) : ExplainTrace.OFF;
            List<EventMention> firings = matcher.match(analyzed, resolved, date, stamp, s -> parser.parse(s, units.apply(s)), trace);
            checkDeadline(deadline);
            List<Event> events = assembler.assemble(text, firings, trace);
            trace.log(firings);
            return new ExtractionResult(ExtractionResult.SCHEMA_VERSION, info, resolved.entities(), events,
                    explain ? trace.rejected() : null, List.of());
        } catch (BudgetExceeded | java.util.concurrent.CancellationException e) {
            return ExtractionResult.failed(info, new ProcessingError("TIMEOUT",
                    "processing took longer than the time budget of " + timeBudget.toMillis() + " ms"));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("document {} failed", doc.id(), e);
            return ExtractionResult.failed(info, new ProcessingError("INTERNAL_ERROR", e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /**
     * The text with its publication stamp (label and date, " date 2025-06-28") blanked out, same
     * length and offsets: the stamp is no part of the first sentence, whose subject, item or
     * headline it would otherwise open ("date 2025-06-28 Medical supplies donated by ...").
     */
    static String withoutStamp(String text, DateHeader.Stamp stamp) {
        if (stamp == null) {
            return text;
        }
        int from = text.lastIndexOf('\n', stamp.start() - 1) + 1;
        StringBuilder b = new StringBuilder(text);
        for (int i = from; i < stamp.end(); i++) {
            if (!Character.isWhitespace(b.charAt(i))) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    /**
     * Extracts from many documents, in order.
     *
     * @param docs the documents
     * @return one result per document, in the same order
     */
    public List<ExtractionResult> extractAll(List<Document> docs) {
        List<ExtractionResult> out = new ArrayList<>(docs.size());
        for (Document d : docs) {
            out.add(extract(d));
        }
        return out;
    }

    private static void checkDeadline(long deadline) {
        if (System.nanoTime() > deadline) {
            throw new BudgetExceeded();
        }
    }

    private static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /** Configures an {@link Extractor}. Not thread-safe; the built extractor is. */
    public static final class Builder {
        private Path modelsDirectory;
        private boolean explain;
        private boolean useNameModel = true;
        private Duration timeBudget = DEFAULT_TIME_BUDGET;
        private int maxChars = 64 * 1024 * 1024;
        private LocalDate fallbackDate;

        private Builder() {
        }

        /**
         * A directory laid out like the packaged {@code models/} folder; files found there
         * override the packaged ones (add a gazetteer entry or a rule without rebuilding).
         *
         * @param dir the directory, or null for the packaged models only
         * @return this builder
         */
        public Builder modelsDirectory(Path dir) {
            this.modelsDirectory = dir;
            return this;
        }

        /**
         * Explain mode: attach to every event which rules fired on which triggers, where each
         * role value was found and how the confidence was reached, and list in the result the
         * triggers that produced no event, with the reason ({@link ExtractionResult#rejected()}).
         *
         * @param on true to attach explanations
         * @return this builder
         */
        public Builder explain(boolean on) {
            this.explain = on;
            return this;
        }

        /**
         * Use the statistical name finder (default on); off runs gazetteers and rules only.
         *
         * @param on false to run without the name model
         * @return this builder
         */
        public Builder nameModel(boolean on) {
            this.useNameModel = on;
            return this;
        }

        /**
         * Per-document time budget (default {@link #DEFAULT_TIME_BUDGET}); a document over budget
         * yields a TIMEOUT error, so one pathological text (megabytes without a sentence end)
         * cannot stall a caller. Null means no budget; zero or negative budgets are refused.
         *
         * @param budget the budget per document, or null for none
         * @return this builder
         */
        public Builder timeBudget(Duration budget) {
            if (budget != null && (budget.isNegative() || budget.isZero())) {
                throw new IllegalArgumentException("timeBudget must be positive, got " + budget);
            }
            this.timeBudget = budget;
            return this;
        }

        /**
         * Largest document accepted, in chars (default 64 Mi); a longer one gives {@code TOO_LARGE}.
         *
         * @param chars the limit; must be positive
         * @return this builder
         */
        public Builder maxChars(int chars) {
            if (chars <= 0) {
                throw new IllegalArgumentException("maxChars must be positive, got " + chars);
            }
            this.maxChars = chars;
            return this;
        }

        /**
         * The publication date of a document that has neither its own date ({@link Document#date()})
         * nor a date header at its top (default none); relative dates ("on Tuesday") resolve against it.
         *
         * @param date the date, or null for none
         * @return this builder
         */
        public Builder fallbackDate(LocalDate date) {
            this.fallbackDate = date;
            return this;
        }

        /** {@return the extractor, with every model loaded} */
        public Extractor build() {
            return new Extractor(this);
        }
    }
}
