package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.TokenSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words the parser reads as one: names, and a titled person's name with the title written before it. */
class ParserUnitsTest {

    private static EntityMention m(AnalyzedText doc, int start, int end, EntityType type, Map<String, String> attrs) {
        return EntityRecognizer.mention(doc, doc.sentences().get(0), start, end, type, MentionKind.NAME, null, null, "rule", attrs);
    }

    @Test
    void aTitleWithItsCountryOrBodyJoinsTheNameItTitles() {
        AnalyzedText doc = HandText.doc("Elbonian/ADJ Secretary of/ADP State Ana Berg and/CCONJ United Nations Secretary-General Karl"
                + " Osk met/VERB in/ADP Tarsk");
        Sentence s = doc.sentences().get(0);
        List<EntityMention> names = List.of(
                m(doc, 4, 6, EntityType.PERSON, Map.of("title", "Secretary of State")),
                m(doc, 7, 9, EntityType.ORGANIZATION, Map.of()),
                m(doc, 10, 12, EntityType.PERSON, Map.of("title", "Secretary-General")),
                m(doc, 14, 15, EntityType.LOCATION, Map.of()));
        assertThat(ParserUnits.of(names).apply(s)).containsExactlyInAnyOrder(new TokenSpan(0, 6), new TokenSpan(7, 12));
        // a title of capitalised words alone the parser reads as the name's compounds: the name stays alone
        AnalyzedText plain = HandText.doc("Prime Minister Ana Berg met/VERB Karl Osk");
        List<EntityMention> two = List.of(m(plain, 2, 4, EntityType.PERSON, Map.of("title", "Prime Minister")));
        assertThat(ParserUnits.of(two).apply(plain.sentences().get(0))).containsExactly(new TokenSpan(2, 4));
    }

    @Test
    void aTitleNotWrittenRightBeforeTheNameLeavesTheNameAlone() {
        // the office in apposition, and an office the name model never saw before the name
        AnalyzedText doc = HandText.doc("the/DET Minister of/ADP Trade , Ana Berg , met/VERB Karl Osk");
        Sentence s = doc.sentences().get(0);
        List<EntityMention> names = List.of(
                m(doc, 5, 7, EntityType.PERSON, Map.of("title", "Minister of Trade")),
                m(doc, 9, 11, EntityType.PERSON, Map.of("title", "Ambassador")));
        assertThat(ParserUnits.of(names).apply(s)).containsExactlyInAnyOrder(new TokenSpan(5, 7), new TokenSpan(9, 11));
    }

    @Test
    void oneWordNamesAreNoUnitsAndOtherSentencesHaveNone() {
        AnalyzedText doc = HandText.doc("Osk met/VERB Berg in/ADP Tarsk");
        List<EntityMention> names = List.of(m(doc, 0, 1, EntityType.PERSON, Map.of()), m(doc, 2, 3, EntityType.PERSON, Map.of()));
        assertThat(ParserUnits.of(names).apply(doc.sentences().get(0))).isEmpty();
        AnalyzedText other = HandText.doc("Nothing here", "Ana Berg spoke/VERB");
        assertThat(ParserUnits.of(List.of()).apply(other.sentences().get(1))).isEmpty();
    }
}
