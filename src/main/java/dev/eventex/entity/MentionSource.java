package dev.eventex.entity;

import java.util.List;

/**
 * One way of finding entity mentions in a sentence. A source takes part in up to three phases,
 * run by {@link EntityRecognizer} over its sources in their declared order:
 * <ol>
 *   <li>{@link #propose}: candidate names and values, which {@link OverlapResolver} reduces to
 *       one non-overlapping layer by their priorities;</li>
 *   <li>{@link #refine}: changes to that layer that need the settled names (acronyms defined
 *       after a name, offices in an apposition) and updates of the document memory;</li>
 *   <li>{@link #describe}: descriptions (titles without a name, demonym phrases, pronouns,
 *       groups), a second layer that may contain names.</li>
 * </ol>
 * Sources keep no per-document state of their own: what a document teaches them lives in the
 * {@link DocumentMemory} of the context. Implementations are thread-safe.
 */
interface MentionSource {

    /** Adds this source's candidates; may read the candidates of the sources before it. */
    default void propose(SentenceContext c, List<Candidate> candidates) {
    }

    /** The resolved layer with this source's changes. */
    default List<EntityMention> refine(SentenceContext c, List<EntityMention> layer) {
        return layer;
    }

    /** Adds descriptions to {@code out}, given the resolved layer. */
    default void describe(SentenceContext c, List<EntityMention> layer, List<EntityMention> out) {
    }
}
