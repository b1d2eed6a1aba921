package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import dev.eventex.text.AnalyzedText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A place or demonym before an organization's name is split off; the organization keeps what the whole resolved to. */
class PlaceLedOrganizationsTest {

    private final PlaceLedOrganizations placeLed = new PlaceLedOrganizations(HandText.GAZETTEER);

    private static EntityMention org(SentenceContext c, int start, int end, String key, String code) {
        return c.mention(start, end, EntityType.ORGANIZATION, MentionKind.NAME, key, code, "model", Map.of());
    }

    @Test
    void aDemonymIsDroppedAndTheBodyKeepsItsCountryAndWholeName() {
        SentenceContext c = HandText.context("the/DET Kenyan Water Board met/VERB");
        List<EntityMention> out = placeLed.split(c, List.of(org(c, 1, 4, null, null)));
        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Water Board");
            assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
            assertThat(m.key()).as("two countries' water boards stay apart").isEqualTo("Kenyan Water Board");
            assertThat(m.code()).isEqualTo("KE");
        });
    }

    @Test
    void aPlaceBecomesALocationThatOnlyQualifiesTheBody() {
        SentenceContext c = HandText.context("Nairobi City Council voted/VERB");
        List<EntityMention> out = placeLed.split(c, List.of(org(c, 0, 3, null, null)));
        assertThat(out).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(named("Nairobi", EntityType.LOCATION), named("City Council", EntityType.ORGANIZATION));
        assertThat(out.get(0).qualifiesNextName()).isTrue();
        assertThat(out.get(0).code()).isEqualTo("KE");
        assertThat(out.get(1).qualifiesNextName()).isFalse();
    }

    @Test
    void aPossessiveBetweenPlaceAndBodyBelongsToNeither() {
        SentenceContext c = HandText.context("Kenya 's/PART Water Board met/VERB");
        List<EntityMention> out = placeLed.split(c, List.of(org(c, 0, 4, "Tarvo Water Authority", "KE")));
        assertThat(out).extracting(EntityMention::text).containsExactly("Kenya", "Water Board");
        assertThat(out.get(1).key()).as("a canonical name is kept as it is").isEqualTo("Tarvo Water Authority");
    }

    @Test
    void aListedQualifierOfARegionOrFaithIsDroppedLikeADemonym() {
        SentenceContext c = HandText.context("the/DET Catholic Tarvo Council and/CCONJ the/DET European Tarvo Union");
        List<EntityMention> out = placeLed.split(c, List.of(org(c, 1, 4, null, null), org(c, 6, 9, null, null)));
        assertThat(out).extracting(EntityMention::text, EntityMention::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Tarvo Council", "Catholic Tarvo Council"),
                org.assertj.core.groups.Tuple.tuple("Tarvo Union", "European Tarvo Union"));
        assertThat(out).allSatisfy(m -> assertThat(m.code()).isNull());
    }

    @Test
    void aPlaceTheGazetteerLacksCountsOnceTheDocumentNamedItAlone() {
        AnalyzedText doc = HandText.doc("Storms/NOUN hit/VERB Tarvo ./PUNCT", "The/DET Tarvo Harbour Board met/VERB ./PUNCT");
        SentenceContext fresh = HandText.context(doc, 1, new DocumentMemory());
        List<EntityMention> layer = List.of(org(fresh, 1, 4, null, null));
        assertThat(placeLed.split(fresh, layer)).as("not yet named as a place").isSameAs(layer);

        DocumentMemory memory = new DocumentMemory();
        SentenceContext first = HandText.context(doc, 0, memory);
        placeLed.split(first, List.of(first.mention(2, 3, EntityType.LOCATION, MentionKind.NAME, null, null, "model", Map.of())));
        SentenceContext second = HandText.context(doc, 1, memory);
        assertThat(placeLed.split(second, List.of(org(second, 1, 4, null, null))))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(named("Tarvo", EntityType.LOCATION), named("Harbour Board", EntityType.ORGANIZATION));
    }

    @Test
    void namesThatAreNotPlaceLedStayWhole() {
        SentenceContext c = HandText.context("the/DET Kenyan - Tarvo Council and/CCONJ the/DET Russian Federation and/CCONJ Tarvo Water Board");
        List<EntityMention> layer = List.of(org(c, 1, 5, null, null), org(c, 7, 9, null, null), org(c, 10, 13, null, null));
        assertThat(placeLed.split(c, layer)).as("a hyphen, a whole place name, no place at all").isSameAs(layer);

        SentenceContext person = HandText.context("Kenya Water spoke/VERB");
        List<EntityMention> persons = List.of(person.mention(0, 2, EntityType.PERSON, MentionKind.NAME, null, null, "model", Map.of()));
        assertThat(placeLed.split(person, persons)).as("only organizations").isSameAs(persons);
    }

    @Test
    void theRecognizerSplitsAfterTheDescriptionsReadTheWholeName() {
        EntityRecognizer recognizer = new EntityRecognizer(HandText.GAZETTEER, null, HandText.VALUES, HandText.LEXICONS);
        List<EntityMention> found = recognizer.recognize(HandText.doc("the/DET Kenyan Health Ministry said/VERB"));
        assertThat(found).filteredOn(m -> m.kind() == MentionKind.NAME).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Health Ministry");
            assertThat(m.code()).isEqualTo("KE");
        });
    }

    private static org.assertj.core.groups.Tuple named(String text, EntityType type) {
        return org.assertj.core.groups.Tuple.tuple(text, type);
    }
}
