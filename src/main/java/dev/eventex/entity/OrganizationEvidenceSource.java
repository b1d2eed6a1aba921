package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Capitalised names that their context shows to be organizations, whatever the name itself:
 * a legal form after it ("Sekora Ltd."), company words after it or after its possessive
 * ("Sekora shares", "Sekora's chief executive"), a describing noun before it ("the
 * chipmaker Sekora", "rights group Tarvo Watch"), and sports words that make a city a club
 * ("Tarvo coach", "a win over Tarvo" next to a score). The contexts are data
 * ({@code gazetteers/organization-evidence.tsv}); this class only finds the name next to them.
 * Such a name outranks the name model and a gazetteer place (where the context allows a
 * place), and yields to a person named after a title and to the organization patterns; an
 * organization found by any source takes in a legal form after it ("Sekora Holdings, Inc."). A line
 * in capitals or title case is skipped: there every word looks like a name. Stateless.
 */
final class OrganizationEvidenceSource implements MentionSource {

    /** A longer run of capitalised words is more likely two names or a headline than one organization. */
    private static final int MAX_TOKENS = 6;

    private final Gazetteer gazetteer;
    /** The contexts by their first word, so each token looks up only the phrases it can start. */
    private final Map<String, List<OrganizationEvidence>> byFirstWord;
    private final Set<String> functionCaps;
    private final AppositionEvidence apposition;

    OrganizationEvidenceSource(Gazetteer gazetteer, Lexicons lexicons) {
        this.gazetteer = gazetteer;
        Map<String, List<OrganizationEvidence>> index = new HashMap<>();
        for (OrganizationEvidence e : gazetteer.organizationEvidence()) {
            index.computeIfAbsent(e.words()[0], k -> new ArrayList<>()).add(e);
        }
        this.byFirstWord = Map.copyOf(index);
        this.functionCaps = lexicons.get(Lexicons.CAPITALISED_FUNCTION_WORDS);
        this.apposition = new AppositionEvidence(lexicons);
    }

    @Override
    public void propose(SentenceContext c, List<Candidate> cands) {
        Sentence s = c.sentence;
        if (byFirstWord.isEmpty() || LabelConsistency.isHeadline(s)) {
            return;
        }
        Boolean score = null;
        for (int i = 0; i < s.size(); i++) {
            for (OrganizationEvidence e : byFirstWord.getOrDefault(s.token(i).text(), List.of())) {
                if (e.side() == OrganizationEvidence.Side.SUFFIX && !Character.isLetter(e.words()[0].charAt(0))) {
                    continue; // ", Inc." only extends a settled name (refine): the run before a comma may be a signature's person
                }
                int n = e.words().length;
                int described = -1;
                if (!s.wordsAt(i, e.words())) {
                    described = describedAt(s, i, e);
                    if (described < 0) {
                        continue;
                    }
                } else if (e.side() != OrganizationEvidence.Side.BEFORE && isVerb(s.token(i))) {
                    continue; // "Varga shares his memories": a verb is no company word
                }
                int start;
                int end;
                if (e.side() == OrganizationEvidence.Side.BEFORE) {
                    start = described >= 0 ? described : i + n;
                    end = runEnd(s, start);
                    if (end + 1 < s.size() && s.token(end).isPossessive() && s.token(end + 1).isCapitalized()) {
                        continue; // the owner inside a longer name: "chairman of [Farmer]'s Bank"
                    }
                } else if (e.side() == OrganizationEvidence.Side.APPOSITION) {
                    end = apposition.nameEnd(s, i);
                    if (end < 0) {
                        continue;
                    }
                    start = runStart(s, end);
                    if (apposition.continuesLeft(s, start)) {
                        continue; // a part of a longer name: "Council of [Resin Workers], a union"
                    }
                } else {
                    end = i;
                    if (e.side() == OrganizationEvidence.Side.POSSESSIVE) {
                        end = possessiveStart(s, i);
                        if (end < 0) {
                            continue;
                        }
                    }
                    start = runStart(s, end);
                }
                if (end - start < 1 || end - start > MAX_TOKENS || !anyProperNoun(s, start, end) || crossesName(c, start, end)) {
                    continue;
                }
                Gazetteer.Match place = placeAt(c, start, end);
                if (place == null && e.places() == OrganizationEvidence.Places.SCORE) {
                    continue;
                }
                if (place != null) {
                    if (e.places() == OrganizationEvidence.Places.NO || !isCity(place)) {
                        continue;
                    }
                    if (e.places() == OrganizationEvidence.Places.SCORE) {
                        if (score == null) {
                            score = Gazetteer.hasScore(s);
                        }
                        if (!score) {
                            continue;
                        }
                    }
                }
                if (c.anyTitle(start, end)) {
                    continue;
                }
                if (e.side() == OrganizationEvidence.Side.SUFFIX) {
                    end = i + n;
                }
                cands.add(new Candidate(c.mention(start, end, EntityType.ORGANIZATION, MentionKind.NAME, null, null, "evidence", Map.of()),
                        OverlapResolver.ORGANIZATION_EVIDENCE));
            }
        }
        resultLineClubs(c, cands);
    }

    /**
     * An organization of the settled layer, whatever found it, takes in a legal form right after
     * it ("Sekora Holdings, Inc.", "Sekora Ltd."): the form is part of the name as the company
     * writes it, and a name found without it would leave ", Inc." outside, or let the name model
     * read the form as a person's initials. The forms are the {@code suffix} lines of the data.
     */
    @Override
    public List<EntityMention> refine(SentenceContext c, List<EntityMention> layer) {
        Sentence s = c.sentence;
        List<EntityMention> out = layer;
        for (int k = 0; k < out.size(); k++) {
            EntityMention m = out.get(k);
            int end = m.tokens().end();
            if (m.kind() != MentionKind.NAME || m.type() != EntityType.ORGANIZATION || end >= s.size()) {
                continue;
            }
            for (OrganizationEvidence e : byFirstWord.getOrDefault(s.token(end).text(), List.of())) {
                int after = end + e.words().length;
                if (e.side() != OrganizationEvidence.Side.SUFFIX || !s.wordsAt(end, e.words()) || taken(out, end, after)) {
                    continue;
                }
                if (out == layer) {
                    out = new ArrayList<>(layer);
                }
                out.set(k, c.mention(m.tokens().start(), after, EntityType.ORGANIZATION, MentionKind.NAME, m.key(), m.code(), m.source(),
                        m.attributes()));
                break;
            }
        }
        return out;
    }

    /** True when a mention of {@code layer} covers a token of {@code [from, to)}. */
    private static boolean taken(List<EntityMention> layer, int from, int to) {
        for (EntityMention m : layer) {
            if (m.tokens().start() < to && from < m.tokens().end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * In a line of results ("Tarvo 2 Varna 1", "Tarvo 3 1 0 2 5 4 3") a city right next to a
     * score is a club. A country stays a place: national teams are named by the country.
     */
    private void resultLineClubs(SentenceContext c, List<Candidate> cands) {
        Sentence s = c.sentence;
        boolean scored = false;
        Boolean line = null;
        for (Gazetteer.Match m : c.names) {
            if (line == null) {
                line = Gazetteer.isResultsLine(s);
            }
            boolean nextToScore = m.end() < s.size() && isScore(s.token(m.end()).text(), line)
                    || m.start() > 0 && isScore(s.token(m.start() - 1).text(), line);
            if (!nextToScore || !isCity(m)) {
                continue;
            }
            if (!scored && !Gazetteer.hasScore(s)) {
                return;
            }
            scored = true;
            cands.add(new Candidate(c.mention(m.start(), m.end(), EntityType.ORGANIZATION, MentionKind.NAME, null, null, "evidence",
                    Map.of()), OverlapResolver.ORGANIZATION_EVIDENCE));
        }
    }

    /**
     * A goal count in a line of results ("2"), or a result ("2-1"); in running text only a
     * result of single digits, since "15-20 people" is no score.
     */
    private static boolean isScore(String w, boolean resultsLine) {
        int dash = w.indexOf('-');
        if (dash < 0) {
            return resultsLine && w.length() <= 2 && Gazetteer.isSmallNumber(w);
        }
        int max = resultsLine ? 3 : 1;
        return dash > 0 && dash < w.length() - 1 && dash <= max && w.length() - dash - 1 <= max && Gazetteer.isSmallNumber(w.substring(0, dash))
                && Gazetteer.isSmallNumber(w.substring(dash + 1));
    }

    /** Words a describing noun phrase may hold between "the" and its noun ("the Tarvo-based company", "the state-owned firm"). */
    private static final int MAX_MODIFIERS = 4;

    /**
     * For a describing noun after "the" ("the company"), the index after the phrase when
     * modifiers stand between them: "the Tarvo-based company Sekora", "the state-owned firm
     * Sekora". A modifier is a lower-case word that is no verb, or a word glued by a hyphen
     * to the next one ("Tarvo-based"); else -1.
     */
    private static int describedAt(Sentence s, int i, OrganizationEvidence e) {
        String[] w = e.words();
        if (e.side() != OrganizationEvidence.Side.BEFORE || w.length < 2 || !w[0].equals("the") || !s.token(i).text().equals("the")) {
            return -1;
        }
        String[] rest = java.util.Arrays.copyOfRange(w, 1, w.length);
        for (int k = i + 1; k < s.size() && k <= i + MAX_MODIFIERS; k++) {
            Token t = s.token(k);
            boolean glued = NameTokens.gluedHyphen(s, k) || k + 1 < s.size() && NameTokens.gluedHyphen(s, k + 1)
                    || k > i + 1 && NameTokens.gluedHyphen(s, k - 1);
            int dash = t.text().lastIndexOf('-');
            boolean compound = dash > 0 && dash + 1 < t.text().length() && Character.isLowerCase(t.text().charAt(dash + 1));
            boolean plain = compound || !t.isCapitalized() && Character.isLetter(t.text().charAt(0)) && !t.isVerbLike();
            if (!glued && !plain) {
                return -1;
            }
            if (k + 1 < s.size() && s.wordsAt(k + 1, rest)) {
                return k + 1 + rest.length;
            }
        }
        return -1;
    }

    /** The end of the capitalised run that starts at {@code start}; {@code start} when there is none. */
    private int runEnd(Sentence s, int start) {
        int end = start;
        while (end < s.size() && (nameWord(s, end) || end > start && inner(s, end))) {
            end++;
        }
        while (end > start && !nameWord(s, end - 1)) {
            end--;
        }
        return end;
    }

    /** The start of the capitalised run that ends right before {@code end}; {@code end} when there is none. */
    private int runStart(Sentence s, int end) {
        int start = end;
        while (start > 0 && (nameWord(s, start - 1) || start - 1 < end - 1 && start > 1 && inner(s, start - 1))) {
            start--;
        }
        while (start < end && !nameWord(s, start)) {
            start++;
        }
        if (start == 0) {
            while (start < end && !s.token(start).isProperNoun()) {
                start++; // capitalised common words that only open the sentence ("Its shares", "Former Tarvo striker")
            }
        }
        return start;
    }

    /** "&" or a capitalised function word between two words of a name ("Lenk & Partners", "Ping An Insurance"). */
    private boolean inner(Sentence s, int i) {
        Token t = s.token(i);
        return i > 0 && i + 1 < s.size() && nameWord(s, i - 1) && nameWord(s, i + 1)
                && (t.text().equals("&") || t.isCapitalized() && functionCaps.contains(t.text()));
    }

    private static boolean anyProperNoun(Sentence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (s.token(i).isProperNoun()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerb(Token t) {
        String pos = t.pos();
        return pos != null && (pos.startsWith("VB") || pos.equals("VERB"));
    }

    /** True when a gazetteer name overlaps the run without lying inside it ("New | Zealand striker"). */
    private static boolean crossesName(SentenceContext c, int start, int end) {
        for (Gazetteer.Match m : c.names) {
            if (m.start() < end && start < m.end() && (m.start() < start || m.end() > end)) {
                return true;
            }
        }
        return false;
    }

    /** The index right after the name whose possessive clitic ends before token {@code i}, or -1. */
    private static int possessiveStart(Sentence s, int i) {
        if (i >= 1 && s.token(i - 1).isPossessive()) {
            return i - 1;
        }
        if (i >= 2 && s.token(i - 1).text().equals("s") && isApostrophe(s.token(i - 2).text())) {
            return i - 2;
        }
        if (i >= 2 && isApostrophe(s.token(i - 1).text()) && s.token(i - 2).text().endsWith("s")) {
            return i - 1;
        }
        return -1;
    }

    private static boolean isApostrophe(String t) {
        return t.equals("'") || t.equals("\u2019");
    }

    private boolean nameWord(Sentence s, int i) {
        Token t = s.token(i);
        return t.isCapitalized() && !t.isPunct() && !functionCaps.contains(t.text());
    }

    /**
     * The gazetteer place that covers exactly {@code [start, end)}, or null. The first entry of a
     * name decides its type (a city that also names a club in the organization files is a city).
     */
    private static Gazetteer.Match placeAt(SentenceContext c, int start, int end) {
        Gazetteer.Match m = c.nameAt.get(start);
        if (m == null || m.end() != end || m.entries().isEmpty()) {
            return null;
        }
        GazetteerEntry first = m.entries().get(0);
        return first.type() == EntityType.LOCATION || first.kind() == GazetteerEntry.Kind.DEMONYM ? m : null;
    }

    private static boolean isCity(Gazetteer.Match m) {
        return !m.entries().isEmpty() && m.entries().get(0).kind() == GazetteerEntry.Kind.CITY;
    }

}
