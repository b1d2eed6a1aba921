package dev.eventex.entity;

import static dev.eventex.entity.EntityRecognizer.mention;

import dev.eventex.api.EntityType;
import dev.eventex.entity.GazetteerEntry.Kind;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Descriptions built on demonyms and countries: "the government of Japan", "the Kenyan side"
 * (the country acting), "the Kenyan capital" (a place), the demonyms of a hyphenated chain
 * before a noun of relations ("Polish-Greek trade"), "Nigerian and Moroccan officials", and
 * "both countries", "the two sides" (the pair of parties).
 */
final class DemonymPhraseSource implements MentionSource {

    private final Gazetteer gazetteer;
    private final Set<String> sideNouns;
    private final Set<String> pairNouns;
    private final Set<String> definitePairNouns;
    /** What a hyphenated pair of demonyms before it is between: "Polish-Greek trade", "Arab-Israeli talks". */
    private final Set<String> relationNouns;

    DemonymPhraseSource(Gazetteer gazetteer, Lexicons lexicons) {
        this.gazetteer = gazetteer;
        this.sideNouns = lexicons.get(Lexicons.SIDE_NOUNS);
        this.pairNouns = lexicons.get(Lexicons.PAIR_NOUNS);
        this.definitePairNouns = lexicons.get(Lexicons.DEFINITE_PAIR_NOUNS);
        this.relationNouns = lexicons.get(Lexicons.RELATION_NOUNS);
    }

    @Override
    public void describe(SentenceContext c, List<EntityMention> layer, List<EntityMention> out) {
        AnalyzedText doc = c.doc;
        Sentence s = c.sentence;
        List<Gazetteer.Match> names = c.names;
        for (Gazetteer.Match m : names) {
            GazetteerEntry e = m.first();
            if (e.kind() != Kind.DEMONYM && e.kind() != Kind.COUNTRY) {
                continue;
            }
            if (e.kind() == Kind.COUNTRY && m.start() >= 2 && s.token(m.start() - 1).lower().equals("of")
                    && sideNouns.contains(s.token(m.start() - 2).text()) && !s.token(m.start() - 2).lower().startsWith("counterpart")) {
                // "the government of Japan", "the people of Zimbabwe": the country acting (written in lower case)
                int start = m.start() - 2;
                if (start > 0 && s.token(start - 1).lower().equals("the")) {
                    start--;
                }
                out.add(mention(doc, s, start, m.end(), EntityType.LOCATION, MentionKind.NOMINAL, e.canonical(), e.code(), "rule",
                        Map.of("gaz", "country")));
            } else if (m.end() < s.size() && sideNouns.contains(s.token(m.end()).lower())) {
                int start = m.start();
                if (start > 0 && s.token(start - 1).lower().equals("the")) {
                    start--;
                }
                out.add(mention(doc, s, start, m.end() + 1, EntityType.LOCATION, MentionKind.NOMINAL, e.canonical(), e.code(), "rule",
                        Map.of("gaz", "country")));
            } else if (m.start() > 0 && s.token(m.start() - 1).lower().equals("the") && gazetteer.capitalNounAt(s, m.end()) > 0) {
                // "arrived in the Kenyan capital": the place, named like a name so it never acts as a party
                int end = m.end() + gazetteer.capitalNounAt(s, m.end());
                Token next = end < s.size() ? s.token(end) : null;
                if (next == null || !(next.pos().equals("NOUN") || next.pos().equals("PROPN") || next.lower().equals("of")
                        || next.isCapitalized() && !next.isPunct())) {
                    out.add(mention(doc, s, m.start() - 1, end, EntityType.LOCATION, MentionKind.NAME, e.canonical(), e.code(), "rule",
                            Map.of("gaz", "city")));
                }
            } else if (e.kind() == Kind.DEMONYM && m.end() + 1 < s.size() && s.token(m.end()).text().equals("-")) {
                // "Polish-Greek trade", "Chilean-Peruvian relations", "the Jordanian-Iraqi-Egyptian trilateral
                // summit": the demonyms of a hyphenated chain before a noun of relations between them (after at
                // most a few modifiers) stand for their countries (not "a Canadian-Singaporean firm")
                if (m.start() > 0 && s.token(m.start() - 1).text().equals("-")) {
                    continue; // the chain is read from its first demonym
                }
                List<Gazetteer.Match> chain = new ArrayList<>(List.of(m));
                boolean grown = true;
                while (grown) {
                    grown = false;
                    Gazetteer.Match last = chain.get(chain.size() - 1);
                    for (Gazetteer.Match n : names) {
                        if (last.end() + 1 < s.size() && s.token(last.end()).text().equals("-") && n.start() == last.end() + 1
                                && n.first().kind() == Kind.DEMONYM) {
                            chain.add(n);
                            grown = true;
                            break;
                        }
                    }
                }
                int j = chain.get(chain.size() - 1).end();
                for (int skipped = 0; chain.size() > 1 && j < s.size() && skipped < 4 && !relationNouns.contains(s.token(j).lower())
                        && (s.token(j).text().equals("-") || s.token(j).pos().equals("ADJ") || s.token(j).pos().equals("NUM")
                        || s.token(j).pos().equals("NOUN") || s.token(j).isCapitalized() && !s.token(j).isPunct()); skipped++) {
                    j++; // "trilateral", "Joint", "High-Level"
                }
                if (chain.size() > 1 && j < s.size() && relationNouns.contains(s.token(j).lower())) {
                    for (Gazetteer.Match n : chain) {
                        out.add(mention(doc, s, n.start(), n.end(), EntityType.LOCATION, MentionKind.NOMINAL, n.first().canonical(),
                                n.first().code(), "rule", Map.of("gaz", "country")));
                    }
                }
            } else if (e.kind() == Kind.DEMONYM && m.end() + 1 < s.size()
                    && (s.token(m.end()).lower().equals("and") || s.token(m.end()).text().equals(","))) {
                // "Nigerian and Moroccan officials", "Nigerian and Moroccan envoys": the first demonym shares
                // the noun of the second, a side or a group, also past the words that qualify the group ("Nigerian and
                // Moroccan security officials") and after a country written as a modifier ("Nigerian and U.S. officials")
                for (Gazetteer.Match n : names) {
                    if (n.start() == m.end() + 1 && (n.first().kind() == Kind.DEMONYM || n.first().kind() == Kind.COUNTRY)
                            && sharedNoun(s, n.end(), n.first().kind() == Kind.DEMONYM)) {
                        out.add(mention(doc, s, m.start(), m.end(), EntityType.LOCATION, MentionKind.NOMINAL, e.canonical(), e.code(),
                                "rule", Map.of("gaz", "country")));
                    }
                }
            }
        }
        for (int i = 0; i + 1 < s.size(); i++) {
            String a = s.token(i).lower();
            String b = s.token(i + 1).lower();
            int head = a.equals("both") || a.equals("two") ? pairHead(s, i + 1) : -1;
            if (head > 0) {
                int start = i > 0 && s.token(i - 1).lower().equals("the") ? i - 1 : i;
                out.add(mention(doc, s, start, head + 1, EntityType.LOCATION, MentionKind.NOMINAL, "#pair", null, "rule",
                        Map.of("pair", s.token(head).lower())));
            } else if (a.equals("the") && definitePairNouns.contains(b)
                    && (i + 2 >= s.size() || !s.token(i + 2).text().equals("of"))) {
                out.add(mention(doc, s, i, i + 2, EntityType.LOCATION, MentionKind.NOMINAL, "#pair", null, "rule", Map.of("pair", b)));
            }
        }
    }

    /** Most lower-case words that may qualify the noun of a pair or of a group two demonyms share ("foreign", "security"). */
    private static final int MAX_QUALIFIERS = 2;

    /**
     * The first word from {@code from} on that {@code head} accepts, past at most {@link #MAX_QUALIFIERS} lower-case
     * adjectives or nouns ("two prime ministers", "Kenyan and Ugandan security officials"), or -1.
     */
    private static int headPastQualifiers(Sentence s, int from, java.util.function.Predicate<String> head) {
        for (int k = from; k < s.size() && k <= from + MAX_QUALIFIERS; k++) {
            Token t = s.token(k);
            if (head.test(t.lower())) {
                return k;
            }
            if (t.isCapitalized() || !(t.pos().equals("ADJ") || t.pos().equals("NOUN"))) {
                return -1;
            }
        }
        return -1;
    }

    /** The pair noun of a phrase whose first word after "both"/"two" is at {@code from} ("the two close allies"), or -1. */
    private int pairHead(Sentence s, int from) {
        return headPastQualifiers(s, from, pairNouns::contains);
    }

    /**
     * Whether the noun phrase after a demonym (or a country written as one) at {@code j} is a side or a group that a
     * demonym coordinated before it shares: the noun right there ("officials", "side"), or a group noun past its
     * qualifiers ("security officials", "foreign ministers"). After a country only a group noun counts ("U.S.
     * officials", not "U.S. side").
     */
    private boolean sharedNoun(Sentence s, int j, boolean demonym) {
        if (j >= s.size()) {
            return false;
        }
        return demonym && sideNouns.contains(s.token(j).lower()) || headPastQualifiers(s, j, gazetteer::isGroupNoun) >= 0;
    }
}
