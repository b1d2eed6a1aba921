package dev.eventex.text;

/**
 * One token: its text, UTF-16 char offsets into the document, universal POS tag and lemma.
 *
 * @param index position in its sentence (0-based)
 */
public record Token(int index, String text, int start, int end, String pos, String lemma) {

    public Token {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid token span: start=" + start + ", end=" + end);
        }
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

    /** Lower-cased text. */
    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
