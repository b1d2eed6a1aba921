package dev.eventex.entity;

import static dev.eventex.entity.EntityRecognizer.mention;
import static dev.eventex.entity.NameTokens.gluedHyphen;

import dev.eventex.api.EntityType;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;

/**
 * Acronyms defined in the document: "the Pakistan Peoples Party (PPP)" gives the acronym in
 * parentheses after an organization or location name that name's type, here and in the rest
 * of the document (through the {@link DocumentMemory}); an acronym whose letters are the
 * initials of the capitalised words before it names those words as one organization. Known
 * acronyms are tagged wherever they occur, and a name-model guess of another type on one gives
 * way. Runs on the resolved layer.
 */
final class AcronymSource implements MentionSource {

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Za-z&]*[A-Z]s?|[A-Z]{2,}");

    private final Gazetteer gazetteer;
    private final Set<String> nameJoiners;
    private final Set<String> dateWords;

    AcronymSource(Gazetteer gazetteer, Lexicons lexicons) {
        this.gazetteer = gazetteer;
        this.nameJoiners = lexicons.get(Lexicons.NAME_JOINERS);
        this.dateWords = lexicons.get(Lexicons.DATE_WORDS);
    }

    @Override
    public List<EntityMention> refine(SentenceContext c, List<EntityMention> layer) {
        AnalyzedText doc = c.doc;
        Sentence s = c.sentence;
        DocumentMemory known = c.memory;
        boolean[] taken = new boolean[s.size()];
        for (EntityMention m : layer) {
            for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                taken[i] = true;
            }
        }
        List<EntityMention> out = new ArrayList<>(layer);
        definedAsOther(c, known);
        definedAsCommonNoun(s, known);
        definedByInitials(doc, s, out, known);
        for (EntityMention m : out) {
            int e = m.tokens().end();
            if (m.kind() == MentionKind.NAME && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION)
                    && m.tokens().length() >= 2 && e + 2 < s.size() && s.token(e).text().equals("(")
                    && s.token(e + 2).text().equals(")")) {
                String inner = s.token(e + 1).text();
                if (ACRONYM.matcher(inner).matches()) {
                    known.defineAcronym(inner, m.type());
                } else if (m.type() == EntityType.ORGANIZATION && isShortName(c, m, e + 1)) {
                    known.defineAcronym(inner, EntityType.ORGANIZATION);
                }
            }
        }
        if (!known.knowsAcronyms()) {
            return out;
        }
        java.util.Arrays.fill(taken, false);
        for (EntityMention m : out) {
            for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                taken[i] = true;
            }
        }
        for (int i = 0; i < s.size(); i++) {
            EntityType t = known.acronym(s.token(i).text());
            if (t != null && !taken[i]) {
                out.add(mention(doc, s, i, i + 1, t, MentionKind.NAME, null, null, "memory", Map.of()));
            } else if (t != null) {
                // a model guess of another type on a known acronym gives way
                for (int k = 0; k < out.size(); k++) {
                    EntityMention m = out.get(k);
                    if (m.tokens().start() == i && m.tokens().end() == i + 1 && m.kind() == MentionKind.NAME && m.type() != t
                            && m.type().isNamed() && "model".equals(m.source())) {
                        out.set(k, mention(doc, s, i, i + 1, t, MentionKind.NAME, null, null, "memory", Map.of()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * "the Union of Resin Workers (Unres)", "the Elbonian Lumber Institute (Elbolin)": a single
     * word in title case in parentheses right after an organization is the short name the
     * document goes on to use (news writes syllable acronyms so, not only initials). Its first
     * letter must start one of the name's words, so a note such as "(Amendment)" or "(Group)"
     * after a name names nothing; a place, a date word or a common word names nothing either.
     */
    private boolean isShortName(SentenceContext c, EntityMention org, int at) {
        Token t = c.sentence.token(at);
        String w = t.text();
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || !t.isProperNoun() || c.nameAt.containsKey(at)
                || dateWords.contains(t.lower()) || c.memory.isOtherAcronym(w)) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        for (int k = org.tokens().start(); k < org.tokens().end(); k++) {
            Token n = c.sentence.token(k);
            if (n.isCapitalized() && !nameJoiners.contains(n.lower()) && n.text().charAt(0) == w.charAt(0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Tarvo Free Trade Agreement (TFTA)", "the Inspector General of Police (IGP)": an
     * acronym in parentheses right after a capitalised word that ends names of other things
     * ({@link Gazetteer#isNonOrganizationHead}) or after a title of two words or more stands for
     * that thing, not an organization, in the whole document. Not when a word of the spelled-out
     * name is an organization head ("Panel on Climate Change", "Department of Justice"), and its
     * first letter must start one of those capitalised words, so a stray code defines nothing.
     */
    private void definedAsOther(SentenceContext c, DocumentMemory known) {
        Sentence s = c.sentence;
        for (int p = 1; p + 2 < s.size(); p++) {
            if (!s.token(p).text().equals("(") || !s.token(p + 2).text().equals(")")) {
                continue;
            }
            String acr = s.token(p + 1).text();
            Token head = s.token(p - 1);
            if (!ACRONYM.matcher(acr).matches() || known.knowsAcronym(acr) || !head.isCapitalized()
                    || !(gazetteer.isNonOrganizationHead(head.text()) || titleEndsAt(c, p))) {
                continue;
            }
            boolean initial = false;
            boolean organization = false;
            for (int k = p - 1; k >= 0 && p - k <= 10; k--) {
                Token t = s.token(k);
                if (!t.isCapitalized() && !nameJoiners.contains(t.lower())) {
                    break;
                }
                initial |= t.isCapitalized() && t.text().charAt(0) == acr.charAt(0);
                organization |= gazetteer.isOrganizationHead(t.text(), false) || gazetteer.isOrganizationHead(t.text(), true);
            }
            if (initial && !organization) {
                known.defineOtherAcronym(acr);
            }
        }
    }

    /**
     * "a long-term agreement (LTA)", "electronic money transfer, or EMT": an acronym whose letters
     * are the initials of the lower-case words right before it (in parentheses, or after ", or")
     * abbreviates a common noun, no organization, in the whole document; not when the last word
     * is an organization head ("the serious incidents team (SIT)", "central executive
     * committee (CEC)").
     */
    private void definedAsCommonNoun(Sentence s, DocumentMemory known) {
        for (int p = 1; p + 1 < s.size(); p++) {
            int wordsEnd;
            if (s.token(p).text().equals("(") && p + 2 < s.size() && s.token(p + 2).text().equals(")")) {
                wordsEnd = p;
            } else if (s.token(p).text().equals("or") && p >= 2 && s.token(p - 1).text().equals(",")) {
                wordsEnd = p - 1;
            } else {
                continue;
            }
            String acr = s.token(p + 1).text();
            if (ACRONYM.matcher(acr).matches() && !known.knowsAcronym(acr) && spelledLowerCase(s, wordsEnd, acr)
                    && !bodyNoun(s.token(wordsEnd - 1).text())) {
                known.defineOtherAcronym(acr);
            }
        }
    }

    /** "committee", "forum", "team": an organization head written in lower case names a body after all. */
    private boolean bodyNoun(String word) {
        String head = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        return gazetteer.isOrganizationHead(head, false) || gazetteer.isOrganizationHead(head, true);
    }

    /** True when the lower-case words ending before {@code end} (hyphens between them allowed) have the acronym's letters as initials. */
    private static boolean spelledLowerCase(Sentence s, int end, String acr) {
        String letters = acr.endsWith("s") && acr.length() > 2 ? acr.substring(0, acr.length() - 1) : acr;
        letters = letters.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        if (letters.length() < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (int k = end - 1; k >= 0 && initials.length() < letters.length(); k--) {
            String w = s.token(k).text();
            if (gluedHyphen(s, k)) {
                continue;
            }
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
                return false;
            }
            initials.insert(0, w.charAt(0));
            if (!letters.endsWith(initials.toString())) {
                return false;
            }
        }
        return initials.toString().equals(letters);
    }

    private static boolean titleEndsAt(SentenceContext c, int end) {
        for (Gazetteer.Match t : c.titles) {
            if (t.end() == end && t.end() - t.start() >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Emirates Health Services (EHS)": an acronym in parentheses whose letters are the
     * initials of the capitalised words just before it names those words as one organization
     * (a location when a location name covers exactly those words); mentions inside that run
     * give way. The acronym is remembered for the rest of the document.
     */
    private void definedByInitials(AnalyzedText doc, Sentence s, List<EntityMention> out, DocumentMemory known) {
        for (int p = 1; p + 2 < s.size(); p++) {
            if (!s.token(p).text().equals("(") || !s.token(p + 2).text().equals(")")) {
                continue;
            }
            String acr = s.token(p + 1).text();
            if (!ACRONYM.matcher(acr).matches() || known.knowsAcronym(acr)) {
                continue;
            }
            String letters = acr.replaceAll("[^A-Za-z]", "");
            if (letters.length() > 2 && letters.endsWith("s")) {
                letters = letters.substring(0, letters.length() - 1);
            }
            letters = letters.toUpperCase(Locale.ROOT);
            if (letters.length() < 2) {
                continue;
            }
            // walk back over capitalised words (and joiners inside the name) collecting initials
            StringBuilder initials = new StringBuilder();
            int start = -1;
            int k = p - 1;
            while (k >= 0 && p - k <= 12) {
                Token t = s.token(k);
                if (t.isCapitalized() && !t.isPunct() && Character.isLetter(t.text().charAt(0))) {
                    initials.insert(0, Character.toUpperCase(t.text().charAt(0)));
                    String ini = initials.toString();
                    if (ini.equals(letters)) {
                        start = k;
                        break;
                    }
                    if (!letters.endsWith(ini)) {
                        break;
                    }
                } else if (!(nameJoiners.contains(t.lower()) || gluedHyphen(s, k)) || k == p - 1) {
                    break;
                }
                k--;
            }
            if (start < 0 || gazetteer.isNonOrganizationHead(s.token(p - 1).text())) {
                continue;
            }
            boolean keep = false;
            for (EntityMention m : out) {
                if (m.tokens().start() < p && start < m.tokens().end()
                        && (m.tokens().start() <= start && m.tokens().end() >= p
                        && (!"model".equals(m.source()) || m.type() == EntityType.LOCATION)
                        || m.tokens().start() < start || m.tokens().end() > p)) {
                    keep = true; // a gazetteer or rule name covers these words, or a longer name holds them
                }
            }
            if (keep) {
                continue;
            }
            final int a = start;
            final int acrAt = p + 1;
            out.removeIf(m -> m.kind() == MentionKind.NAME && (m.tokens().start() >= a && m.tokens().end() <= acrAt - 1
                    || m.tokens().start() == acrAt && "model".equals(m.source())));
            out.add(mention(doc, s, a, p, EntityType.ORGANIZATION, MentionKind.NAME, null, null, "rule", Map.of()));
            known.defineAcronym(acr, EntityType.ORGANIZATION);
        }
    }
}
