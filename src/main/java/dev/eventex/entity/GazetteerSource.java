package dev.eventex.entity;

import java.util.List;
import java.util.Map;

/**
 * Typed gazetteer names (countries, cities, organizations, demonyms), with their canonical
 * form and code; a name inside a title ("Foreign" of "Foreign Minister") is none.
 */
final class GazetteerSource implements MentionSource {

    @Override
    public void propose(SentenceContext c, List<Candidate> candidates) {
        for (Gazetteer.Match m : c.names) {
            GazetteerEntry e = m.first();
            if (e.type() != null && !insideTitle(m, c.titles)) {
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
