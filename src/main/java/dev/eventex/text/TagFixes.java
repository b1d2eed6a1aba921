package dev.eventex.text;

/** Small, deterministic corrections of tagger output that later stages rely on. */
final class TagFixes {

    private TagFixes() {
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
