package dev.eventex.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie over phrases with single spaces between words. Matching walks the
 * sentence's own token texts, so a phrase matches however the tokenizer split it, but only
 * from a token start to a token end. Built once, read-only afterwards (thread-safe).
 */
final class PhraseTrie {

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        List<GazetteerEntry> values;
    }

    private final Node root = new Node();
    private int size;

    void add(String phrase, GazetteerEntry value) {
        Node n = root;
        String p = normalize(phrase);
        for (int i = 0; i < p.length(); i++) {
            n = n.next.computeIfAbsent(p.charAt(i), c -> new Node());
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        if (!n.values.contains(value)) {
            n.values.add(value);
            size++;
        }
    }

    int size() {
        return size;
    }

    /** Collapses whitespace to single spaces and unifies apostrophes. */
    static String normalize(String phrase) {
        StringBuilder sb = new StringBuilder(phrase.length());
        boolean space = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c == '\u2019' ? '\'' : c);
        }
        return sb.toString();
    }

    /**
     * Longest match starting at token {@code from}.
     *
     * @param texts  token texts (already case-folded if this is a case-insensitive trie)
     * @param spaceBefore whether whitespace separates token i-1 and i in the original text
     * @return {@code [endTokenExclusive]} and values, or null when nothing matches
     */
    Match longest(String[] texts, boolean[] spaceBefore, int from) {
        Node n = root;
        Match best = null;
        for (int t = from; t < texts.length; t++) {
            if (t > from && spaceBefore[t]) {
                n = n.next.get(' ');
                if (n == null) {
                    return best;
                }
            }
            String w = texts[t];
            for (int i = 0; i < w.length() && n != null; i++) {
                char c = w.charAt(i);
                n = n.next.get(c == '\u2019' ? '\'' : c);
            }
            if (n == null) {
                return best;
            }
            if (n.values != null) {
                best = new Match(from, t + 1, n.values);
            }
        }
        return best;
    }

    record Match(int start, int end, List<GazetteerEntry> values) {
    }
}
