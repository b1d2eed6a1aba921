package dev.eventex.entity;

import dev.eventex.internal.Lexicons;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads words written in capitals for style, not as acronyms, the way they would be written in
 * running text, so that the case-sensitive gazetteers and the name model see "Cairo" in
 * "CAIRO - The ministry said". Two places are read so: a whole line in capitals (a headline:
 * function words lower-cased, the rest capitalised) and the dateline that opens a sentence
 * (one to three words in capitals set off by a dash, a bracket, a colon, or a comma before a
 * capitalised word or a number: "KUWAIT CITY, June 3"). Words the gazetteer knows as written
 * ("UN", "NATO") are kept. A sentence written all in lower case (web comments, chat) is read
 * with capitals on the words the document capitalises elsewhere and on the words the gazetteer
 * knows capitalised when the tagger reads them as nouns ("we flew to chile"), unless the
 * document also writes them in lower case. In a sentence that does use capitals, a place name of
 * the gazetteers written in lower case right after a preposition ("two weeks in lisbon", "flew
 * to bavaria") is read capitalised when English hardly ever writes its word in lower case
 * ({@code lexicons/capitalised-words.txt}: not "nice", "split") and no mark that glues codes and
 * addresses follows ("to www . lisbon . gov"). The preposition, not the tagger, says it stands
 * as a place: the tagger reads an unknown word in lower case as anything ("bavaria/ADJ"), and a
 * word after another ("avenida caracas", "a mecca of") is mostly a phrase of its own. Offsets
 * are unchanged; mentions still quote the original text. Stateless.
 */
final class CaseReading {

    /** Dateline words at most, before the mark that sets them off. */
    private static final int MAX_DATELINE_WORDS = 3;
    /** Words a sentence in lower case needs to be read with capitals: shorter ones are fragments. */
    private static final int MIN_LOWER_CASE_WORDS = 3;
    /** Letters a dateline needs at least: shorter capitals are mostly acronyms ("UN", "EU"). */
    private static final int MIN_DATELINE_LETTERS = 4;

    private final Gazetteer gazetteer;
    private final Set<String> headlineLowerWords;
    /** Words English writes capitalised ("lisbon", not "nice"): a place of these in lower case is still the place. */
    private final Set<String> capitalisedWords;
    private final Set<String> prepositions;

    CaseReading(Gazetteer gazetteer, Lexicons lexicons) {
        this.gazetteer = gazetteer;
        this.headlineLowerWords = lexicons.get(Lexicons.HEADLINE_LOWER_WORDS);
        this.capitalisedWords = lexicons.get(Lexicons.CAPITALISED_WORDS);
        this.prepositions = lexicons.get(Lexicons.PREPOSITIONS);
    }

    /**
     * The sentence as read without case where it is written in capitals or all in lower case,
     * else the sentence itself; {@code memory} tells how {@code doc} writes its words.
     */
    Sentence read(Sentence s, AnalyzedText doc, DocumentMemory memory) {
        int letters = 0;
        for (Token t : s.tokens()) {
            if (hasLetter(t.text())) {
                letters++;
            }
        }
        if (letters >= MIN_LOWER_CASE_WORDS && !hasUpperCase(s) && Character.isLetter(s.token(0).text().charAt(0))) {
            // a sentence that opens on a number or a mark is a piece of a sentence the splitter cut ("No. 4 berth of the port")
            return capitalise(s, memory.wordCase(doc));
        }
        Sentence r = read(s);
        return r == s && hasUpperCase(s) ? capitalisePlaces(s) : r;
    }

    /** The sentence with the place names it writes in lower case capitalised (see the class comment). */
    private Sentence capitalisePlaces(Sentence s) {
        List<Token> out = null;
        for (int i = 1; i < s.size(); i++) {
            Token t = s.token(i);
            String w = t.text();
            if (w.length() < 3 || !w.equals(t.lower()) || !capitalisedWords.contains(w) || !prepositions.contains(s.token(i - 1).lower())
                    || i + 2 < s.size() && isGlue(s.token(i + 1).text())) { // a full stop that ends the sentence glues nothing
                continue;
            }
            String capital = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            if (!gazetteer.isPlaceName(capital)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(s.tokens());
            }
            out.set(i, new Token(t.index(), capital, t.start(), t.end(), t.pos(), t.lemma()));
        }
        return out == null ? s : new Sentence(s.index(), s.start(), s.end(), out, s.syntax());
    }

    /** Marks that glue codes, addresses and handles: ".", "/", "-", "@", "#", "_". */
    private static boolean isGlue(String w) {
        return w.length() == 1 && ".-/@#_".indexOf(w.charAt(0)) >= 0;
    }

    /** The sentence as read without case where it is written in capitals, else the sentence itself. */
    Sentence read(Sentence s) {
        int capitalWords = 0;
        boolean lower = false;
        for (Token t : s.tokens()) {
            if (hasLowerCase(t.text())) {
                lower = true;
                break;
            }
            if (hasLetter(t.text())) {
                capitalWords++;
            }
        }
        if (!lower) {
            return capitalWords < 3 ? s : recase(s, s.size());
        }
        int end = datelineEnd(s);
        return end == 0 ? s : recase(s, end);
    }

    /** The end of the dateline words that open the sentence, or 0 when it opens with none. */
    private static int datelineEnd(Sentence s) {
        int letters = 0;
        int i = 0;
        while (i < s.size() && i < MAX_DATELINE_WORDS && isCapitalWord(s.token(i).text())) {
            letters += s.token(i).text().length();
            i++;
        }
        if (i == 0 || i >= s.size() || letters < MIN_DATELINE_LETTERS) {
            return 0;
        }
        String mark = s.token(i).text();
        if (mark.equals("-") || mark.equals("\u2014") || mark.equals("\u2013") || mark.equals("(") || mark.equals(":")) {
            return i;
        }
        if (mark.equals(",") && i + 1 < s.size()) {
            String next = s.token(i + 1).text();
            char c = next.charAt(0);
            // "HEFEI, July 18" or "ACCRA, 3 May"; "KENYA, UGANDA SIGN" is a headline, not a dateline
            if (Character.isDigit(c) || Character.isUpperCase(c) && hasLowerCase(next)) {
                return i;
            }
        }
        return 0;
    }

    private Sentence capitalise(Sentence s, WordCase cases) {
        List<Token> out = new ArrayList<>(s.size());
        boolean changed = false;
        for (Token t : s.tokens()) {
            String w = t.text();
            String capital = w.isEmpty() || !Character.isLetter(w.charAt(0)) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
            boolean noun = "NOUN".equals(t.pos()) || "PROPN".equals(t.pos());
            boolean name = !capital.equals(w) && (cases.isName(w) || noun && gazetteer.isName(capital) && !cases.isWrittenLower(w)
                    && !headlineLowerWords.contains(w)); // "somewhere nice" is no city
            out.add(name ? new Token(t.index(), capital, t.start(), t.end(), t.pos(), t.lemma()) : t);
            changed |= name;
        }
        return changed ? new Sentence(s.index(), s.start(), s.end(), out, s.syntax()) : s;
    }

    /** True when some word of the sentence has a capital letter. */
    static boolean hasUpperCase(Sentence s) {
        for (Token t : s.tokens()) {
            for (int i = 0; i < t.text().length(); i++) {
                if (Character.isUpperCase(t.text().charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Sentence recase(Sentence s, int end) {
        List<Token> recased = new ArrayList<>(s.size());
        for (Token t : s.tokens()) {
            String w = t.text();
            String text = w;
            if (t.index() < end && Character.isLetter(w.charAt(0)) && !gazetteer.isName(w)) {
                String lower = NameTokens.lower(w);
                text = headlineLowerWords.contains(lower) && t.index() > 0 ? lower : w.charAt(0) + lower.substring(1);
            }
            recased.add(text.equals(w) ? t : new Token(t.index(), text, t.start(), t.end(), t.pos(), t.lemma()));
        }
        return new Sentence(s.index(), s.start(), s.end(), recased, s.syntax());
    }

    private static boolean isCapitalWord(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '-' && c != '\'' && c != '.') {
                return false;
            }
        }
        return letters >= 2;
    }

    private static boolean hasLowerCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
