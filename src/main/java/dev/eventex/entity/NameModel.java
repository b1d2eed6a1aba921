package dev.eventex.entity;

import dev.eventex.internal.FeatureTable;
import dev.eventex.internal.ModelSource;
import dev.eventex.internal.NameContexts;
import dev.eventex.internal.NameOutcomeValidator;
import dev.eventex.internal.SharedPrefixBeamSearch;
import dev.eventex.internal.WindowFeatureMemo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.ml.BeamSearch;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * The trained OpenNLP name finder ({@code models/ner/eventex-ner-en.bin}). The model is
 * shared and immutable; each document reads its names with a {@link NameFinderME} of its own
 * ({@link #borrowFinder()}, kept in the document's {@link DocumentMemory}), so the finder's
 * adaptive (previous-decision) data is that document's and documents never influence each
 * other. Finished documents hand their finder back ({@link #releaseFinder}), because making one
 * builds the model's whole feature-generator chain. Thread-safe.
 */
public final class NameModel {

    public static final String FILE = "ner/eventex-ner-en.bin";

    private final TokenNameFinderModel model;
    /** Finders of finished documents; at most as many as documents were ever read at once. */
    private final ConcurrentLinkedDeque<NameFinderME> idle = new ConcurrentLinkedDeque<>();

    public NameModel(TokenNameFinderModel model) {
        this.model = model;
    }

    /** Loads the packaged (or overriding) model. */
    public static NameModel load(ModelSource source) {
        try (InputStream in = source.open(FILE)) {
            return new NameModel(new SharedPrefixNameModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load name-finder model " + source.describe(FILE) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The model with {@link SharedPrefixBeamSearch}: the same names and probabilities as
     * OpenNLP's search, about a third of the model evaluations (the name finder's contexts
     * differ between beam candidates only in the previous-outcome features at their end).
     */
    private static final class SharedPrefixNameModel extends TokenNameFinderModel {
        private static final long serialVersionUID = 1L;

        SharedPrefixNameModel(InputStream in) throws IOException {
            super(in);
        }

        /** Made on first use: the model's constructor asks for its factory before our fields are set. */
        private transient MemoizingFactory memoizing;
        /** The maxent model's feature table (null: not a GIS model), made once, on first use. */
        private transient FeatureTable table;
        private transient boolean tableMade;
        /** Our search, which every finder shares (it is thread-safe; OpenNLP's is not), made once. */
        private transient SequenceClassificationModel shared;

        @Override
        public synchronized SequenceClassificationModel getNameFinderSequenceModel() {
            if (shared != null) {
                return shared;
            }
            SequenceClassificationModel search = SharedPrefixBeamSearch.replacing(super.getNameFinderSequenceModel(),
                    getArtifact("nameFinder.model"), getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER),
                    NameFinderME.DEFAULT_BEAM_SIZE, table());
            if (search instanceof SharedPrefixBeamSearch) {
                shared = search;
            }
            return search;
        }

        private synchronized FeatureTable table() {
            if (!tableMade) {
                table = SharedPrefixBeamSearch.tableOf(getArtifact("nameFinder.model"));
                tableMade = true;
            }
            return table;
        }

        @Override
        public synchronized TokenNameFinderFactory getFactory() {
            TokenNameFinderFactory loaded = super.getFactory();
            if (loaded == null || loaded.getClass() != TokenNameFinderFactory.class) {
                return loaded;
            }
            if (memoizing == null || memoizing.loaded != loaded) {
                memoizing = new MemoizingFactory(loaded, this::table);
            }
            return memoizing;
        }
    }

    /**
     * The model's own factory, whose context generators run the token features of a window once per
     * token ({@link WindowFeatureMemo}) and build the contexts of a token's beam candidates from one
     * list of features ({@link NameContexts}): the same contexts, a fraction of the lower-casing,
     * shape tests and garbage; its codec's validators keep their answers ({@link NameOutcomeValidator}).
     * Everything else is the loaded factory's.
     */
    private static final class MemoizingFactory extends TokenNameFinderFactory {
        private final TokenNameFinderFactory loaded;
        private final Supplier<FeatureTable> table;

        MemoizingFactory(TokenNameFinderFactory loaded, Supplier<FeatureTable> table) {
            this.loaded = loaded;
            this.table = table;
        }

        @Override
        public NameContextGenerator createContextGenerator() {
            AdaptiveFeatureGenerator generator = loaded.createFeatureGenerators();
            if (generator == null) {
                return loaded.createContextGenerator();
            }
            FeatureTable features = table.get();
            return new NameContexts(features == null ? WindowFeatureMemo.rewrite(generator)
                    : WindowFeatureMemo.rewrite(generator, features));
        }

        @Override
        public AdaptiveFeatureGenerator createFeatureGenerators() {
            return loaded.createFeatureGenerators();
        }

        @Override
        public SequenceCodec<String> createSequenceCodec() {
            // its validator's answers kept per pair of outcomes (the same answers, no regex per candidate)
            return NameOutcomeValidator.keeping(loaded.createSequenceCodec());
        }

        @Override
        public void validateArtifactMap() throws InvalidFormatException {
            loaded.validateArtifactMap();
        }

        @Override
        public Map<String, Object> createArtifactMap() {
            return loaded.createArtifactMap();
        }

        @Override
        public Map<String, String> createManifestEntries() {
            return loaded.createManifestEntries();
        }

        @Override
        public Map<String, ArtifactSerializer<?>> createArtifactSerializersMap() {
            return loaded.createArtifactSerializersMap();
        }
    }

    public TokenNameFinderModel model() {
        return model;
    }

    /**
     * A finder for one document: its adaptive data (the outcomes of the words seen so far, a
     * feature of later sentences) starts empty and is that document's alone until it is
     * released. The finder itself is not thread-safe.
     */
    public NameFinderME borrowFinder() {
        NameFinderME f = idle.pollFirst();
        if (f == null) {
            return new NameFinderME(model);
        }
        f.clearAdaptiveData();
        return f;
    }

    /** Takes back a finder of {@link #borrowFinder()} whose document is finished; the caller must not use it again. */
    public void releaseFinder(NameFinderME finder) {
        idle.offerFirst(finder);
    }
}
