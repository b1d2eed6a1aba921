package dev.eventex.text;

/** Small, deterministic corrections of tagger output that later stages rely on. */
final class TagFixes {

    private TagFixes() {
    }

    /**
     * "Ruto welcomes Ana Velor", "the delegates met": after a run of names the tagger calls a
     * lower-case word in -s a proper noun, and the lemmatizer then leaves it as it stands
     * ("welcomes"). Edited text writes no proper noun in lower case except the particles of
     * names ({@code particles}: "dos", "das"), so such a word is retagged a common noun before
     * lemmatizing; a later stage may read it as the verb it often is.
     */
    static void lowerCaseNamesInS(String[] words, String[] tags, java.util.Set<String> particles) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if ("PROPN".equals(tags[i]) && w.length() > 2 && w.endsWith("s") && !w.endsWith("ss") && isLowerWord(w)
                    && !particles.contains(w)) {
                tags[i] = "NOUN";
            }
        }
    }

    private static boolean isLowerWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    static String fixTag(String word, String tag) {
        int plus = tag.indexOf('+');
        if (plus > 0) {
            tag = tag.substring(0, plus); // contractions come tagged "NOUN+PART" ("farmers'"): keep the head's tag
        }
        if (word.equals("'s") || word.equals("\u2019s")) {
            return "PART";
        }
        if (word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0)) && !"SYM".equals(tag)
                && "$€£¥₹₸".indexOf(word.charAt(0)) < 0) {
            return "PUNCT";
        }
        return tag;
    }
}
