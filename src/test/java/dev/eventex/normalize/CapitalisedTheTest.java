package dev.eventex.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import dev.eventex.text.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An organization after "The" capitalised inside a sentence starts at "The". */
class CapitalisedTheTest {

    /** One hand-built sentence of words separated by spaces (no part-of-speech needed). */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(tokens.size(), w, at, at + w.length(), "X", w.toLowerCase()));
            at += w.length() + 1;
        }
        return new Sentence(0, 0, at - 1, tokens);
    }

    private static EntityMention repaired(String text, int from, int to) {
        Sentence s = sentence(text);
        AnalyzedText doc = new AnalyzedText(text, List.of(s));
        int start = s.token(from).start();
        int end = s.token(to - 1).end();
        EntityMention m = new EntityMention(0, new TokenSpan(from, to), start, end, text.substring(start, end),
                EntityType.ORGANIZATION, MentionKind.NAME, null, null, "model", Map.of());
        return MentionRepair.withCapitalisedThe(doc, s, m);
    }

    @Test
    void aCapitalisedTheAfterALowerCaseWordBelongsToTheName() {
        EntityMention m = repaired("the minister told The Daily Velmoran on Monday", 4, 6);
        assertThat(m.text()).isEqualTo("The Daily Velmoran");
        assertThat(m.tokens()).isEqualTo(new TokenSpan(3, 6));
        assertThat(m.start()).isEqualTo(18);
    }

    @Test
    void aTheOpeningASentenceOrAfterACapitalisedWordStaysOut() {
        assertThat(repaired("The Tarvo Institute said so", 1, 3).text()).isEqualTo("Tarvo Institute");
        assertThat(repaired("Minister Visits The Tarvo Institute", 3, 5).text()).isEqualTo("Tarvo Institute");
        assertThat(repaired("\" The Tarvo Institute said so", 2, 4).text()).isEqualTo("Tarvo Institute");
        assertThat(repaired("a study by the Tarvo Institute", 4, 6).text()).isEqualTo("Tarvo Institute");
    }
}
