package dev.eventex.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tag repairs made before lemmatizing; arrays written for these tests, no models. */
class TagFixesTest {

    private static String[] fix(String words, String tags) {
        String[] w = words.split(" ");
        String[] t = tags.split(" ");
        TagFixes.lowerCaseNamesInS(w, t, Set.of("dos", "bin"));
        return t;
    }

    @Test
    void aLowerCaseWordInSTaggedAsANameBecomesACommonNoun() {
        assertThat(fix("President Ida Morrow welcomes Tarn Osk", "PROPN PROPN PROPN PROPN PROPN PROPN"))
                .containsExactly("PROPN", "PROPN", "PROPN", "NOUN", "PROPN", "PROPN");
        assertThat(fix("The delegates met", "DET PROPN VERB")).containsExactly("DET", "NOUN", "VERB");
    }

    @Test
    void nameParticlesCapitalisedWordsAndOtherWordsKeepTheirTags() {
        assertThat(fix("Ana dos Santos", "PROPN PROPN PROPN")).containsExactly("PROPN", "PROPN", "PROPN");
        assertThat(fix("Velmora Airways", "PROPN PROPN")).containsExactly("PROPN", "PROPN");
        assertThat(fix("the Tarvo-based firm", "DET PROPN NOUN")).containsExactly("DET", "PROPN", "NOUN");
        assertThat(fix("a glass", "DET PROPN")).containsExactly("DET", "PROPN"); // in -ss: no plural, no verb in -s
        assertThat(fix("eBays", "PROPN")).containsExactly("PROPN");
    }
}
