package dev.eventex.entity;

import static dev.eventex.entity.EntityRecognizer.mention;

import dev.eventex.api.EntityType;
import dev.eventex.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An organization named once is the same organization when its name comes back later in the
 * document: news introduces a company or body in a context that reveals it ("the mining firm
 * Sekora Holdings") and then uses the bare name, where the name model alone may miss it or read
 * a person or place. Words not taken by another name, and a model guess of another type on
 * exactly those words, become the organization. Names that alone name no organization
 * ({@code gazetteers/non-organization-names.txt}), names starting lower-case and single words
 * (a surname, a place or an acronym, which have their own sources) are not remembered, unless
 * the context proved the single word an organization ({@link OrganizationEvidenceSource}:
 * "the chipmaker Sekora", then "Sekora" alone). Reads and updates the {@link DocumentMemory}; stateless itself.
 */
final class KnownOrganizationSource implements MentionSource {

    /** Longer names are rarely repeated word for word, and a bound keeps the matching cheap. */
    private static final int MAX_TOKENS = 8;

    private final Gazetteer gazetteer;

    KnownOrganizationSource(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EntityMention> refine(SentenceContext c, List<EntityMention> layer) {
        Sentence s = c.sentence;
        List<EntityMention> out = layer;
        if (c.memory.knowsOrganizations()) {
            out = new ArrayList<>(layer);
            EntityMention[] at = new EntityMention[s.size()];
            for (EntityMention m : out) {
                for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                    at[i] = m;
                }
            }
            for (int i = 0; i < s.size(); i++) {
                int end = knownAt(c, at, i);
                if (end < 0) {
                    continue;
                }
                EntityMention found = mention(c.doc, s, i, end, EntityType.ORGANIZATION, MentionKind.NAME, null, null, "memory", Map.of());
                EntityMention there = at[i];
                if (there == null) {
                    out.add(found);
                } else {
                    out.set(out.indexOf(there), found);
                }
                for (int k = i; k < end; k++) {
                    at[k] = found;
                }
                i = end - 1;
            }
        }
        for (EntityMention m : out) {
            if (m.kind() == MentionKind.NAME && m.type() == EntityType.ORGANIZATION && rememberable(s, m)) {
                String[] words = new String[m.tokens().length()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = s.token(m.tokens().start() + i).text();
                }
                c.memory.rememberOrganization(words);
            }
        }
        return out;
    }

    /**
     * The end of the longest known organization name starting at token {@code i} whose words
     * are free, or exactly the words of a model guess of another type; -1 when none.
     */
    private static int knownAt(SentenceContext c, EntityMention[] at, int i) {
        Sentence s = c.sentence;
        int best = -1;
        for (String[] name : c.memory.organizationsStartingWith(s.token(i).text())) {
            int end = i + name.length;
            if (end <= best || end > s.size()) {
                continue;
            }
            boolean same = true;
            for (int k = 1; k < name.length && same; k++) {
                same = name[k].equals(s.token(i + k).text());
            }
            if (!same || end < s.size() && s.token(end).isCapitalized() && !s.token(end).isPunct()) {
                continue; // a longer name goes on ("Sekora Holdings Mining")
            }
            EntityMention there = at[i];
            boolean free = true;
            for (int k = i; k < end && free; k++) {
                free = at[k] == null;
            }
            boolean retype = there != null && "model".equals(there.source()) && there.type() != EntityType.ORGANIZATION
                    && there.type().isNamed() && there.kind() == MentionKind.NAME && there.tokens().start() == i
                    && there.tokens().end() == end;
            if (free || retype) {
                best = end;
            }
        }
        return best;
    }

    private boolean rememberable(Sentence s, EntityMention m) {
        int n = m.tokens().length();
        if (n < 2 && !"evidence".equals(m.source()) || n > MAX_TOKENS || !s.token(m.tokens().start()).isCapitalized() && !Character.isDigit(s.token(m.tokens().start()).text().charAt(0))) {
            return false;
        }
        return !gazetteer.isNonOrganizationName(m.text());
    }
}
