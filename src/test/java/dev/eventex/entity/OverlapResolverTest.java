package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one overlap resolver: declared priorities, then length; the span repairs before choosing. */
class OverlapResolverTest {

    private final OverlapResolver resolver = new OverlapResolver();

    private static Candidate cand(SentenceContext c, int start, int end, EntityType type, String source, int priority) {
        return new Candidate(c.mention(start, end, type, MentionKind.NAME, null, null, source, Map.of()), priority);
    }

    @Test
    void theHigherPriorityWinsOverlappingTokens() {
        SentenceContext c = HandText.context("Minister Tomas Varga Street opened/VERB");
        List<EntityMention> layer = resolver.resolve(c, List.of(
                cand(c, 1, 4, EntityType.LOCATION, "model", OverlapResolver.MODEL),
                cand(c, 1, 3, EntityType.PERSON, "rule", OverlapResolver.TITLE_NAME)));
        assertThat(layer).extracting(EntityMention::text).containsExactly("Tomas Varga");
    }

    @Test
    void aNameWhoseTailADateCoversKeepsTheWordsBeforeIt() {
        // wire copy: "met President Tomas Varga Wednesday", the weekday capitalised and run on from the name
        SentenceContext c = HandText.context("met/VERB President Tomas Varga Wednesday ./PUNCT");
        List<EntityMention> layer = resolver.resolve(c, List.of(
                new Candidate(c.mention(4, 5, EntityType.DATE, MentionKind.VALUE, null, null, "value", Map.of()), OverlapResolver.VALUE),
                cand(c, 2, 5, EntityType.PERSON, "rule", OverlapResolver.TITLE_NAME)));
        assertThat(layer).extracting(EntityMention::text, EntityMention::type).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Wednesday", EntityType.DATE),
                org.assertj.core.groups.Tuple.tuple("Tomas Varga", EntityType.PERSON));
        // a date at the head of a name is another matter: the name is not cut to its tail
        SentenceContext d = HandText.context("the/DET May Day Foundation met/VERB");
        assertThat(resolver.resolve(d, List.of(
                new Candidate(d.mention(1, 2, EntityType.DATE, MentionKind.VALUE, null, null, "value", Map.of()), OverlapResolver.VALUE),
                cand(d, 1, 4, EntityType.ORGANIZATION, "model", OverlapResolver.MODEL))))
                .extracting(EntityMention::text).containsExactly("May");
    }

    @Test
    void atEqualPriorityTheLongerSpanWins() {
        SentenceContext c = HandText.context("the/DET Tarvo Housing Board met/VERB");
        List<EntityMention> layer = resolver.resolve(c, List.of(
                cand(c, 1, 2, EntityType.LOCATION, "model", OverlapResolver.MODEL),
                cand(c, 1, 4, EntityType.ORGANIZATION, "model", OverlapResolver.MODEL)));
        assertThat(layer).extracting(EntityMention::text).containsExactly("Tarvo Housing Board");
    }

    @Test
    void aGazetteerPlaceOutranksAnOrganizationPatternOnExactlyItsWords() {
        SentenceContext c = HandText.context("in/ADP the/DET North Bank and/CCONJ the/DET North Bank Group");
        List<EntityMention> layer = resolver.resolve(c, List.of(
                cand(c, 2, 4, EntityType.ORGANIZATION, "rule", OverlapResolver.ORGANIZATION_HEAD_PATTERN),
                place(c, 2, 4, "region"),
                cand(c, 6, 9, EntityType.ORGANIZATION, "rule", OverlapResolver.ORGANIZATION_HEAD_PATTERN),
                place(c, 6, 8, "region")));
        assertThat(layer).extracting(EntityMention::text, EntityMention::type).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("North Bank", EntityType.LOCATION),
                org.assertj.core.groups.Tuple.tuple("North Bank Group", EntityType.ORGANIZATION));
    }

    private static Candidate place(SentenceContext c, int start, int end, String gaz) {
        return new Candidate(c.mention(start, end, EntityType.LOCATION, MentionKind.NAME, null, null, "gazetteer", Map.of("gaz", gaz)),
                OverlapResolver.GAZETTEER);
    }

    @Test
    void aModelPersonStartingOrEndingInACityOutranksTheCity() {
        SentenceContext c = HandText.context("Karnov Vesterberg spoke/VERB with/ADP Ana Karnov ./PUNCT");
        List<EntityMention> layer = resolver.resolve(c, List.of(
                place(c, 0, 1, "city"), cand(c, 0, 2, EntityType.PERSON, "model", OverlapResolver.MODEL),
                place(c, 5, 6, "city"), cand(c, 4, 6, EntityType.PERSON, "model", OverlapResolver.MODEL)));
        assertThat(layer).extracting(EntityMention::text).containsExactlyInAnyOrder("Karnov Vesterberg", "Ana Karnov");
    }

    @Test
    void aCityStaysBeforeAPlaceHeadATitleOrACountry() {
        SentenceContext c = HandText.context("Karnov Port is/VERB near/ADP Karnov Elbonia ./PUNCT");
        List<EntityMention> layer = resolver.resolve(c, List.of(
                place(c, 0, 1, "city"), cand(c, 0, 2, EntityType.PERSON, "model", OverlapResolver.MODEL),
                place(c, 5, 6, "country"), cand(c, 4, 6, EntityType.PERSON, "model", OverlapResolver.MODEL)));
        assertThat(layer).extracting(EntityMention::text).contains("Karnov", "Elbonia").doesNotContain("Karnov Port", "Karnov Elbonia");
    }

    @Test
    void aModelPlaceHoldingAGazetteerPlaceOutranksItUnlessItRunsOverADash() {
        SentenceContext c = HandText.context("Ships/NOUN left/VERB the/DET Gulf of Karnov for/ADP Karnov - The/DET port/NOUN");
        List<EntityMention> layer = resolver.resolve(c, List.of(
                place(c, 5, 6, "region"), cand(c, 3, 6, EntityType.LOCATION, "model", OverlapResolver.MODEL),
                place(c, 7, 8, "city"), cand(c, 7, 10, EntityType.LOCATION, "model", OverlapResolver.MODEL)));
        assertThat(layer).extracting(EntityMention::text).containsExactlyInAnyOrder("Gulf of Karnov", "Karnov");
    }

    @Test
    void aModelOrganizationHoldingAGazetteerOrganizationOutranksIt() {
        SentenceContext c = HandText.context("the/DET Tarvo Rail Freight unit/NOUN grew/VERB");
        List<EntityMention> layer = resolver.resolve(c, List.of(
                cand(c, 1, 3, EntityType.ORGANIZATION, "gazetteer", OverlapResolver.GAZETTEER),
                cand(c, 1, 4, EntityType.ORGANIZATION, "model", OverlapResolver.MODEL)));
        assertThat(layer).extracting(EntityMention::text).containsExactly("Tarvo Rail Freight");
    }

    @Test
    void aGazetteerOrganizationStandsBelowATitledPersonAndAboveTheModel() {
        SentenceContext c = HandText.context("Shares/NOUN of/ADP Siemens fell/VERB");
        List<EntityMention> layer = resolver.resolve(c, List.of(
                cand(c, 2, 3, EntityType.PERSON, "model", OverlapResolver.MODEL),
                cand(c, 2, 3, EntityType.ORGANIZATION, "gazetteer", OverlapResolver.GAZETTEER)));
        assertThat(layer).singleElement().satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));

        SentenceContext t = HandText.context("Minister Tomas Total spoke/VERB");
        List<EntityMention> titled = resolver.resolve(t, List.of(
                cand(t, 2, 3, EntityType.ORGANIZATION, "gazetteer", OverlapResolver.GAZETTEER),
                cand(t, 1, 3, EntityType.PERSON, "rule", OverlapResolver.TITLE_NAME)));
        assertThat(titled).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(EntityType.PERSON);
            assertThat(m.text()).isEqualTo("Tomas Total");
        });
    }

    @Test
    void aPossessiveCliticIsCutAndAGluedHyphenJoined() {
        AnalyzedTextBuilder b = new AnalyzedTextBuilder();
        SentenceContext c = b.context();
        List<EntityMention> layer = resolver.resolve(c, List.of(
                cand(c, 3, 5, EntityType.PERSON, "model", OverlapResolver.MODEL)));
        assertThat(layer).extracting(EntityMention::text).containsExactly("Al-Rashid");
    }

    /** "Omar Al-Rashid's" with the hyphen glued to both words, and the possessive clitic. */
    private static final class AnalyzedTextBuilder {
        SentenceContext context() {
            dev.eventex.text.AnalyzedText doc = new dev.eventex.text.AnalyzedText("Omar Al-Rashid's plan", List.of(
                    new dev.eventex.text.Sentence(0, 0, 21, List.of(
                            new dev.eventex.text.Token(0, "Omar", 0, 4, "PROPN", "omar"),
                            new dev.eventex.text.Token(1, "Al", 5, 7, "PROPN", "al"),
                            new dev.eventex.text.Token(2, "-", 7, 8, "PUNCT", "-"),
                            new dev.eventex.text.Token(3, "Rashid", 8, 14, "PROPN", "rashid"),
                            new dev.eventex.text.Token(4, "'s", 14, 16, "PART", "'s"),
                            new dev.eventex.text.Token(5, "plan", 17, 21, "NOUN", "plan")))));
            return HandText.context(doc, 0, new DocumentMemory());
        }
    }

    @Test
    void aLongOrganizationNameStopsWhereTheModelReadsAPersonAtItsEnd() {
        // news drops the office after a long name: "the Assembly of Resin Miners Ana Velor said"
        SentenceContext c = HandText.context("the/DET Assembly of/ADP Resin Miners Ana Velor said/VERB");
        List<EntityMention> layer = resolver.resolve(c, List.of(
                cand(c, 1, 7, EntityType.ORGANIZATION, "rule", OverlapResolver.ORGANIZATION_OF_PATTERN),
                cand(c, 5, 7, EntityType.PERSON, "model", OverlapResolver.MODEL)));
        assertThat(layer).extracting(EntityMention::text, EntityMention::type).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Assembly of Resin Miners", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Ana Velor", EntityType.PERSON));
    }

    @Test
    void aPluralNounOpensNoPersonAtAnOrganizationsEnd() {
        SentenceContext c = HandText.context("the/DET Assembly of/ADP Resin Nations Velor said/VERB");
        List<EntityMention> layer = resolver.resolve(c, List.of(
                cand(c, 1, 6, EntityType.ORGANIZATION, "rule", OverlapResolver.ORGANIZATION_OF_PATTERN),
                cand(c, 4, 6, EntityType.PERSON, "model", OverlapResolver.MODEL)));
        assertThat(layer).extracting(EntityMention::text).containsExactly("Assembly of Resin Nations Velor");
    }
}
