package dev.eventex.entity;

import static dev.eventex.entity.EntityRecognizer.mention;

import dev.eventex.api.EntityType;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups of people as organization descriptions: "members of the State Great Khural",
 * "prominent Kazakh figures in Mongolia", "the local Kazakh community" (head nouns from the
 * gazetteer; the country of a demonym or country inside becomes the group's code). A head in -s
 * tagged as a verb right after "he" or "she" is that pronoun's verb ("He heads back to X"), no group.
 */
final class GroupSource implements MentionSource {

    private final Gazetteer gazetteer;
    /** "he", "she": the subject pronouns ({@code subject-pronouns}) that are third person singular ({@code personal-pronouns}). */
    private final Set<String> singularSubjects;
    private final Set<String> countryPersonNouns;

    GroupSource(Gazetteer gazetteer, Lexicons lexicons) {
        this.gazetteer = gazetteer;
        Set<String> subjects = new java.util.HashSet<>(lexicons.get(Lexicons.SUBJECT_PRONOUNS));
        subjects.retainAll(lexicons.get(Lexicons.PERSONAL_PRONOUNS));
        this.singularSubjects = Set.copyOf(subjects);
        this.countryPersonNouns = lexicons.get(Lexicons.COUNTRY_PERSON_NOUNS);
    }

    @Override
    public void describe(SentenceContext c, List<EntityMention> layer, List<EntityMention> out) {
        AnalyzedText doc = c.doc;
        Sentence s = c.sentence;
        List<Gazetteer.Match> names = c.names;
        for (int i = 0; i < s.size(); i++) {
            Token head = s.token(i);
            boolean single = countryPersonNouns.contains(head.lower()) && "NOUN".equals(head.pos());
            if (!single && !gazetteer.isGroupNoun(head.lower()) || !("NOUN".equals(head.pos()) || "PROPN".equals(head.pos())
                    || "VERB".equals(head.pos()) && head.lower().endsWith("s"))) { // the tagger calls "executives" a verb
                continue;
            }
            if (verbBeforePlace(s, i)) {
                continue;
            }
            if ("VERB".equals(head.pos()) && i > 0 && singularSubjects.contains(s.token(i - 1).lower())) {
                continue; // "He heads back to X": a singular subject pronoun is followed by its verb, never by a plural noun
            }
            int start = i;
            while (start > 0) {
                Token p = s.token(start - 1);
                boolean mod = "ADJ".equals(p.pos()) || "NOUN".equals(p.pos()) || "PROPN".equals(p.pos()) || "NUM".equals(p.pos())
                        || p.lower().equals("the") || p.lower().equals("a");
                if (!mod || p.isPunct()) {
                    break;
                }
                if ("ADJ".equals(p.pos()) && "NUM".equals(s.token(start).pos()) && start >= 2 && "ADP".equals(s.token(start - 2).pos())) {
                    break; // "at least five mayors": the adjective belongs to the preposition, not to the group
                }
                start--;
                if (p.lower().equals("the") || p.lower().equals("a")) {
                    break;
                }
            }
            int end = i + 1;
            // "members of the State Great Khural", "figures in Mongolia", "community in Mongolia"
            if (end + 1 < s.size() && (s.token(end).text().equals("of") || s.token(end).text().equals("in")
                    || s.token(end).text().equals("from"))) {
                EntityMention inner = startingNear(layer, s.index(), end + 1);
                if (inner != null && (inner.type() == EntityType.ORGANIZATION || inner.type() == EntityType.LOCATION)) {
                    end = inner.tokens().end();
                }
            }
            String code = null;
            for (Gazetteer.Match m : names) {
                if (m.start() >= start && m.end() <= end && m.first().code() != null) {
                    code = m.first().code();
                    break;
                }
            }
            if (single && (code == null || !(s.token(start).lower().equals("a") || s.token(start).lower().equals("an")))) {
                // "an official" alone names nobody; "a senior Elbonian official" is Elbonia's side; "the most senior
                // Elbonian official to visit X" describes a person named elsewhere in the clause
                continue;
            }
            Map<String, String> attrs = new HashMap<>();
            attrs.put("head", head.lower());
            if (code != null) {
                attrs.put("country", code);
            }
            out.add(mention(doc, s, start, end, EntityType.ORGANIZATION, MentionKind.GROUP, null, code, "rule", attrs));
            i = end - 1;
        }
    }

    /**
     * "Ruto heads to Asia": a word in -s right after a name, before a "to" that the tagger calls an
     * infinitive marker although a name or a determiner follows, is the verb of motion the tagger
     * read as a plural noun, no group ("heads of state").
     */
    private static boolean verbBeforePlace(Sentence s, int i) {
        if (i == 0 || i + 2 >= s.size() || !"PROPN".equals(s.token(i - 1).pos())) {
            return false;
        }
        Token to = s.token(i + 1);
        Token next = s.token(i + 2);
        return to.lower().equals("to") && "PART".equals(to.pos()) && (next.isCapitalized() || "DET".equals(next.pos()));
    }

    private static EntityMention startingNear(List<EntityMention> layer, int sentence, int token) {
        for (EntityMention m : layer) {
            if (m.sentence() == sentence && (m.tokens().start() == token || m.tokens().start() == token + 1)) {
                return m;
            }
        }
        return null;
    }
}
