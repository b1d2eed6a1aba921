package dev.eventex.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
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

    public static TokenNameFinderModel train(List<NameSample> samples, Settings settings) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, settings.threads());
        byte[] features;
        try (InputStream in = NerTrainer.class.getResourceAsStream("ner-features.xml")) {
            if (in == null) {
                throw new IOException("ner-features.xml missing from the classpath");
            }
            features = in.readAllBytes();
        }
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, Collections.emptyMap(), new BioCodec());
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
