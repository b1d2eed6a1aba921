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

/** An organization whose first word is hyphenated starts at that word, not after its hyphen. */
class HyphenatedFirstWordTest {

    /** Words split at spaces; a "-" inside a word is its own token, glued to its neighbours, as the tokenizer gives it. */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            int from = at;
            for (String part : w.split("(?<=-)|(?=-)")) {
                tokens.add(new Token(tokens.size(), part, from, from + part.length(), "X", part.toLowerCase()));
                from += part.length();
            }
            at += w.length() + 1;
        }
        return new Sentence(0, 0, at - 1, tokens);
    }

    private static EntityMention mention(String text, Sentence s, int from, int to, EntityType type) {
        int start = s.token(from).start();
        int end = s.token(to - 1).end();
        return new EntityMention(0, new TokenSpan(from, to), start, end, text.substring(start, end), type, MentionKind.NAME,
                null, null, "model", Map.of());
    }

    private static List<String> repaired(String text, int[]... spans) {
        Sentence s = sentence(text);
        AnalyzedText doc = new AnalyzedText(text, List.of(s));
        List<EntityMention> in = new ArrayList<>();
        for (int[] sp : spans) {
            in.add(mention(text, s, sp[0], sp[1], sp[2] == 0 ? EntityType.ORGANIZATION : EntityType.LOCATION));
        }
        return MentionRepair.withHyphenatedFirstWord(doc, in).stream().map(m -> m.type().name().charAt(0) + ":" + m.text()).toList();
    }

    @Test
    void anOrganizationCutAtAGluedHyphenStartsAtTheCapitalisedFirstPart() {
        // tokens: the Inter - Velmoran Development Bank said
        assertThat(repaired("the Inter-Velmoran Development Bank said", new int[] {3, 6, 0}))
                .containsExactly("O:Inter-Velmoran Development Bank");
        // a chain of glued parts: Quaid - i - Tarvo University
        assertThat(repaired("at Tarn-i-Osk University today", new int[] {5, 7, 0}))
                .containsExactly("O:Tarn-i-Osk University");
    }

    @Test
    void aPlaceReadInsideTheJoinedWordIsDropped() {
        // tokens: at the Tarvo - Osk Institute of Trade  (Tarvo read as a place)
        assertThat(repaired("at the Tarvo-Osk Institute of Trade", new int[] {2, 3, 1}, new int[] {4, 8, 0}))
                .containsExactly("O:Tarvo-Osk Institute of Trade");
    }

    @Test
    void aLowerCaseFirstPartASpacedDashOrAPlaceStayAsFound() {
        assertThat(repaired("the pro-Velmora Party won", new int[] {3, 5, 0})).containsExactly("O:Velmora Party");
        assertThat(repaired("in Velmora - Tarvo Bank said", new int[] {3, 5, 0})).containsExactly("O:Tarvo Bank");
        assertThat(repaired("the Velmora-Tarvo road", new int[] {3, 4, 1})).containsExactly("L:Tarvo");
        // a pair of parties: "Velmora-Osk talks" joins a place and a one-word organization
        assertThat(repaired("the Velmora-Osk talks", new int[] {1, 2, 1}, new int[] {3, 4, 0})).containsExactly("L:Velmora", "O:Osk");
    }
}
