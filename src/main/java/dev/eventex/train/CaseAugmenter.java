package dev.eventex.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameSample;

/**
 * Case-augmented copies of training sentences: each sentence once in lower case and, for a
 * share of them, once in upper case, with its name spans unchanged. Web text often drops
 * capitals ("tampa bay", "ask at the ymca") or shouts ("MEETING WITH ACME CORP"); a tagger
 * trained on cased and uncased copies together is more robust to both while keeping its
 * scores on cased text (Mayhew, Tsygankova and Roth, 2019). The copies are made when the
 * training data is read, never at run time.
 *
 * @param upperEvery one sentence in this many also gets an upper-case copy (0: none)
 */
public record CaseAugmenter(int upperEvery) {

    public CaseAugmenter {
        if (upperEvery < 0) {
            throw new IllegalArgumentException("upperEvery must be >= 0");
        }
    }

    /**
     * The copies of {@code samples} (not the samples themselves): for sentence {@code i} its
     * lower-cased copy, then, when {@code upperEvery > 0} and {@code i % upperEvery == 0}, its
     * upper-cased copy. A copy identical to its sentence (no letter changes case) is left out.
     * Deterministic, in input order.
     */
    public List<NameSample> copies(List<NameSample> samples) {
        List<NameSample> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            NameSample s = samples.get(i);
            addIfChanged(out, s, false);
            if (upperEvery > 0 && i % upperEvery == 0) {
                addIfChanged(out, s, true);
            }
        }
        return out;
    }

    private static void addIfChanged(List<NameSample> out, NameSample s, boolean upper) {
        String[] tokens = s.getSentence();
        String[] cased = new String[tokens.length];
        boolean changed = false;
        for (int i = 0; i < tokens.length; i++) {
            cased[i] = upper ? tokens[i].toUpperCase(Locale.ROOT) : tokens[i].toLowerCase(Locale.ROOT);
            // a token whose length changes (German sharp s) would shift nothing here, but keep it as written
            if (cased[i].length() != tokens[i].length()) {
                cased[i] = tokens[i];
            }
            changed |= !cased[i].equals(tokens[i]);
        }
        if (changed) {
            out.add(new NameSample(cased, s.getNames(), s.isClearAdaptiveDataSet()));
        }
    }
}
