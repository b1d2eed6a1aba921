package dev.eventex.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * A word-class (word cluster) table stored inside a name-finder model, and the feature generator
 * that reads it. OpenNLP's own {@code WordClusterDictionary} cannot be used: in OpenNLP 2.5 its
 * serializer closes the stream it is given, which is the model's zip stream, so a model holding
 * one cannot be written; it also writes in the platform charset. This one reads and writes UTF-8
 * {@code word class} lines and leaves the stream open. Immutable.
 */
public final class WordClasses implements SerializableArtifact {

    private final Map<String, String> classes;

    private WordClasses(Map<String, String> classes) {
        this.classes = Collections.unmodifiableMap(classes);
    }

    /** Reads {@code word class} lines (space-separated, UTF-8) without closing {@code in}. */
    public static WordClasses read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> m = new LinkedHashMap<>();
        String line;
        while ((line = r.readLine()) != null) {
            int sp = line.indexOf(' ');
            if (sp > 0) {
                m.put(line.substring(0, sp), line.substring(sp + 1).strip().intern());
            }
        }
        return new WordClasses(m);
    }

    /** The class of {@code word} as written, or null. */
    public String classOf(String word) {
        return classes.get(word);
    }

    /** Number of words with a class. */
    public int size() {
        return classes.size();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Stores the table as a model entry (instantiated by name when a model is loaded). */
    public static final class Serializer implements ArtifactSerializer<WordClasses> {
        @Override
        public WordClasses create(InputStream in) throws IOException {
            return read(in);
        }

        @Override
        public void serialize(WordClasses artifact, OutputStream out) throws IOException {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : artifact.classes.entrySet()) {
                w.write(e.getKey());
                w.write(' ');
                w.write(e.getValue());
                w.write('\n');
            }
            w.flush();
        }
    }

    /**
     * Feature generator factory for a feature XML: {@code <str name="dict">} names the model
     * resource (a {@link WordClasses} table); the feature is that name followed by the token's class,
     * nothing for a word without one. Case is kept: the table holds words as written. With
     * {@code <bool name="lowerCase">true</bool>} the generator looks up the word in lower case
     * instead (features {@code dict + "lc" + class}): a capitalised word at the start of a
     * sentence or in a headline then gets the class of the common word it may be.
     */
    public static final class FeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            String key = getStr("dict");
            Object res = resourceManager == null ? null : resourceManager.getResource(key);
            if (!(res instanceof WordClasses table)) {
                throw new InvalidFormatException("no word-class resource '" + key + "' for the word-class feature generator");
            }
            boolean lowerCase = getBool("lowerCase", false);
            return new Generator(lowerCase ? key + "lc" : key, table, lowerCase);
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
            Map<String, ArtifactSerializer<?>> m = new java.util.HashMap<>(super.getArtifactSerializerMapping());
            m.put(getStr("dict"), new Serializer());
            return m;
        }
    }

    /** Whether {@code g} is this class's generator (its features depend on the word alone). */
    static boolean isGenerator(AdaptiveFeatureGenerator g) {
        return g instanceof Generator;
    }

    /** Adds {@code prefix + class} for the token at the index (or for its lower-case form). */
    private record Generator(String prefix, WordClasses table, boolean lowerCase) implements AdaptiveFeatureGenerator {
        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String c = table.classOf(lowerCase ? tokens[index].toLowerCase(java.util.Locale.ROOT) : tokens[index]);
            if (c != null) {
                features.add(prefix + c);
            }
        }
    }
}
