package dev.eventex.text;

import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's learned tokenizer with its decisions kept per whitespace-separated word. Why: the
 * tokenizer evaluates its model at every character of every word that is not plain letters and
 * digits ("said,", "U.S.", "(Reuters)"), the same few thousand words in every news text: 11% of
 * the pipeline's CPU. Its decisions for a word depend on nothing but the word (OpenNLP cuts the
 * text at whitespace first and tokenizes each piece alone), so a kept decision is the one the
 * model would make again. Holds at most {@link #MAX_WORDS} words (by default) and starts over when full;
 * thread-safe when the tokenizer is.
 */
final class WordSplitMemo {

    /** Words kept at most: the words of a few hundred news texts, well under a megabyte. */
    static final int MAX_WORDS = 16_384;

    private final Tokenizer tokenizer;
    private final int maxWords;
    /** Per word: its tokens' start and end offsets within the word, in pairs. */
    private final ConcurrentHashMap<String, int[]> splits = new ConcurrentHashMap<>();

    WordSplitMemo(Tokenizer tokenizer) {
        this(tokenizer, MAX_WORDS);
    }

    WordSplitMemo(Tokenizer tokenizer, int maxWords) {
        this.tokenizer = tokenizer;
        this.maxWords = maxWords;
    }

    /** The tokenizer's spans for {@code sentence}: the same as {@code tokenizer.tokenizePos(sentence)}. */
    Span[] tokenizePos(String sentence) {
        Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
        int[][] cuts = new int[words.length][];
        int count = 0;
        for (int w = 0; w < words.length; w++) {
            Span word = words[w];
            if (word.length() < 2) {
                count++; // OpenNLP keeps a single character as it is
                continue;
            }
            cuts[w] = splitsOf(sentence.substring(word.getStart(), word.getEnd()));
            count += cuts[w].length / 2;
        }
        Span[] out = new Span[count];
        int n = 0;
        for (int w = 0; w < words.length; w++) {
            int[] c = cuts[w];
            if (c == null) {
                out[n++] = words[w];
                continue;
            }
            int start = words[w].getStart();
            for (int k = 0; k < c.length; k += 2) {
                out[n++] = new Span(start + c[k], start + c[k + 1]);
            }
        }
        return out;
    }

    private int[] splitsOf(String word) {
        int[] known = splits.get(word);
        if (known != null) {
            return known;
        }
        Span[] parts = tokenizer.tokenizePos(word);
        int[] cuts = new int[parts.length * 2];
        for (int k = 0; k < parts.length; k++) {
            cuts[2 * k] = parts[k].getStart();
            cuts[2 * k + 1] = parts[k].getEnd();
        }
        if (splits.size() >= maxWords) {
            splits.clear();
        }
        splits.put(word, cuts);
        return cuts;
    }

    /** How many words are kept now (for tests). */
    int size() {
        return splits.size();
    }
}
