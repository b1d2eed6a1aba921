package dev.eventex.text;

/**
 * One token: its text, UTF-16 char offsets into the document, universal POS tag and lemma.
 *
 * @param index position in its sentence (0-based)
 * @param lower the lower-cased text ({@link java.util.Locale#ROOT}), always made from {@code text}
 *     (the value passed is ignored): made once here, because the gazetteers, patterns, gates and
 *     finders ask for it hundreds of times per document and lower-cased it again at each call
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, String lower) {

    public Token {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid token span: start=" + start + ", end=" + end);
        }
        lower = text.toLowerCase(java.util.Locale.ROOT);
    }

    public Token(int index, String text, int start, int end, String pos, String lemma) {
        this(index, text, start, end, pos, lemma, null);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isVerbLike() {
        return "VERB".equals(pos) || "AUX".equals(pos);
    }

    public boolean isPunct() {
        return "PUNCT".equals(pos) || (text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0)));
    }

    /**
     * The possessive clitic, with a straight or a curly apostrophe ("'s", "’s"): news
     * pages write both, and every check for one must accept the other.
     */
    public boolean isPossessive() {
        return isPossessive(text);
    }

    /** {@link #isPossessive()} for a bare word. */
    public static boolean isPossessive(String w) {
        return w.length() == 2 && (w.charAt(0) == '\'' || w.charAt(0) == '\u2019') && (w.charAt(1) == 's' || w.charAt(1) == 'S');
    }
}
