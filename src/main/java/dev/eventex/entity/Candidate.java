package dev.eventex.entity;

/**
 * A mention proposed by a {@link MentionSource} with the priority it claims its tokens with;
 * {@link OverlapResolver} keeps the highest-ranked of overlapping candidates.
 */
record Candidate(EntityMention mention, int priority) {
}
