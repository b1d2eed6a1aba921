package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A company's or a group's national unit, named by the country after one proper name:
 * "Sekora Elbonia", "Velor Tarvonia" ("the CEO of Sekora Elbonia said"). News writes a name
 * and a country side by side for nothing else; a word that names the place itself ("North",
 * "Western", "Medieval": {@code lexicons/place-modifiers.txt}), a title, a gazetteer name, a
 * person's known name part, a word the name model reads as a place ("Konstanz Elbonia": a city
 * and its country) and a sentence's first word are left alone, and so is a country followed by
 * another capitalised word (a longer name). Stateless.
 */
final class CountryUnitSource implements MentionSource {

    private final Set<String> placeModifiers;
    private final Set<String> functionCaps;
    private final Set<String> nameJoiners;

    CountryUnitSource(Lexicons lexicons) {
        this.placeModifiers = lexicons.get(Lexicons.PLACE_MODIFIERS);
        this.functionCaps = lexicons.get(Lexicons.CAPITALISED_FUNCTION_WORDS);
        this.nameJoiners = lexicons.get(Lexicons.NAME_JOINERS);
    }

    @Override
    public void propose(SentenceContext c, List<Candidate> cands) {
        Sentence s = c.sentence;
        if (LabelConsistency.isHeadline(s)) {
            return;
        }
        for (Gazetteer.Match m : c.names) {
            int w = m.start() - 1;
            if (w < 1 || m.entries().isEmpty() || m.first().kind() != GazetteerEntry.Kind.COUNTRY
                    || m.end() < s.size() && s.token(m.end()).isCapitalized() || !unitName(c, w) || readAsPlace(cands, w)) {
                continue;
            }
            cands.add(new Candidate(c.mention(w, m.end(), EntityType.ORGANIZATION, MentionKind.NAME, null, null, "rule", Map.of()),
                    OverlapResolver.ORGANIZATION_EVIDENCE));
        }
    }

    /** Whether token {@code w} is a lone proper name that can name a company before a country. */
    private boolean unitName(SentenceContext c, int w) {
        Token t = c.sentence.token(w);
        Token before = c.sentence.token(w - 1);
        if (!t.isProperNoun() || !t.isCapitalized() || t.text().length() < 2) {
            return false;
        }
        if (before.isCapitalized() || before.isPunct() && !before.text().equals(",")
                || nameJoiners.contains(before.lower()) && w >= 2 && c.sentence.token(w - 2).isCapitalized()) {
            return false; // part of a longer name ("Lumber and Resin Elbonia"), or the first word after a stop, dash or quotation mark
        }
        return !c.titleToken[w] && !covered(c, w) && !placeModifiers.contains(t.lower()) && !functionCaps.contains(t.text())
                && !c.memory.isPersonPart(t.text()) && !c.gazetteer.isPlaceHead(t.text());
    }

    /** True when a source before this one (the name model) reads token {@code w} as a place: "Konstanz Elbonia" is a city and its country. */
    private static boolean readAsPlace(List<Candidate> cands, int w) {
        for (Candidate k : cands) {
            EntityMention m = k.mention();
            if (m.type() == EntityType.LOCATION && m.tokens().start() <= w && w < m.tokens().end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(SentenceContext c, int i) {
        for (Gazetteer.Match m : c.names) {
            if (m.start() <= i && i < m.end()) {
                return true;
            }
        }
        return false;
    }
}
