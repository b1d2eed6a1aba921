package dev.eventex.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A token's lower-cased text is made once, with the token, and is always its text lower-cased in
 * the root locale: whatever a caller passes for it, and for words that other locales or a naive
 * lower-casing would change differently.
 */
class TokenLowerTest {

    @Test
    void lowerIsTheTextLowerCasedInTheRootLocale() {
        for (String w : new String[] {"Velmora", "VELMORA", "velmora", "İZMİR", "ΣΟΦΙΑ", "Ǆemal", "\uD801\uDC00X", "a\uD800b",
            "McArn", "O'Dell", "Secretary-General", "2026", "", ","}) {
            Token t = new Token(0, w, 0, w.length(), "PROPN", w);
            assertThat(t.lower()).as(w).isEqualTo(w.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void aLowerPassedInIsIgnored() {
        Token t = new Token(3, "Tarn", 10, 14, "PROPN", "Tarn", "something else");
        assertThat(t.lower()).isEqualTo("tarn");
        assertThat(t).isEqualTo(new Token(3, "Tarn", 10, 14, "PROPN", "Tarn"));
    }

    @Test
    void aLowerCaseWordKeepsItsOwnInstance() {
        String w = new String("visited");
        assertThat(new Token(0, w, 0, 7, "VERB", "visit").lower()).isSameAs(w);
    }
}
