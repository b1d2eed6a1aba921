package dev.eventex.entity;

import static dev.eventex.entity.EntityRecognizer.mention;
import static dev.eventex.entity.NameTokens.isHyphen;

import dev.eventex.api.EntityType;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * The statistical name finder ({@link NameModel}) as a mention source. The model reads
 * hyphenated compounds as one token, as in its training corpora ("Kassym-Jomart"); its guesses
 * that start on a title or are a lone function word or pronoun are dropped, so is a lone word
 * opening the sentence that the document otherwise writes in lower case, and so are its
 * organizations and places that are no name ({@code gazetteers/non-organization-names.txt},
 * {@code non-place-names.txt}) or end in a
 * head of other names (a place head makes them a location), and a person name
 * it cut short ("Joshua [Dorne]") is widened over the adjacent proper nouns. It ranks below
 * every rule and gazetteer.
 */
final class NameModelSource implements MentionSource {

    private final NameModel model;
    private final Gazetteer gazetteer;
    private final Set<String> functionCaps;
    private final Set<String> pronouns;

    NameModelSource(NameModel model, Gazetteer gazetteer, Lexicons lexicons) {
        this.model = model;
        this.gazetteer = gazetteer;
        this.functionCaps = lexicons.get(Lexicons.CAPITALISED_FUNCTION_WORDS);
        this.pronouns = lexicons.get(Lexicons.PERSONAL_PRONOUNS);
    }

    @Override
    public void propose(SentenceContext c, List<Candidate> cands) {
        AnalyzedText doc = c.doc;
        Sentence s = c.sentence;
        boolean[] titleToken = c.titleToken;
        Map<Integer, Gazetteer.Match> nameAt = c.nameAt;

        // the model sees hyphenated compounds as one token, as in its training corpora ("Kassym-Jomart")
        int n = s.size();
        List<String> words = new ArrayList<>(n);
        int[] from = new int[n];
        int[] to = new int[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 2 < n && isHyphen(s.token(j + 1).text()) && s.token(j).end() == s.token(j + 1).start()
                    && s.token(j + 1).end() == s.token(j + 2).start() && Character.isLetterOrDigit(s.token(j).text().charAt(0))
                    && Character.isLetterOrDigit(s.token(j + 2).text().charAt(0))) {
                j += 2;
            }
            from[words.size()] = i;
            to[words.size()] = j + 1;
            words.add(j == i ? s.token(i).text() : doc.slice(s.token(i).start(), s.token(j).end()));
            i = j + 1;
        }
        for (Span found : c.memory.findNames(model, words.toArray(String[]::new))) {
            Span sp = new Span(from[found.getStart()], to[found.getEnd() - 1], found.getType(), found.getProb());
            EntityType type = switch (sp.getType()) {
                case "person" -> EntityType.PERSON;
                case "organization" -> EntityType.ORGANIZATION;
                case "location" -> EntityType.LOCATION;
                default -> null;
            };
            if (type == null || !plausibleName(s, sp.getStart(), sp.getEnd(), titleToken) || ordinaryOpeningWord(c, sp)) {
                continue;
            }
            int a = sp.getStart();
            int b = sp.getEnd();
            if (type == EntityType.LOCATION && gazetteer.isNonPlaceName(doc.slice(s.token(a).start(), s.token(b - 1).end()))) {
                continue;
            }
            if (type == EntityType.ORGANIZATION) {
                type = organizationGuess(doc, s, a, b);
                if (type == null) {
                    continue;
                }
            }
            if (type == EntityType.PERSON) {
                // "Joshua [Dorne]", "[Rajnath] Singh": the model cut a name short
                while (b < s.size() && b - a < 5 && nameLike(s, b, titleToken, nameAt)) {
                    b++;
                }
                while (a > 0 && b - a < 5 && nameLike(s, a - 1, titleToken, nameAt) && a - 1 > 0) {
                    a--;
                }
            }
            EntityMention m = mention(doc, s, a, b, type, MentionKind.NAME, null, null, "model", Map.of());
            c.memory.noteModelProbability(doc, m.start(), m.end(), sp.getProb());
            cands.add(new Candidate(m, OverlapResolver.MODEL));
        }
    }

    /**
     * The type of the model's organization guess on tokens [a, b): a place when its last word
     * heads place names ("Carara National Park"), null (no name) when it is a word that alone
     * names no organization ("the Government", "Muslim") or ends in a head of non-organization
     * names ("Penal Code", "Gross Domestic Product").
     */
    private EntityType organizationGuess(AnalyzedText doc, Sentence s, int a, int b) {
        String last = s.token(b - 1).text();
        if (b - a > 1 && gazetteer.isPlaceHead(last)) {
            return EntityType.LOCATION;
        }
        if (b - a > 1 && gazetteer.isNonOrganizationHead(last)
                || gazetteer.isNonOrganizationName(doc.slice(s.token(a).start(), s.token(b - 1).end()))) {
            return null;
        }
        return EntityType.ORGANIZATION;
    }

    /** A capitalised proper noun that is no title, function word or gazetteer name. */
    private boolean nameLike(Sentence s, int i, boolean[] titleToken, Map<Integer, Gazetteer.Match> nameAt) {
        Token t = s.token(i);
        if (!t.isCapitalized() || !t.isProperNoun() || t.isPunct() || titleToken[i] || functionCaps.contains(t.text())
                || gazetteer.isOrganizationHead(t.text(), false) || t.text().length() < 2) {
            return false;
        }
        for (Gazetteer.Match g : nameAt.values()) {
            if (g.start() <= i && i < g.end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A guess of one word that opens the sentence, capitalised only there, which the document
     * writes in lower case elsewhere ("Goats graze near the river ...", with "goats" later): the
     * capital is the sentence's, not a name's.
     */
    static boolean ordinaryOpeningWord(SentenceContext c, Span sp) {
        if (sp.getStart() != 0 || sp.length() != 1) {
            return false;
        }
        String w = c.sentence.token(0).text();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.substring(1).equals(w.substring(1).toLowerCase(java.util.Locale.ROOT))
                && c.memory.wordCase(c.doc).isWrittenLower(w.toLowerCase(java.util.Locale.ROOT));
    }

    private boolean plausibleName(Sentence s, int start, int end, boolean[] titleToken) {
        for (int i = start; i < end; i++) {
            if (titleToken[i] && i == start) {
                return false;
            }
        }
        Token first = s.token(start);
        Token last = s.token(end - 1);
        if (!first.isCapitalized() && !Character.isDigit(first.text().charAt(0))) {
            return false;
        }
        if (last.isPunct() && !last.text().equals(".")) {
            return false;
        }
        if (end - start == 1 && (functionCaps.contains(first.text()) || pronouns.contains(first.lower()))) {
            return false;
        }
        return true;
    }
}
