package dev.eventex.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;

/**
 * OpenNLP's tokenizer context ({@link DefaultTokenContextGenerator}) for a model evaluated
 * through a {@link FeatureTable} ({@link TableMaxentModel}): the same features in the same
 * order, each as the table's own instance, and without the features the model does not know
 * (they add nothing to a sum), so the model's probabilities are the same bit for bit.
 *
 * <p>Why: the tokenizer asks for a context at every character of every token that is not plain
 * letters and digits, and OpenNLP builds it from fresh strings (the whole prefix and suffix of the
 * token at that character, each character's features), which the model then hashes character by
 * character: 13% of the pipeline's CPU. Here prefixes, suffixes and character pairs are looked up
 * by parts ({@link FeatureTable#canonical(String, CharSequence, int, int)}), and the features of
 * a single character are resolved once per character (OpenNLP's own {@code addCharPreds}).
 */
public final class TableTokenContexts extends DefaultTokenContextGenerator {

    /** Characters whose features are resolved when the generator is made; others per call. */
    private static final int CACHED_CHARS = 256;
    private static final String[] CHAR_KEYS = {"p1", "p2", "f1", "f2"};
    private static final int P1 = 0;
    private static final int P2 = 1;
    private static final int F1 = 2;
    private static final int F2 = 3;
    /** More than a context can hold: two pieces, four characters' features, three pairs, four flags. */
    private static final int MAX_FEATURES = 32;

    private final FeatureTable table;
    /** Per key and character below {@link #CACHED_CHARS}: the table's instances of its known features. */
    private final String[][][] charFeatures;
    private final String p1Bok;
    private final String p2Bok;
    private final String f2Bok;
    private final String cc;
    private final String pabb;

    /** A generator for {@code table}'s model with OpenNLP's induced abbreviations. */
    public TableTokenContexts(Set<String> inducedAbbreviations, FeatureTable table) {
        super(inducedAbbreviations);
        this.table = table;
        this.charFeatures = new String[CHAR_KEYS.length][CACHED_CHARS][];
        for (int k = 0; k < CHAR_KEYS.length; k++) {
            for (char c = 0; c < CACHED_CHARS; c++) {
                charFeatures[k][c] = resolveChar(CHAR_KEYS[k], c);
            }
        }
        this.p1Bok = known("p1=bok");
        this.p2Bok = known("p2=bok");
        this.f2Bok = known("f2=bok");
        this.cc = known("cc");
        this.pabb = known("pabb");
    }

    private String known(String feature) {
        return table.row(feature) < 0 ? null : table.canonical(feature);
    }

    private String[] resolveChar(String key, char c) {
        List<String> features = new ArrayList<>(4);
        addCharPreds(key, c, features);
        return features.stream().map(this::known).filter(f -> f != null).toArray(String[]::new);
    }

    private String[] charFeatures(int key, char c) {
        return c < CACHED_CHARS ? charFeatures[key][c] : resolveChar(CHAR_KEYS[key], c);
    }

    @Override
    public String[] getContext(String sentence, int index) {
        String[] out = new String[MAX_FEATURES];
        int n = 0;
        n = add(out, n, table.canonical("p=", sentence, 0, index));
        n = add(out, n, table.canonical("s=", sentence, index, sentence.length()));
        if (index > 0) {
            n = add(out, n, charFeatures(P1, sentence.charAt(index - 1)));
            if (index > 1) {
                n = add(out, n, charFeatures(P2, sentence.charAt(index - 2)));
                n = add(out, n, table.canonical("p21=", sentence, index - 2, index));
            } else {
                n = add(out, n, p2Bok);
            }
            n = add(out, n, table.canonical("p1f1=", sentence, index - 1, index + 1));
        } else {
            n = add(out, n, p1Bok);
        }
        n = add(out, n, charFeatures(F1, sentence.charAt(index)));
        if (index + 1 < sentence.length()) {
            n = add(out, n, charFeatures(F2, sentence.charAt(index + 1)));
            n = add(out, n, table.canonical("f12=", sentence, index, index + 2));
        } else {
            n = add(out, n, f2Bok);
        }
        if (sentence.charAt(0) == '&' && sentence.charAt(sentence.length() - 1) == ';') {
            n = add(out, n, cc);
        }
        if (index == sentence.length() - 1 && inducedAbbreviations.contains(sentence)) {
            n = add(out, n, pabb);
        }
        return Arrays.copyOf(out, n);
    }

    private static int add(String[] out, int n, String feature) {
        if (feature != null) {
            out[n++] = feature;
        }
        return n;
    }

    private static int add(String[] out, int n, String[] features) {
        System.arraycopy(features, 0, out, n, features.length);
        return n + features.length;
    }
}
