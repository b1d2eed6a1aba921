package dev.eventex.entity;

import static dev.eventex.entity.EntityRecognizer.mention;

import dev.eventex.api.EntityType;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import dev.eventex.text.TokenSpan;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One referent per document: a later run of name parts of a person already found in the
 * document ("Ramaphosa" after "Cyril Ramaphosa") is a person candidate unless another source
 * already proposes a person there. After resolution the parts of sure person names (two or
 * more words, or found by a rule) are remembered in the {@link DocumentMemory}.
 */
final class KnownPersonSource implements MentionSource {

    private final Set<String> nameParticles;
    private final Set<String> functionCaps;

    KnownPersonSource(Lexicons lexicons) {
        this.nameParticles = lexicons.get(Lexicons.NAME_PARTICLES);
        this.functionCaps = lexicons.get(Lexicons.CAPITALISED_FUNCTION_WORDS);
    }

    @Override
    public void propose(SentenceContext c, List<Candidate> cands) {
        AnalyzedText doc = c.doc;
        Sentence s = c.sentence;
        boolean[] titleToken = c.titleToken;
        DocumentMemory memory = c.memory;
        if (!memory.knowsPersons()) {
            return;
        }
        for (int i = 0; i < s.size(); i++) {
            if (!memory.isPersonPart(s.token(i).text()) || titleToken[i]) {
                continue;
            }
            int e = i;
            while (e < s.size() && memory.isPersonPart(s.token(e).text()) && !titleToken[e]) {
                e++;
            }
            TokenSpan span = new TokenSpan(i, e);
            boolean personThere = false;
            for (Candidate other : cands) {
                EntityMention m = other.mention();
                if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME && m.tokens().overlaps(span)) {
                    personThere = true;
                    break;
                }
            }
            if (!personThere) {
                cands.add(new Candidate(mention(doc, s, i, e, EntityType.PERSON, MentionKind.NAME, null, null, "memory", Map.of()),
                        OverlapResolver.KNOWN_PERSON));
            }
            i = e - 1;
        }
    }

    @Override
    public List<EntityMention> refine(SentenceContext c, List<EntityMention> layer) {
        Sentence s = c.sentence;
        DocumentMemory memory = c.memory;
        memory.boundPersonParts();
        for (EntityMention m : layer) {
            if (m.kind() != MentionKind.NAME || m.type() != EntityType.PERSON) {
                continue;
            }
            boolean sure = m.tokens().length() >= 2 || "rule".equals(m.source());
            if (!sure) {
                continue;
            }
            for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                Token t = s.token(i);
                if (t.isCapitalized() && t.text().length() > 1 && !t.isPunct() && !nameParticles.contains(t.lower())
                        && !functionCaps.contains(t.text())) {
                    memory.rememberPersonPart(t.text());
                }
            }
        }
        return layer;
    }
}
