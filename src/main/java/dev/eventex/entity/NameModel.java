package dev.eventex.entity;

import dev.eventex.internal.ModelSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained OpenNLP name finder ({@code models/ner/eventex-ner-en.bin}). The model is
 * shared; each thread gets its own {@link NameFinderME}, whose adaptive (previous-decision)
 * data is cleared at every document start so documents never influence each other.
 */
public final class NameModel {

    public static final String FILE = "ner/eventex-ner-en.bin";

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finder;

    public NameModel(TokenNameFinderModel model) {
        this.model = model;
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** Loads the packaged (or overriding) model. */
    public static NameModel load(ModelSource source) {
        try (InputStream in = source.open(FILE)) {
            return new NameModel(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load name-finder model " + source.describe(FILE) + ": " + e.getMessage(), e);
        }
    }

    public TokenNameFinderModel model() {
        return model;
    }

    /** Starts a new document on this thread. */
    public void startDocument() {
        finder.get().clearAdaptiveData();
    }

    /** Typed token spans ("person", "organization", "location") with probabilities. */
    public Span[] find(String[] tokens) {
        return finder.get().find(tokens);
    }
}
