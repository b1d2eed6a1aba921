package dev.eventex.entity;

import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.TokenSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A name cut short where the same document writes it in full: "Going to [Kor] Valdan was ..."
 * after "farmers in [Kor Valdan]". The name finder sometimes stops after the first word of an
 * unknown multi-word name in one context and reads it whole in another; the full reading of the
 * same type wins when the words after the short one are exactly its missing words and belong to
 * no other mention. Stateless.
 */
final class NamesInFull {

    private NamesInFull() {
    }

    /** The mentions of each part of one document (a whole document is one part), names read in full. */
    static List<List<EntityMention>> widen(List<AnalyzedText> parts, List<List<EntityMention>> mentions) {
        List<Full> full = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            for (EntityMention m : mentions.get(p)) {
                if (m.kind() == MentionKind.NAME && m.tokens().length() > 1 && m.type().isNamed()) {
                    Sentence s = parts.get(p).sentences().get(m.sentence());
                    full.add(new Full(m, words(s, m.tokens().start(), m.tokens().end())));
                }
            }
        }
        if (full.isEmpty()) {
            return mentions;
        }
        List<List<EntityMention>> out = new ArrayList<>(parts.size());
        for (int p = 0; p < parts.size(); p++) {
            Set<Long> covered = new HashSet<>();
            for (EntityMention m : mentions.get(p)) {
                for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                    covered.add((long) m.sentence() << 32 | i);
                }
            }
            List<EntityMention> part = new ArrayList<>(mentions.get(p).size());
            for (EntityMention m : mentions.get(p)) {
                part.add(m.kind() == MentionKind.NAME ? inFull(parts.get(p), m, full, covered) : m);
            }
            out.add(part);
        }
        return out;
    }

    /** A name of two or more words as written somewhere in the document. */
    private record Full(EntityMention mention, String[] words) {
    }

    private static EntityMention inFull(AnalyzedText doc, EntityMention m, List<Full> full, Set<Long> covered) {
        Sentence s = doc.sentences().get(m.sentence());
        String[] words = words(s, m.tokens().start(), m.tokens().end());
        Full best = null;
        for (Full f : full) {
            int n = f.words().length;
            if (f.mention().type() != m.type() || n <= words.length || m.tokens().start() + n > s.size()
                    || best != null && n <= best.words().length) {
                continue;
            }
            if (!Arrays.equals(f.words(), 0, words.length, words, 0, words.length)
                    || !Arrays.equals(f.words(), words.length, n, words(s, m.tokens().end(), m.tokens().start() + n), 0,
                    n - words.length)) {
                continue;
            }
            boolean free = true;
            for (int i = m.tokens().end(); i < m.tokens().start() + n && free; i++) {
                free = !covered.contains((long) m.sentence() << 32 | i);
            }
            if (free) {
                best = f;
            }
        }
        if (best == null) {
            return m;
        }
        int to = m.tokens().start() + best.words().length;
        int end = s.token(to - 1).end();
        return new EntityMention(m.sentence(), new TokenSpan(m.tokens().start(), to), m.start(), end, doc.slice(m.start(), end),
                m.type(), MentionKind.NAME, best.mention().key(), best.mention().code(), m.source(), m.attributes());
    }

    private static String[] words(Sentence s, int from, int to) {
        String[] w = new String[to - from];
        for (int i = from; i < to; i++) {
            w[i - from] = s.token(i).text();
        }
        return w;
    }
}
