package dev.eventex.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Tags a sentence in which the tokenizer split a hyphenated name ("Osk - bel", "Jong - un", "Tarsk - based").
 * The UD-EWT tagger reads the lower-case piece after the hyphen as a common noun or adjective, and that
 * reading spreads to the next word: "Lee Osk-bel met X" comes out with "met" a noun and no meeting is found.
 * Tagged as one word, the way the tokenizer leaves other such names ("Tae-ho"), the name is a proper noun
 * and its verb a verb. So a sentence with a hyphen glued between a capitalised word and a word is tagged
 * twice: the joined reading gives the tags of every other word, and of the pieces when it reads the whole
 * as a proper noun; otherwise ("U.S.-led", "Tarsk-based") the pieces keep their split reading, which the
 * rules know.
 */
final class HyphenatedNames {

    private HyphenatedNames() {
    }

    /**
     * Tags of {@code words}; {@code glued[i]} says word {@code i} follows word {@code i - 1} with no space
     * between (null: none does).
     */
    static String[] tag(String[] words, boolean[] glued, Function<String[], String[]> tagger) {
        String[] tags = tagger.apply(words);
        if (glued == null) {
            return tags;
        }
        int[] joinedAt = new int[words.length];
        List<String> joined = new ArrayList<>(words.length);
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            if (i > 0 && i + 1 < words.length && joins(words, glued, i)) {
                int into = joined.size() - 1;
                joined.set(into, joined.get(into) + "-" + words[i + 1]);
                joinedAt[i] = into;
                joinedAt[i + 1] = into;
                i++;
                any = true;
                continue;
            }
            joined.add(words[i]);
            joinedAt[i] = joined.size() - 1;
        }
        if (!any) {
            return tags;
        }
        String[] whole = tagger.apply(joined.toArray(String[]::new));
        String[] out = tags.clone();
        for (int i = 0; i < words.length; i++) {
            String tag = whole[joinedAt[i]];
            boolean piece = i > 0 && joinedAt[i - 1] == joinedAt[i] || i + 1 < words.length && joinedAt[i + 1] == joinedAt[i];
            if (!piece) {
                out[i] = tag;
            } else if (tag.equals("PROPN") && !words[i].equals("-")) {
                out[i] = tag;
            }
        }
        return out;
    }

    /** A hyphen glued between a word ending in a letter that opens the compound with a capital, and a word. */
    private static boolean joins(String[] words, boolean[] glued, int hyphen) {
        if (!words[hyphen].equals("-") || !glued[hyphen] || !glued[hyphen + 1]) {
            return false;
        }
        String before = words[hyphen - 1];
        String after = words[hyphen + 1];
        if (before.isEmpty() || after.isEmpty() || !Character.isLetter(before.charAt(before.length() - 1))
                || !Character.isLetter(after.charAt(0))) {
            return false;
        }
        // the compound opens with a capital: "Osk-bel", and the chain "Chan-o-cha" through its earlier pieces
        int first = hyphen - 1;
        while (first >= 2 && words[first - 1].equals("-") && glued[first - 1] && glued[first]) {
            first -= 2;
        }
        return Character.isUpperCase(words[first].charAt(0));
    }
}
