package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import dev.eventex.text.TokenSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Initials are part of the person's name they open: "W. Kamara Lee", "D. Batbold", "Juan
 * I. Reyes" are one person each, whether the tokenizer gives "W." or "W" and ".". A person
 * name that is only such an initial, right before the rest of the name, joins it, as does a
 * name that ends in an initial ("Juan I" of "Juan I. Reyes"). The period must touch its
 * letter. Runs on one text's mentions after label consistency; stateless.
 */
final class PersonInitials {

    private PersonInitials() {
    }

    static List<EntityMention> attach(AnalyzedText doc, List<EntityMention> mentions) {
        List<EntityMention> out = null;
        Set<EntityMention> absorbed = new HashSet<>();
        for (int k = 0; k < mentions.size(); k++) {
            EntityMention m = mentions.get(k);
            if (m.type() != EntityType.PERSON || m.kind() != MentionKind.NAME) {
                continue;
            }
            Sentence s = doc.sentences().get(m.sentence());
            int start = m.tokens().start();
            while (true) {
                int initial = initialBefore(s, start);
                if (initial < 0) {
                    break;
                }
                EntityMention holder = covering(mentions, m.sentence(), initial);
                if (holder != null && (holder.type() != EntityType.PERSON || holder.kind() != MentionKind.NAME)) {
                    break;
                }
                if (holder != null) {
                    absorbed.add(holder);
                    start = holder.tokens().start(); // "Juan I" + ". Reyes", or the initial read as a name of its own
                } else {
                    start = initial;
                }
            }
            if (start == m.tokens().start()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(mentions);
            }
            int cs = s.token(start).start();
            out.set(k, new EntityMention(m.sentence(), new TokenSpan(start, m.tokens().end()), cs, m.end(), doc.slice(cs, m.end()),
                    m.type(), m.kind(), m.key(), m.code(), m.source(), m.attributes()));
        }
        if (out == null) {
            return mentions;
        }
        out.removeAll(absorbed);
        return out;
    }

    /** The token of an initial that ends right before token {@code i} ("W." or "W" "."), or -1. */
    private static int initialBefore(Sentence s, int i) {
        if (i >= 1 && isLetterWithPeriod(s.token(i - 1).text())) {
            return i - 1;
        }
        if (i >= 2 && s.token(i - 1).text().equals(".") && isCapitalLetter(s.token(i - 2).text())
                && s.token(i - 2).end() == s.token(i - 1).start()) {
            return i - 2;
        }
        return -1;
    }

    private static boolean isLetterWithPeriod(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    private static boolean isCapitalLetter(String w) {
        return w.length() == 1 && Character.isUpperCase(w.charAt(0));
    }

    private static EntityMention covering(List<EntityMention> mentions, int sentence, int token) {
        EntityMention best = null;
        for (EntityMention m : mentions) {
            if (m.sentence() == sentence && m.tokens().start() <= token && token < m.tokens().end()
                    && (m.kind() == MentionKind.NAME || m.kind() == MentionKind.VALUE)) {
                best = m;
            }
        }
        return best;
    }
}
