package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import dev.eventex.text.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A name's occurrences in weak contexts take the type its other occurrences in the document give it. */
class LabelConsistencyTest {

    private final LabelConsistency consistency = new LabelConsistency();
    private final DocumentMemory memory = new DocumentMemory();

    /** A name on tokens [a, b) of sentence {@code s}; a model name's probability is noted in the memory. */
    private EntityMention name(AnalyzedText doc, int s, int a, int b, EntityType type, String source, double probability) {
        EntityMention m = EntityRecognizer.mention(doc, doc.sentences().get(s), a, b, type, MentionKind.NAME, null, null, source,
                Map.of());
        if ("model".equals(source)) {
            memory.noteModelProbability(doc, m.start(), m.end(), probability);
        }
        return m;
    }

    private List<EntityType> types(AnalyzedText doc, EntityMention... mentions) {
        return consistency.apply(List.of(doc), List.of(List.of(mentions)), memory).get(0).stream().map(EntityMention::type).toList();
    }

    @Test
    void aSentenceInitialNameTakesTheTypeOfItsMentionInsideASentence() {
        AnalyzedText doc = HandText.doc("Elbonia donated/VERB 20 ambulances to/ADP Elbonia .");
        assertThat(types(doc, name(doc, 0, 0, 1, EntityType.PERSON, "model", 0.8), name(doc, 0, 5, 6, EntityType.LOCATION, "model", 0.6)))
                .containsExactly(EntityType.LOCATION, EntityType.LOCATION);
    }

    @Test
    void aNameInsideASentenceKeepsItsTypeWhateverTheWeakMentionsSay() {
        AnalyzedText doc = HandText.doc("Sekora opened/VERB a plant .", "Sekora hired/VERB staff .", "Workers at/ADP Sekora said/VERB so .");
        assertThat(types(doc, name(doc, 0, 0, 1, EntityType.PERSON, "model", 0.9), name(doc, 1, 0, 1, EntityType.PERSON, "model", 0.9),
                name(doc, 2, 2, 3, EntityType.ORGANIZATION, "model", 0.55)))
                .containsExactly(EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.ORGANIZATION);
    }

    @Test
    void namesFromRulesAndGazetteersAreNeverChangedAndOutweighTheModel() {
        AnalyzedText doc = HandText.doc("Ruritania signed/VERB the deal .", "Officials of/ADP Ruritania agreed/VERB .",
                "Talks in/ADP Ruritania ended/VERB .");
        assertThat(types(doc, name(doc, 0, 0, 1, EntityType.PERSON, "model", 0.95), name(doc, 1, 2, 3, EntityType.LOCATION, "gazetteer", 1),
                name(doc, 2, 2, 3, EntityType.PERSON, "model", 0.9)))
                .containsExactly(EntityType.LOCATION, EntityType.LOCATION, EntityType.PERSON);
    }

    @Test
    void aSurnameAtTheStartOfASentenceIsThePersonNamedInFull() {
        AnalyzedText doc = HandText.doc("Minister Tomas Varga arrived/VERB on/ADP Monday .", "Varga thanked/VERB the hosts .");
        assertThat(types(doc, name(doc, 0, 1, 3, EntityType.PERSON, "title", 1), name(doc, 1, 0, 1, EntityType.LOCATION, "model", 0.7)))
                .containsExactly(EntityType.PERSON, EntityType.PERSON);
    }

    @Test
    void aNameSeenOnceOnlyInAWeakContextKeepsTheModelsType() {
        AnalyzedText doc = HandText.doc("Elbonia donated/VERB 20 ambulances .");
        assertThat(types(doc, name(doc, 0, 0, 1, EntityType.PERSON, "model", 0.6))).containsExactly(EntityType.PERSON);
    }

    @Test
    void withOnlyWeakMentionsTheMoreProbableTypeWins() {
        AnalyzedText doc = HandText.doc("Marlow spoke/VERB first .", "\" Marlow will/AUX win/VERB , \" he said/VERB .");
        assertThat(types(doc, name(doc, 0, 0, 1, EntityType.PERSON, "model", 0.9), name(doc, 1, 1, 2, EntityType.LOCATION, "model", 0.6)))
                .containsExactly(EntityType.PERSON, EntityType.PERSON);
    }

    @Test
    void typesAgreeAcrossTheBlocksOfOneDocument() {
        AnalyzedText headline = HandText.doc("ELBONIA SENDS DOCTORS TO RURITANIA");
        AnalyzedText body = HandText.doc("Doctors from/ADP Elbonia arrived/VERB on/ADP Monday .");
        List<List<EntityMention>> mentions = new ArrayList<>();
        mentions.add(List.of(name(headline, 0, 0, 1, EntityType.ORGANIZATION, "model", 0.7)));
        mentions.add(List.of(name(body, 0, 2, 3, EntityType.LOCATION, "model", 0.6)));
        List<List<EntityMention>> agreed = consistency.apply(List.of(headline, body), mentions, memory);
        assertThat(agreed.get(0).get(0).type()).isEqualTo(EntityType.LOCATION);
        assertThat(agreed.get(0).get(0).text()).isEqualTo("ELBONIA");
        assertThat(agreed.get(1)).isSameAs(mentions.get(1));
    }

    @Test
    void weakContextsAreSentenceStartsQuotesAndHeadlines() {
        AnalyzedText doc = HandText.doc("Talks with/ADP Elbonia ended/VERB .", "\" Elbonia is/AUX ready , \" she said/VERB .",
                "He said/VERB \" Elbonia is/AUX ready \" .", "Ruritania Sends Medical Teams To Elbonia",
                "ELBONIAN FLOODS DISPLACE THOUSANDS");
        assertThat(LabelConsistency.weakContext(doc.sentences().get(0), 2)).isFalse();
        assertThat(LabelConsistency.weakContext(doc.sentences().get(1), 1)).isTrue();
        assertThat(LabelConsistency.weakContext(doc.sentences().get(2), 3)).isTrue();
        assertThat(LabelConsistency.isHeadline(doc.sentences().get(0))).isFalse();
        assertThat(LabelConsistency.isHeadline(doc.sentences().get(3))).isTrue();
        assertThat(LabelConsistency.isHeadline(doc.sentences().get(4))).isTrue();
    }
}
