package dev.eventex.internal;

/**
 * A context generator whose context for a beam candidate is a candidate-free part (the same array
 * for every candidate at a token) followed by the candidate's own few features, handed out
 * separately: the beam search then adds the shared part's rows once per token and never copies
 * it into a context per candidate. The two parts joined are exactly what {@code getContext}
 * gives for the same call.
 */
public interface SplitContexts extends KnownRows {

    /**
     * The features of token {@code index} that do not depend on the candidate, in order, as an
     * array kept by the generator (not to be changed); null when this generator cannot tell them
     * apart for this call (the caller then asks {@code getContext}).
     */
    String[] sharedFeatures(int index, Object[] sequence, String[] priorDecisions, Object[] additionalContext);

    /**
     * The features of the candidate whose previous outcomes are {@code priorDecisions}, which
     * follow {@link #sharedFeatures} in its context (not to be changed).
     */
    String[] candidateFeatures(int index, Object[] sequence, String[] priorDecisions);

    /** The whole context: the shared part followed by the candidate's own (what {@code getContext} returns). */
    static String[] joined(String[] shared, String[] own) {
        String[] context = java.util.Arrays.copyOf(shared, shared.length + own.length);
        System.arraycopy(own, 0, context, shared.length, own.length);
        return context;
    }
}
