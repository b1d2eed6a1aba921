package dev.eventex.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.Gazetteer;
import dev.eventex.entity.MentionKind;
import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import dev.eventex.text.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A person run on over a dash into a role or a pronoun, and a common word opening a sentence read as a place. */
class SignatureAndOpeningWordTest {

    private static final Lexicons LEXICONS = Lexicons.load(ModelSource.classpath());
    private static final Gazetteer GAZETTEER = Gazetteer.load(ModelSource.classpath());
    private static final Set<String> ROLES = LEXICONS.get(Lexicons.SIGNATURE_ROLES);
    private static final Set<String> PRONOUNS = LEXICONS.get(Lexicons.PERSONAL_PRONOUNS);
    private static final Set<String> LOWER = LEXICONS.get(Lexicons.LOWER_CASE_WORDS);

    /** One hand-built sentence of "word/POS" items separated by spaces. */
    private static Sentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String item : tagged.split(" ")) {
            int slash = item.lastIndexOf('/');
            String w = item.substring(0, slash);
            tokens.add(new Token(tokens.size(), w, at, at + w.length(), item.substring(slash + 1), w.toLowerCase()));
            at += w.length() + 1;
        }
        return new Sentence(0, 0, at - 1, tokens);
    }

    private static String text(Sentence s) {
        StringBuilder b = new StringBuilder();
        for (Token t : s.tokens()) {
            b.append(b.isEmpty() ? "" : " ").append(t.text());
        }
        return b.toString();
    }

    private static EntityMention mention(Sentence s, EntityType type, int from, int to) {
        int start = s.token(from).start();
        int end = s.token(to - 1).end();
        return new EntityMention(0, new TokenSpan(from, to), start, end, text(s).substring(start, end),
                type, MentionKind.NAME, null, null, "model", Map.of());
    }

    private static EntityMention cut(String tagged, int from, int to) {
        Sentence s = sentence(tagged);
        AnalyzedText doc = new AnalyzedText(text(s), List.of(s));
        boolean[] titles = new boolean[s.size()];
        for (Gazetteer.Match t : GAZETTEER.findTitles(s)) {
            for (int i = t.start(); i < t.end(); i++) {
                titles[i] = true;
            }
        }
        return MentionRepair.withoutDashedRole(doc, s, mention(s, EntityType.PERSON, from, to), titles, ROLES, PRONOUNS);
    }

    @Test
    void aRoleAfterASpacedDashIsNoPartOfTheName() {
        EntityMention m = cut("Team/NOUN :/PUNCT Tarn/PROPN Osk/PROPN -/PUNCT Analyst/NOUN ,/PUNCT Ana/PROPN Velor/PROPN -/PUNCT Associate/NOUN", 2, 6);
        assertThat(m.text()).isEqualTo("Tarn Osk");
        assertThat(m.tokens()).isEqualTo(new TokenSpan(2, 4));
    }

    @Test
    void aPronounAfterASpacedDashEndsTheName() {
        assertThat(cut("Ana/PROPN Velor/PROPN -/PUNCT she/PRON is/AUX at/ADP the/DET desk/NOUN", 0, 4).text())
                .isEqualTo("Ana Velor");
    }

    @Test
    void aDashInsideANameStays() {
        assertThat(cut("Kofi/PROPN Tarvo/PROPN -/PUNCT Velor/PROPN said/VERB", 0, 4).text()).isEqualTo("Kofi Tarvo - Velor");
        assertThat(cut("Ri/PROPN Sol/PROPN -/PUNCT van/PROPN said/VERB", 0, 4).text()).isEqualTo("Ri Sol - van");
    }

    @Test
    void aTitleWrittenWithADashStays() {
        // a title before a name, and a title alone, are no name run on into a role
        assertThat(cut("Lt/PROPN -/PUNCT General/PROPN Tarn/PROPN Osk/PROPN", 0, 5).text()).isEqualTo("Lt - General Tarn Osk");
        assertThat(cut("the/DET Attorney/PROPN -/PUNCT General/PROPN said/VERB", 1, 4).text()).isEqualTo("Attorney - General");
    }

    private static boolean opening(String tagged) {
        Sentence s = sentence(tagged);
        return MentionRepair.commonWordOpening(s, mention(s, EntityType.LOCATION, 0, 1), LOWER, GAZETTEER);
    }

    @Test
    void aCommonWordOpeningTheSentenceIsNoPlace() {
        assertThat(opening("Nice/ADJ people/NOUN at/ADP the/DET desk/NOUN ./PUNCT")).isTrue();
        assertThat(opening("Nice/PROPN and/CCONJ quiet/ADJ rooms/NOUN ./PUNCT")).isTrue();
    }

    @Test
    void thePlaceAsSubjectOrBeforeAPlaceHeadStays() {
        assertThat(opening("Nice/PROPN is/AUX warm/ADJ in/ADP May/PROPN ./PUNCT")).isFalse();
        assertThat(opening("Nice/PROPN airport/NOUN reopened/VERB ./PUNCT")).isFalse();
        assertThat(opening("Nice/PROPN ,/PUNCT a/DET city/NOUN ./PUNCT")).isFalse();
        // a word English writes capitalised is a place wherever it stands
        assertThat(opening("Velmora/PROPN farmers/NOUN protested/VERB ./PUNCT")).isFalse();
    }
}
