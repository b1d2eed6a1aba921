package dev.eventex.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains an OpenNLP maximum-entropy name finder with the Eventex feature set
 * ({@code dev/eventex/train/ner-features.xml}).
 */
public final class NerTrainer {

    /** Training settings. */
    public record Settings(int iterations, int cutoff, int threads) {
        public static Settings defaults() {
            return new Settings(100, 2, Math.max(1, Runtime.getRuntime().availableProcessors()));
        }
    }

    private NerTrainer() {
    }

    /** Trains with the packaged feature set ({@code ner-features.xml}). */
    public static TokenNameFinderModel train(List<NameSample> samples, Settings settings) throws IOException {
        byte[] features;
        try (InputStream in = NerTrainer.class.getResourceAsStream("ner-features.xml")) {
            if (in == null) {
                throw new IOException("ner-features.xml missing from the classpath");
            }
            features = in.readAllBytes();
        }
        return train(samples, settings, features);
    }

    /**
     * Trains with the given feature-generator XML. When it uses
     * {@link GazetteerFeatureGeneratorFactory}, the gazetteer dictionaries
     * ({@link GazetteerDictionaries}) become model resources.
     */
    public static TokenNameFinderModel train(List<NameSample> samples, Settings settings, byte[] features) throws IOException {
        return train(samples, settings, features, null);
    }

    /**
     * Trains with the given feature-generator XML; the word-cluster dictionaries its
     * {@code WordClasses.FeatureGeneratorFactory} generators name ({@code <str name="dict">}) are
     * read from {@code resourceDir} (file of the same name) and become model resources, so
     * the model needs no cluster file at run time.
     */
    public static TokenNameFinderModel train(List<NameSample> samples, Settings settings, byte[] features,
                                             Path resourceDir) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, settings.threads());
        String xml = new String(features, java.nio.charset.StandardCharsets.UTF_8);
        java.util.Map<String, Object> resources = new java.util.HashMap<>();
        if (xml.contains(GazetteerFeatureGeneratorFactory.class.getName())) {
            resources.putAll(GazetteerDictionaries.load(dev.eventex.internal.ModelSource.classpath()));
        }
        for (String key : WordClusters.dictionaryKeys(features)) {
            if (resourceDir == null) {
                throw new IOException("the features use word clusters '" + key + "': give the folder that holds them");
            }
            resources.put(key, WordClusters.load(resourceDir.resolve(key)));
        }
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, resources, new BioCodec());
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
    }

    public static void save(TokenNameFinderModel model, Path out) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            model.serialize(o);
        }
    }
}
