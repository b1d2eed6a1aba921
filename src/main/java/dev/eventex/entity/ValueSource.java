package dev.eventex.entity;

import java.util.List;

/** Dates, money and quantities from {@link ValueRecognizer}; they outrank every name. */
final class ValueSource implements MentionSource {

    private final ValueRecognizer values;

    ValueSource(ValueRecognizer values) {
        this.values = values;
    }

    @Override
    public void propose(SentenceContext c, List<Candidate> candidates) {
        for (EntityMention v : values.find(c.doc, c.sentence)) {
            candidates.add(new Candidate(v, OverlapResolver.VALUE));
        }
    }
}
