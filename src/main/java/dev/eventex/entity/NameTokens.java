package dev.eventex.entity;

import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.Locale;

/** Token-shape tests the mention sources share. Stateless. */
final class NameTokens {

    private NameTokens() {
    }

    /**
     * True if token {@code i} is a hyphen written without spaces between two capitalised
     * words ("Kassym-Jomart", "Al-Sabah"), which the tokenizer split apart.
     */
    static boolean gluedHyphen(Sentence s, int i) {
        if (i <= 0 || i + 1 >= s.size()) {
            return false;
        }
        Token h = s.token(i);
        if (!isHyphen(h.text())) {
            return false;
        }
        Token prev = s.token(i - 1);
        Token next = s.token(i + 1);
        return prev.end() == h.start() && h.end() == next.start() && Character.isLetter(next.text().charAt(0))
                && Character.isLetter(prev.text().charAt(0)) && (next.isCapitalized() || prev.isCapitalized());
    }

    static boolean isHyphen(String w) {
        return w.equals("-") || w.equals("\u2010") || w.equals("\u2011");
    }

    /** "'s", "’s" and the bare apostrophe of a plural possessive ("States’"). */
    static boolean isPossessiveEnd(String w) {
        return w.equals("'") || w.equals("\u2019") || Token.isPossessive(w);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
