package dev.eventex.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Argument;
import dev.eventex.api.Document;
import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Meeting;
import dev.eventex.api.Mention;
import dev.eventex.api.SharedExtractor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An organization's office holder described by the organization's name, on texts written for these tests. */
class OrganizationOfficeTest {

    private static ExtractionResult run(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 10)));
    }

    @Test
    void theOrganizationAndTitleJoinTheNamedHolder() {
        ExtractionResult r = run("Jonas Berg, a senior envoy of the UN Secretary-General, arrived in Bamako on Monday to assess the crisis.\n\n"
                + "The UN envoy also held talks with the Malian Prime Minister, Moussa Keita, on the transition.");
        Entity berg = r.entities().stream().filter(e -> e.name().equals("Jonas Berg")).findFirst().orElseThrow();
        assertThat(berg.mentions()).extracting(Mention::text).contains("The UN envoy");
        List<Meeting> m = r.eventsOf(Meeting.class);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).participants()).extracting(Argument::name).containsExactlyInAnyOrder("Jonas Berg", "Moussa Keita");
    }

    @Test
    void aTitleFollowedByANameOpensThatName() {
        ExtractionResult r = run("The UN envoy Jonas Berg arrived in Bamako on Monday.");
        assertThat(r.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name).containsExactly("Jonas Berg");
    }

    @Test
    void aWordOfADemonymIsNoOrganization() {
        ExtractionResult r = run("Foreign Minister Lina Petrova met the Central African Prime Minister, Moussa Keita, in Bangui on Monday.");
        assertThat(r.entities()).extracting(Entity::name).doesNotContain("Central");
        assertThat(r.eventsOf(Meeting.class)).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Argument::name).containsExactlyInAnyOrder("Lina Petrova", "Moussa Keita"));
    }
}
