package dev.eventex.entity;

import static dev.eventex.entity.EntityRecognizer.mention;

import dev.eventex.api.EntityType;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names built around a head word of {@code gazetteers/organization-heads.tsv}: "Otandastar
 * Foundation" (capitalised words before a head), "Ministry of Health" (an "of" head and the
 * capitalised words after it), and both at once when the name goes on with "of", "for" or
 * "on" ("National Council for the Welfare of Elders", "Standing Committee on Public
 * Accounts"; the links are {@code lexicons/organization-name-links.txt}). A demonym or country at the front of such a long name stays part of it ("the
 * Kenyan Ministry of Health", as news annotation marks it), and "on" followed by a date word is
 * no part of a name ("the Commission on Monday").
 */
final class OrganizationPatternSource implements MentionSource {

    private final Gazetteer gazetteer;
    private final Set<String> functionCaps;
    /** Month and weekday words: "the Commission on Monday" is no "Commission on X". */
    private final Set<String> dateWords;
    /** Collective nouns whose possessive belongs to a name: "People's Party", "Women's Association". */
    private final Set<String> possessiveOwners;
    /** Words that carry a name on past its head: "Council for the Elderly", "Commission Against Corruption". */
    private final Set<String> links;

    OrganizationPatternSource(Gazetteer gazetteer, Lexicons lexicons) {
        this.gazetteer = gazetteer;
        this.functionCaps = lexicons.get(Lexicons.CAPITALISED_FUNCTION_WORDS);
        this.dateWords = lexicons.get(Lexicons.DATE_WORDS);
        this.possessiveOwners = lexicons.get(Lexicons.POSSESSIVE_NAME_OWNERS);
        this.links = lexicons.get(Lexicons.ORGANIZATION_NAME_LINKS);
    }

    @Override
    public void propose(SentenceContext c, List<Candidate> cands) {
        AnalyzedText doc = c.doc;
        Sentence s = c.sentence;
        for (int i = 0; i < s.size(); i++) {
            String head = s.token(i).text();
            boolean ofHead = gazetteer.isOrganizationHead(head, true);
            boolean nameHead = gazetteer.isOrganizationHead(head, false);
            if (!ofHead && !nameHead) {
                continue;
            }
            int start = i;
            if (nameHead && i > 0) {
                int b = i - 1;
                while (b >= 0) {
                    if (nameWord(s, b) || b > 0 && innerJoiner(c, b) && nameWord(s, b - 1)) {
                        b--;
                        continue;
                    }
                    int owner = possessiveOwner(c, b);
                    if (owner < 0) {
                        break;
                    }
                    b = owner - 1;
                }
                start = b + 1;
                if (start == 0 && i == 1 && s.token(0).isCapitalized() && !s.token(0).isProperNoun()) {
                    start = i; // a sentence-initial common word before the head
                }
            }
            int end = i + 1;
            if (i + 2 < s.size()) {
                String link = s.token(i + 1).text();
                boolean linked = links.contains(s.token(i + 1).lower());
                boolean dated = linked && dateWords.contains(s.token(i + 2).lower());
                if ((link.equals("of") && ofHead || linked) && !dated) {
                    int e = i + 2;
                    while (e < s.size()) {
                        Token w = s.token(e);
                        if (officeBeforeName(c, e)) {
                            break; // "Chamber of Resin and Industry President Ana Velor": the office opens a person's description
                        }
                        if (w.isCapitalized() && !w.isPunct()) {
                            if (!functionCaps.contains(w.text())) {
                                end = e + 1; // never on a capitalised "The" or "Of" before an office
                            }
                        } else if (w.text().equals(",") && closedList(c, e)) {
                            e++; // "Ministry of Resin, Lumber and Fisheries": a list closed by "and"
                            continue;
                        } else if (!(w.text().equals("of") || w.text().equals("and") || w.text().equals("the") || w.text().equals("for")
                                || w.text().equals("&")) || w.text().equals("and") && e + 1 < s.size() && s.token(e + 1).text().equals("the")) {
                            break; // "and the" starts another name: "the Central Bank of X and the Y Hotel"
                        }
                        e++;
                    }
                }
            }
            if (end > i + 1) {
                cands.add(new Candidate(mention(doc, s, start, end, EntityType.ORGANIZATION, MentionKind.NAME, null, null, "rule",
                        Map.of()), OverlapResolver.ORGANIZATION_OF_PATTERN));
            } else if (start < i && !nameGoesOn(c, i)) {
                cands.add(new Candidate(mention(doc, s, start, i + 1, EntityType.ORGANIZATION, MentionKind.NAME, null, null, "rule",
                        Map.of()), OverlapResolver.ORGANIZATION_HEAD_PATTERN));
            }
        }
    }

    /**
     * The owner's index when tokens ending at {@code i} are a possessive inside a name before its
     * head ("Prosecutor's Office", "Workers' Union", "People's Party"), else -1. The owner is an
     * office, a plural in s' or a collective noun; never a place or person ("Elbonia's Health
     * Ministry" names the ministry only),.
     */
    private int possessiveOwner(SentenceContext c, int i) {
        Sentence s = c.sentence;
        String t = s.token(i).text();
        int owner;
        if (t.equals("'s") || t.equals("’s")) {
            owner = i - 1;
        } else if (t.equals("s") && i > 0 && isApostrophe(s.token(i - 1).text())) {
            owner = i - 2;
        } else if (isApostrophe(t) && i > 0 && s.token(i - 1).text().endsWith("s") && i + 1 < s.size()
                && s.token(i + 1).isCapitalized()) {
            owner = i - 1;
        } else {
            return -1;
        }
        if (owner < 0 || !nameWord(s, owner) || gazetteer.isName(s.token(owner).text())) {
            return -1;
        }
        String w = s.token(owner).text();
        boolean plural = isApostrophe(t) && w.endsWith("s");
        return c.titleToken[owner] || plural || possessiveOwners.contains(NameTokens.lower(w)) ? owner : -1;
    }

    /**
     * "and" between two plain capitalised words inside a name: "Lumber and Resin
     * Commission", "Tin and Copper Organization". Not when either side is a gazetteer
     * name or an organization head: "talks between Elbonia and Tarvo Trade Commission officials"
     * and "the Tarvo Bank and Velor Foundation" are two parties or two names, and an office
     * before "and" ends a person's description ("Deputy Prime Minister and Tarvo Party leader").
     * Two places after "the" are one body's members ("the Elbonia and Tarvo Affairs Office"), and a
     * plural head alone before "and" is one of its subjects ("the Securities and Resin Commission").
     */
    private boolean coordinated(SentenceContext c, int i) {
        Sentence s = c.sentence;
        if (i + 1 >= s.size() || !nameWord(s, i - 1) || !nameWord(s, i + 1) || c.titleToken[i - 1]) {
            return false;
        }
        String before = s.token(i - 1).text();
        String after = s.token(i + 1).text();
        int first = i - 1;
        while (first > 0 && nameWord(s, first - 1)) {
            first--;
        }
        boolean named = gazetteer.isName(before) || gazetteer.isName(after);
        if (named && !(afterThe(s, first) && placeLike(c, first, i) && placeLike(c, i + 1, i + 2))) {
            return false;
        }
        // a plural head that opens the name alone is one subject of it ("the Securities and Resin
        // Commission"); a head after other words ends a name of its own ("the Tarvo Bank and Velor
        // Foundation"), and a single body may stand alone ("the Cabinet and Resin Authority")
        return !isHead(before) || first == i - 1 && plural(before);
    }

    /**
     * Whether the words {@code [from, to)} are a place or demonym the gazetteer knows, or the end of
     * one ("Kong" of a two-word city): with "the" before them, two places joined by "and" open
     * one body's name ("the Elbonia and Tarvo Affairs Office"), not two parties.
     */
    private boolean placeLike(SentenceContext c, int from, int to) {
        for (Gazetteer.Match m : c.names) {
            if (m.start() <= from && m.end() >= to && m.end() > from) {
                return m.entries().stream().anyMatch(e -> e.isPlace() || e.kind() == GazetteerEntry.Kind.DEMONYM);
            }
        }
        return false;
    }

    private static boolean plural(String w) {
        return w.endsWith("s") && !w.endsWith("ss");
    }

    private static boolean afterThe(Sentence s, int i) {
        return i > 0 && s.token(i - 1).lower().equals("the");
    }

    /**
     * True when the title at {@code e} is followed by a name word that is no title: an office
     * and a person after an organization's name ("the Resin Chamber of Commerce President Ana
     * Velor"). A title that ends the run names the body's office ("Office of the President").
     */
    private boolean officeBeforeName(SentenceContext c, int e) {
        Sentence s = c.sentence;
        if (!c.titleToken[e] || e > 0 && (c.titleToken[e - 1] || s.token(e - 1).lower().equals("the"))) {
            return false; // "Office of the King": an office after "the" is the body's
        }
        int k = e;
        while (k < s.size() && c.titleToken[k]) {
            k++;
        }
        if (k >= s.size() || !nameWord(s, k)) {
            return false;
        }
        String w = s.token(k).text();
        return !isHead(w) && !gazetteer.isNonOrganizationHead(w) && !gazetteer.isPlaceHead(w) && !gazetteer.isNamedThingHead(w);
    }

    /**
     * True when the comma at {@code e} opens the rest of a list of subjects closed by "and" inside
     * an "of" name: ", Lumber and Fisheries", ", Land, Water and Planning". Every item is plain
     * capitalised words, no gazetteer name or title, so ", Elbonia and Tarvo" or ", Minister Ana
     * Velor and ..." end the name at the comma.
     */
    private boolean closedList(SentenceContext c, int e) {
        Sentence s = c.sentence;
        int k = e + 1;
        boolean item = false;
        while (k < s.size()) {
            Token w = s.token(k);
            if (nameWord(s, k) && !gazetteer.isPlaceName(w.text()) && !c.titleToken[k]) {
                item = true;
            } else if (w.text().equals(",") && item) {
                item = false;
            } else if (w.text().equals("and") && item) {
                return k + 1 < s.size() && nameWord(s, k + 1) && !gazetteer.isPlaceName(s.token(k + 1).text()) && !c.titleToken[k + 1];
            } else {
                return false;
            }
            k++;
        }
        return false;
    }

    /**
     * True when a capitalised word that is no head follows the head: "the Tarvo International
     * Lantern Parade", "the Velor News Hub" end elsewhere, so the head ends no name of its own. A
     * title or an abbreviation after it starts a person's description or another name ("Tarvo
     * Party Chairman Ana Velor", "Tarvo Party MP"), and in a line written in capitals (read
     * re-cased) case tells nothing.
     */
    private boolean nameGoesOn(SentenceContext c, int i) {
        Sentence s = c.sentence;
        if (i + 1 >= s.size() || !nameWord(s, i + 1) || c.titleToken[i + 1]) {
            return false;
        }
        Token t = s.token(i + 1);
        String written = c.doc.slice(t.start(), t.end()); // as written: a headline read re-cased is in capitals
        return !isHead(t.text()) && !written.equals(written.toUpperCase(java.util.Locale.ROOT));
    }

    private boolean isHead(String w) {
        return gazetteer.isOrganizationHead(w, false) || gazetteer.isOrganizationHead(w, true);
    }

    private static boolean isApostrophe(String t) {
        return t.equals("'") || t.equals("’");
    }

    private boolean nameWord(Sentence s, int i) {
        Token t = s.token(i);
        return t.isCapitalized() && !t.isPunct() && !functionCaps.contains(t.text());
    }

    /**
     * "&" or a glued hyphen between two words of a name: "Finance & Business Academy", "Joint
     * High-Level Commission" (the tokenizer splits both apart). Not after a head ("the X School
     * & Y Hospital" are two names), nor a hyphen next to a gazetteer name ("the Elbonia-Varnia
     * Joint Committee" is named after its members, and the pattern leaves them out).
     */
    private boolean innerJoiner(SentenceContext c, int i) {
        Sentence s = c.sentence;
        String before = s.token(i - 1).text();
        if (s.token(i).text().equals("and")) {
            return coordinated(c, i);
        }
        if (s.token(i).text().equals("&")) {
            return !gazetteer.isOrganizationHead(before, false) && !gazetteer.isOrganizationHead(before, true);
        }
        return NameTokens.gluedHyphen(s, i) && !gazetteer.isName(before) && !gazetteer.isName(s.token(i + 1).text());
    }
}
