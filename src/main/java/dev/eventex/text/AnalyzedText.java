package dev.eventex.text;

import java.util.List;

/** The output of text analysis: the original text and its sentences. */
public record AnalyzedText(String text, List<Sentence> sentences) {

    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    /** Exact substring of the original text. */
    public String slice(int start, int end) {
        return text.substring(start, end);
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.size();
        }
        return n;
    }
}
