package dev.eventex.entity;

import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import dev.eventex.normalize.Currencies;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built token input for the mention-source tests: no tokenizer, tagger or name model.
 * Words are separated by spaces; "word/TAG" sets a POS tag, otherwise a capitalised word is a
 * proper noun, a lone symbol punctuation and anything else a noun. The gazetteers and word
 * lists (data, no models) are loaded once.
 */
final class HandText {

    static final Lexicons LEXICONS;
    static final Gazetteer GAZETTEER;
    static final ValueRecognizer VALUES;

    static {
        ModelSource source = ModelSource.classpath();
        LEXICONS = Lexicons.load(source);
        GAZETTEER = Gazetteer.load(source);
        VALUES = new ValueRecognizer(Currencies.load(source), LEXICONS);
    }

    private HandText() {
    }

    /** A document of the given sentences, each written as space-separated tokens. */
    static AnalyzedText doc(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (String line : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int sentenceStart = text.length();
            List<Token> tokens = new ArrayList<>();
            for (String w : line.trim().split(" +")) {
                int slash = w.lastIndexOf('/');
                String word = slash > 0 ? w.substring(0, slash) : w;
                String pos = slash > 0 ? w.substring(slash + 1) : defaultTag(word);
                if (!tokens.isEmpty()) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(word);
                tokens.add(new Token(tokens.size(), word, start, text.length(), pos, word.toLowerCase(java.util.Locale.ROOT)));
            }
            out.add(new Sentence(out.size(), sentenceStart, text.length(), tokens));
        }
        return new AnalyzedText(text.toString(), out);
    }

    /** The context of sentence {@code i} of {@code doc}, with {@code memory}. */
    static SentenceContext context(AnalyzedText doc, int i, DocumentMemory memory) {
        return new SentenceContext(doc, doc.sentences().get(i), memory, GAZETTEER);
    }

    /** The context of a one-sentence document with a fresh memory. */
    static SentenceContext context(String sentence) {
        return context(doc(sentence), 0, new DocumentMemory());
    }

    private static String defaultTag(String word) {
        if (!Character.isLetterOrDigit(word.charAt(0))) {
            return "PUNCT";
        }
        if (Character.isDigit(word.charAt(0))) {
            return "NUM";
        }
        return Character.isUpperCase(word.charAt(0)) ? "PROPN" : "NOUN";
    }
}
