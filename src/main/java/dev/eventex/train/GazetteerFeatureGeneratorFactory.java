package dev.eventex.train;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.DictionaryFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.DictionarySerializer;

/**
 * Feature generator factory for {@code ner-features.xml}: like OpenNLP's
 * {@code DictionaryFeatureGeneratorFactory}, but with a feature prefix per dictionary so that
 * several gazetteer dictionaries (locations, organizations, titles, demonyms) give distinct
 * features. The dictionary is a model resource ({@code <str name="dict">}), serialized inside
 * the model, so the model needs no external files at run time.
 */
public final class GazetteerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        String key = getStr("dict");
        Object res = resourceManager == null ? null : resourceManager.getResource(key);
        if (!(res instanceof Dictionary dict)) {
            throw new InvalidFormatException("no dictionary resource '" + key + "' for the gazetteer feature generator");
        }
        return new DictionaryFeatureGenerator(getStr("prefix", key), dict);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        Map<String, ArtifactSerializer<?>> m = new HashMap<>(super.getArtifactSerializerMapping());
        m.put(getStr("dict"), new DictionarySerializer());
        return m;
    }
}
