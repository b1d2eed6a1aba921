package dev.eventex.train;

import java.nio.file.Path;
import java.util.Locale;

/** The annotated-corpus formats {@code train-ner} and {@code eval-ner} read. */
public enum NerCorpusFormat {
    /** Columns, token first, tag last, IOB1 or IOB2, blank line between sentences, {@code -DOCSTART-} ignored. */
    CONLL,
    /** CoNLL-U with GUM-style {@code Entity=} annotations in the MISC column. */
    CONLLU,
    /** OpenNLP name-finder format: one tokenized sentence per line with {@code <START:type> ... <END>}. */
    OPENNLP,
    /** The GMB {@code ner_dataset.csv} (latin-1, optionally zipped). */
    GMB,
    /**
     * Columns as {@link #CONLL}, from a corpus that tags every mention (re3d): spans are cleaned
     * to names by {@link NamedSpanCleaner}; never guessed from a file name.
     */
    RE3D;

    /** Guesses the format from a file name. */
    public static NerCorpusFormat guess(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".conllu")) {
            return CONLLU;
        }
        if (n.endsWith(".csv") || n.endsWith(".csv.zip")) {
            return GMB;
        }
        if (n.endsWith(".txt") && !n.contains("conll")) {
            return OPENNLP;
        }
        return CONLL;
    }
}
