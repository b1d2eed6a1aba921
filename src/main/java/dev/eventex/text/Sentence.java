package dev.eventex.text;

import java.util.List;

/**
 * One sentence: its char span in the document, its tokens and, when it was parsed, its
 * dependency tree.
 *
 * @param index  position of the sentence in the document (0-based)
 * @param syntax the dependency tree, or null when the sentence was not parsed (only sentences
 *               that may state an event are)
 */
public record Sentence(int index, int start, int end, List<Token> tokens, Syntax syntax) {

    public Sentence {
        tokens = List.copyOf(tokens);
        if (syntax != null && syntax.size() != tokens.size()) {
            throw new IllegalArgumentException("syntax has " + syntax.size() + " tokens, the sentence " + tokens.size());
        }
    }

    /** An unparsed sentence. */
    public Sentence(int index, int start, int end, List<Token> tokens) {
        this(index, start, end, tokens, null);
    }

    /** This sentence with a dependency tree. */
    public Sentence withSyntax(Syntax tree) {
        return new Sentence(index, start, end, tokens, tree);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Char start of the token span. */
    public int charStart(TokenSpan span) {
        return tokens.get(span.start()).start();
    }

    /** Char end of the token span. */
    public int charEnd(TokenSpan span) {
        return tokens.get(span.end() - 1).end();
    }

    /** True when the tokens from {@code from} are {@code words} as written (false past the sentence's end). */
    public boolean wordsAt(int from, String[] words) {
        return wordsAt(from, words, false);
    }

    /** True when the tokens from {@code from}, lower-cased, are {@code words} (false past the sentence's end). */
    public boolean lowerWordsAt(int from, String[] words) {
        return wordsAt(from, words, true);
    }

    private boolean wordsAt(int from, String[] words, boolean lower) {
        if (from < 0 || from + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            Token t = tokens.get(from + k);
            if (!(lower ? t.lower() : t.text()).equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
