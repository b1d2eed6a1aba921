package dev.eventex.event;

import static dev.eventex.internal.Lexicons.DETERMINERS;
import static dev.eventex.internal.Lexicons.IRREGULAR_PARTICIPLES;
import static dev.eventex.internal.Lexicons.MULTIPLIERS;
import static dev.eventex.internal.Lexicons.PREPOSITIONS;

import dev.eventex.internal.Lexicons;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs the one tagging error that matters most to event triggers: the UD-EWT tagger
 * often tags nouns such as "visit" as verbs after a determiner and modifiers ("an official
 * visit", "a three-day working visit"). A base-form verb tag preceded, through adjectives,
 * nouns and numbers, by a determiner or possessive becomes NOUN; so does an inflected form tagged
 * as a verb right after "to" ("to families in need", "to children"); and a verb in -s after
 * a name or a subject pronoun that the tagger read as a plural noun becomes VERB again, and so does an irregular past
 * read as a noun after an adjective ("last met"); a verb in -s opening the sentence before a
 * preposition is a plural noun ("Talks between X and Y were held"); a capitalized word tagged
 * as a preposition right before a proper noun, and no preposition the lexicon knows, is part of
 * the name.
 */
final class PosRepair {

    private PosRepair() {
    }

    static Sentence repair(Sentence s, Lexicons lexicons) {
        List<Token> out = null;
        if (pluralOpeningTheSentence(s)) {
            Token t = s.token(0);
            out = new ArrayList<>(s.tokens());
            out.set(0, new Token(t.index(), t.text(), t.start(), t.end(), "NOUN", t.lemma()));
        }
        for (int i = 1; i < s.size(); i++) {
            Token t = s.token(i);
            if ("ADJ".equals(t.pos()) && lexicons.get(MULTIPLIERS).contains(t.lower()) && s.token(i - 1).lower().equals("to") && i + 1 < s.size()) {
                // "on track to double trade": an infinitive, not the adjective of "a double room"
                if (out == null) {
                    out = new ArrayList<>(s.tokens());
                }
                out.set(i, new Token(t.index(), t.text(), t.start(), t.end(), "VERB", t.lemma()));
                continue;
            }
            if ("ADP".equals(t.pos()) && t.isCapitalized() && i + 1 < s.size() && "PROPN".equals(s.token(i + 1).pos())
                    && !lexicons.get(PREPOSITIONS).contains(t.lower())) {
                // "the candidates Avo Tamm, ...": an unknown capitalized word before a name is part of it, not a preposition
                if (out == null) {
                    out = new ArrayList<>(s.tokens());
                }
                out.set(i, new Token(t.index(), t.text(), t.start(), t.end(), "PROPN", t.lemma()));
                continue;
            }
            if ("VERB".equals(t.pos()) && pluralAfterTo(s, i, lexicons)) {
                if (out == null) {
                    out = new ArrayList<>(s.tokens());
                }
                out.set(i, new Token(t.index(), t.text(), t.start(), t.end(), "NOUN", t.lemma()));
                continue;
            }
            if ("NOUN".equals(t.pos()) && pastReadAsNoun(s, i, lexicons)) {
                if (out == null) {
                    out = new ArrayList<>(s.tokens());
                }
                out.set(i, new Token(t.index(), t.text(), t.start(), t.end(), "VERB", t.lemma()));
                continue;
            }
            if ("NOUN".equals(t.pos()) && presentAfterName(s, i, lexicons)) {
                if (out == null) {
                    out = new ArrayList<>(s.tokens());
                }
                out.set(i, new Token(t.index(), t.text(), t.start(), t.end(), "VERB", t.lemma()));
                continue;
            }
            if (!"VERB".equals(t.pos()) || t.lower().endsWith("ed") || t.lower().endsWith("ing") || !t.lower().equals(t.lemma())
                    && !t.lower().equals(t.lemma() + "s")) {
                continue;
            }
            if (nounContext(s, i, lexicons)) {
                if (out == null) {
                    out = new ArrayList<>(s.tokens());
                }
                out.set(i, new Token(t.index(), t.text(), t.start(), t.end(), "NOUN", t.lemma()));
            }
        }
        return out == null ? s : new Sentence(s.index(), s.start(), s.end(), out, s.syntax());
    }

    /**
     * "Talks between X and Y were held ...", "Visits to A and B ...": a sentence does not open on
     * the present tense of a verb (a command takes the base form), so a capitalized form in -s that
     * opens it, tagged as a verb and followed by a preposition, is a plural noun.
     */
    static boolean pluralOpeningTheSentence(Sentence s) {
        if (s.size() < 3) {
            return false;
        }
        Token t = s.token(0);
        String w = t.lower();
        return "VERB".equals(t.pos()) && t.isCapitalized() && w.equals(t.lemma() + "s") && !w.endsWith("ss")
                && "ADP".equals(s.token(1).pos());
    }

    /**
     * "to families in need", "to children": an infinitive is a base form, so an inflected form
     * after "to" (other than a gerund or participle: "committed to providing") is a plural noun.
     */
    private static boolean pluralAfterTo(Sentence s, int i, Lexicons lexicons) {
        Token t = s.token(i);
        String w = t.lower();
        return s.token(i - 1).lower().equals("to") && !w.equals(t.lemma()) && !w.endsWith("ss") && !w.endsWith("ing")
                && !w.endsWith("ed") && !lexicons.get(IRREGULAR_PARTICIPLES).contains(w);
    }

    /**
     * "President Lee Park arrives on Thursday in X", "Ruto heads to Y", "it plans to send aid": the
     * tagger reads the present tense of a verb after its subject as a plural noun. A word in -s right
     * after a proper noun (before any verb of the sentence) or right after "he", "she" or "it" is the
     * verb when a preposition follows, or "to" that the tagger calls an infinitive marker although a
     * name or a determiner follows it ("heads to Asia"), or "to" after a planning verb ("plans to"), or a
     * name, its object ("welcomes President X").
     */
    private static boolean presentAfterName(Sentence s, int i, Lexicons lexicons) {
        Token t = s.token(i);
        if (!t.lower().equals(t.lemma() + "s") || t.lower().endsWith("ss") || i + 1 >= s.size()
                || !("ADP".equals(s.token(i + 1).pos()) || toAfterVerb(s, i, lexicons) || nameObject(s, i))) {
            return false;
        }
        Token before = s.token(i - 1);
        if ("PRON".equals(before.pos()) && (before.lower().equals("he") || before.lower().equals("she") || before.lower().equals("it"))) {
            return true; // a subject pronoun is followed by its verb, whatever comes before it
        }
        if (!"PROPN".equals(before.pos())) {
            return false;
        }
        int run = i - 1;
        while (run > 0 && "PROPN".equals(s.token(run - 1).pos())) {
            run--;
        }
        if (run > 0 && "DET".equals(s.token(run - 1).pos())) {
            return false; // "the Lee Park visits in May": after a determiner the name modifies the noun
        }
        for (int j = 0; j < i; j++) {
            String pos = s.token(j).pos();
            if ((pos.equals("VERB") || pos.equals("AUX")) && !(j > 0 && s.token(j).isCapitalized())) {
                return false; // a capitalised word inside the sentence is a name's, whatever its tag ("Tarn Osk")
            }
        }
        return true;
    }

    /**
     * "Ruto welcomes President Ana Velor", "Osk visits Peru": a lower-case word in -s between two
     * names is the verb with its object; a noun between names would be capitalised with them.
     */
    private static boolean nameObject(Sentence s, int i) {
        Token t = s.token(i);
        Token next = s.token(i + 1);
        return !t.isCapitalized() && next.isCapitalized() && ("PROPN".equals(next.pos()) || "ADJ".equals(next.pos()));
    }

    /**
     * "to" after the word at {@code i} that opens a place ("heads to Asia", "travels to the capital"),
     * or that follows a planning verb ("plans to", "hopes to"): the tagger calls both an infinitive marker.
     */
    private static boolean toAfterVerb(Sentence s, int i, Lexicons lexicons) {
        if (i + 2 >= s.size() || !s.token(i + 1).lower().equals("to")) {
            return false;
        }
        Token next = s.token(i + 2);
        return next.isCapitalized() || "DET".equals(next.pos()) || lexicons.get(Lexicons.PLAN_VERBS).contains(s.token(i).lemma());
    }

    /**
     * "the two leaders last met in May": after an adjective read as a modifier ("last", "first")
     * the tagger calls an irregular simple past a noun, though it lemmatizes it as the verb. Such a
     * form with no determiner or possessive before it is the verb.
     */
    private static boolean pastReadAsNoun(Sentence s, int i, Lexicons lexicons) {
        Token t = s.token(i);
        return lexicons.get(Lexicons.IRREGULAR_PAST).contains(t.lower()) && !t.lower().equals(t.lemma())
                && "ADJ".equals(s.token(i - 1).pos()) && (i < 2 || !"DET".equals(s.token(i - 2).pos()) && !isBarePossessive(s, i - 2)
                && !s.token(i - 2).text().equals("'s"));
    }

    /** "Ross' visit": an apostrophe after a name ending in s (alone or glued to it) marks a possessive. */
    static boolean isBarePossessive(Sentence s, int j) {
        String w = s.token(j).text();
        if (w.length() > 2 && (w.endsWith("s'") || w.endsWith("s\u2019"))) {
            return true;
        }
        return (w.equals("'") || w.equals("\u2019")) && j > 0 && s.token(j - 1).lower().endsWith("s")
                && s.token(j - 1).end() == s.token(j).start();
    }

    private static boolean nounContext(Sentence s, int i, Lexicons lexicons) {
        for (int j = i - 1; j >= 0 && j >= i - 5; j--) {
            Token p = s.token(j);
            String w = p.lower();
            if (lexicons.get(DETERMINERS).contains(w) || isBarePossessive(s, j)) {
                return true;
            }
            boolean modifier = "ADJ".equals(p.pos()) || "NUM".equals(p.pos()) || w.equals("-")
                    || ("NOUN".equals(p.pos()) && !w.endsWith("s")) || ("PROPN".equals(p.pos()) && j == i - 1 && !p.isCapitalized());
            if (!modifier) {
                return false;
            }
        }
        return false;
    }
}
