package dev.eventex.text;

import dev.eventex.internal.FeatureTable;
import dev.eventex.internal.PosContexts;
import dev.eventex.internal.SharedPrefixBeamSearch;
import opennlp.tools.postag.POSModel;
import dev.eventex.internal.WindowFeatureMemo;
import java.util.Map;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.TagDictionary;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP's POS tagger factory whose context generator computes the token features inside its
 * windows once per token of a sentence ({@link WindowFeatureMemo}), as the name finder's does:
 * with a window of two each side OpenNLP lower-cases every token five times. The contexts, and
 * so every tag and probability, are OpenNLP's.
 *
 * <p>Public with a public no-argument constructor because OpenNLP builds a model's factory from
 * the class name in its manifest (a {@code POSModel} cannot be subclassed): the analyzer's model
 * is rebuilt with this factory ({@code OpenNlpTextAnalyzer}), and each {@code POSTaggerME} asks
 * it for its own context generator.
 */
public class MemoizingPosTaggerFactory extends POSTaggerFactory {

    /** The model's feature table, whose own name instances the memos keep; null: names as generated. */
    private final FeatureTable table;

    /** For OpenNLP, which instantiates the factory named in a model's manifest. */
    public MemoizingPosTaggerFactory() {
        this.table = null;
    }

    MemoizingPosTaggerFactory(byte[] featureGenerator, Map<String, Object> resources, TagDictionary dictionary,
            FeatureTable table) {
        super(featureGenerator, resources, dictionary);
        this.table = table;
    }

    /**
     * The model's feature table: the one given, or, in the instance OpenNLP makes from the class
     * name when the model is built (which cannot be handed one), its search's.
     */
    private FeatureTable table() {
        if (table != null) {
            return table;
        }
        if (artifactProvider instanceof POSModel model && model.getPosSequenceModel() instanceof SharedPrefixBeamSearch search) {
            return search.table();
        }
        return null;
    }

    @Override
    public POSContextGenerator getPOSContextGenerator(int cacheSize) {
        POSContextGenerator built = super.getPOSContextGenerator(cacheSize);
        if (built == null || built.getClass() != ConfigurablePOSContextGenerator.class) {
            return built; // an old model's default generator: no windows to memoize
        }
        AdaptiveFeatureGenerator generator = createFeatureGenerators();
        FeatureTable table = table();
        if (table == null) {
            AdaptiveFeatureGenerator memoized = WindowFeatureMemo.rewrite(generator);
            return memoized == generator ? built : new ConfigurablePOSContextGenerator(cacheSize, memoized);
        }
        // with the model's table the contexts carry the memos' rows to the beam search
        AdaptiveFeatureGenerator memoized = WindowFeatureMemo.rewrite(generator, table);
        return memoized == generator ? built : new PosContexts(cacheSize, memoized);
    }
}
