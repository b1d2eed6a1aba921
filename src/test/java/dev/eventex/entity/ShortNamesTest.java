package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word in title case in parentheses right after an organization is the short name the
 * document then uses ("the Union of Resin Workers (Unres)"), when its first letter starts a
 * word of the name. Hand tokens, no name model.
 */
class ShortNamesTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(HandText.GAZETTEER, null, HandText.VALUES, HandText.LEXICONS);

    private List<String> organizations(String... sentences) {
        return recognizer.recognize(HandText.doc(sentences), recognizer.newDocument(), () -> false).stream()
                .filter(m -> m.kind() == MentionKind.NAME && m.type() == EntityType.ORGANIZATION).map(EntityMention::text).toList();
    }

    @Test
    void aSyllableShortNameInParenthesesIsTheOrganizationLaterOn() {
        assertThat(organizations("The/DET Union of/ADP Resin Workers ( Unres ) met/VERB ./PUNCT",
                "Later/ADV Unres left/VERB the/DET talks/NOUN ./PUNCT")).containsExactly("Union of Resin Workers", "Unres", "Unres");
    }

    @Test
    void aNoteInParenthesesThatStartsNoWordOfTheNameNamesNothing() {
        assertThat(organizations("The/DET Tarvo Resin Union ( Marxist ) met/VERB ./PUNCT",
                "Later/ADV Marxist writers/NOUN left/VERB ./PUNCT")).doesNotContain("Marxist");
    }

    @Test
    void aPlaceOrADateInParenthesesStaysWhatItIs() {
        assertThat(organizations("The/DET Elbonia Resin Union ( Madrid ) met/VERB ./PUNCT",
                "The/DET Resin Union of/ADP Madrid ( March ) met/VERB ./PUNCT")).doesNotContain("Madrid", "March");
    }
}
