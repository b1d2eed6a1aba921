package dev.eventex.entity;

import java.util.List;
import java.util.Map;

/**
 * Typed gazetteer names (countries, cities, organizations, demonyms), with their canonical
 * form and code; a name inside a title ("Foreign" of "Foreign Minister") is none. An
 * organization name that is also a word, surname or place ("Apple", "Shell") is proposed only
 * with support ({@link Gazetteer#needsSupport}); without it the name model still may read it
 * as an organization, so the model's agreement is support too.
 */
final class GazetteerSource implements MentionSource {

    private final Gazetteer gazetteer;

    GazetteerSource(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void propose(SentenceContext c, List<Candidate> candidates) {
        for (Gazetteer.Match m : c.names) {
            GazetteerEntry e = m.first();
            if (e.type() != null && !insideTitle(m, c.titles)
                    && !(e.kind() == GazetteerEntry.Kind.ORGANIZATION && gazetteer.needsSupport(c.sentence, m.start(), m.end()))) {
                candidates.add(new Candidate(c.mention(m.start(), m.end(), e.type(), MentionKind.NAME, e.canonical(), e.code(),
                        "gazetteer", Map.of("gaz", e.kind().key())), OverlapResolver.GAZETTEER));
            }
        }
    }

    private static boolean insideTitle(Gazetteer.Match m, List<Gazetteer.Match> titles) {
        for (Gazetteer.Match t : titles) {
            if (t.start() <= m.start() && m.end() <= t.end()) {
                return true;
            }
        }
        return false;
    }
}
