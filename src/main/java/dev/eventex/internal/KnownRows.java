package dev.eventex.internal;

/**
 * A context generator that knows, for the contexts it hands out, the rows of their first
 * features in the model's {@link FeatureTable}, resolved once per word by the word memos; the
 * beam search then looks up only the rest.
 */
public interface KnownRows {

    /**
     * Rows for the first features of the context last given for token {@code index} of
     * {@code sequence} (as many as known, {@link FeatureList#UNRESOLVED} where not), or null.
     */
    int[] knownRows(int index, Object[] sequence);
}
