package dev.eventex.text;

import java.util.List;

/**
 * One sentence: its char span in the document and its tokens.
 *
 * @param index position of the sentence in the document (0-based)
 */
public record Sentence(int index, int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
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
}
