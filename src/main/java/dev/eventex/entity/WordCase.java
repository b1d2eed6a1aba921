package dev.eventex.entity;

import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a document writes its words inside sentences that use capitals: for each word (lower
 * case), how often it is capitalised on its own ("Sekora", "Kestra"; not "Port" inside "Kestra
 * Port") and how often written in lower case, sentence-initial words left out. Tells a sentence written all in lower case which of its
 * words the document treats as names; and which words it writes alone in parentheses (the
 * short names it defines). Built once per document (over all its parts: the blocks
 * of a column file), before its sentences are read; immutable.
 */
final class WordCase {

    private final Map<String, int[]> counts = new HashMap<>(); // lower -> capitalised, lower-case
    /** Words written alone in parentheses, as written: "( SIT )" after the name it shortens. */
    private final Set<String> parenthesised = new HashSet<>();

    WordCase(List<AnalyzedText> parts) {
        for (AnalyzedText doc : parts) {
            count(doc);
        }
    }

    private void count(AnalyzedText doc) {
        for (Sentence s : doc.sentences()) {
            for (int i = 1; i + 1 < s.size(); i++) {
                if (s.token(i - 1).text().equals("(") && s.token(i + 1).text().equals(")")) {
                    parenthesised.add(s.token(i).text());
                }
            }
            if (!CaseReading.hasUpperCase(s)) {
                continue;
            }
            for (int i = 1; i < s.size(); i++) {
                Token t = s.token(i);
                String w = t.text();
                if (w.length() < 2 || !Character.isLetter(w.charAt(0))) {
                    continue;
                }
                if (Character.isUpperCase(w.charAt(0)) && w.substring(1).equals(t.lower().substring(1)) && !capitalised(s, i - 1)
                        && !capitalised(s, i + 1)) { // "Sekora", not "Port" of "Tarvo Port"
                    counts.computeIfAbsent(t.lower(), k -> new int[2])[0]++;
                } else if (w.equals(t.lower())) {
                    counts.computeIfAbsent(w, k -> new int[2])[1]++;
                }
            }
        }
    }

    private static boolean capitalised(Sentence s, int i) {
        return i >= 0 && i < s.size() && !s.token(i).text().isEmpty() && Character.isUpperCase(s.token(i).text().charAt(0));
    }

    /** True when the document capitalises the word on its own more often than not (and at least once). */
    boolean isName(String lower) {
        int[] c = counts.get(lower);
        return c != null && c[0] > c[1];
    }

    /**
     * True when the document writes the word alone in parentheses somewhere: "the Unity Party
     * (UP)" defines "UP", so later "the UP" is that name even where "up" is an ordinary word.
     */
    boolean isParenthesised(String word) {
        return parenthesised.contains(word);
    }

    /** True when the document writes the word in lower case inside sentences that use capitals. */
    boolean isWrittenLower(String lower) {
        int[] c = counts.get(lower);
        return c != null && c[1] > 0;
    }
}
