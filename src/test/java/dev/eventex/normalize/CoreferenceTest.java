package dev.eventex.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Mention;
import dev.eventex.api.SharedExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One entity per referent, on texts written for these tests. */
class CoreferenceTest {

    private static ExtractionResult run(String text) {
        return SharedExtractor.defaults().extract(Document.of("t", text));
    }

    private static Entity only(ExtractionResult r, EntityType type, String name) {
        List<Entity> es = r.entities().stream().filter(e -> e.type() == type && e.name().equals(name)).toList();
        assertThat(es).as("entities named %s", name).hasSize(1);
        return es.get(0);
    }

    private static List<String> texts(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void surnameTitleAndPronounJoinThePerson() {
        ExtractionResult r = run("Foreign Minister Amina Wanjiru Mwangi arrived in Dar es Salaam on Monday. "
                + "Mwangi said the talks were useful. The Foreign Minister added that she would return in June. "
                + "Her visit ends on Friday.");
        Entity p = only(r, EntityType.PERSON, "Amina Wanjiru Mwangi");
        assertThat(texts(p)).contains("Mwangi", "The Foreign Minister", "she", "Her");
        assertThat(p.attributes()).containsEntry("title", "Foreign Minister");
    }

    @Test
    void demonymPhrasesJoinTheirCountry() {
        ExtractionResult r = run("The Mongolian side welcomed the proposal. Mongolia will host the next round, "
                + "and Kazakh authorities agreed with Kazakhstan's foreign ministry.");
        Entity mn = only(r, EntityType.LOCATION, "Mongolia");
        assertThat(mn.code()).isEqualTo("MN");
        assertThat(texts(mn)).contains("The Mongolian side", "Mongolia");
        Entity kz = only(r, EntityType.LOCATION, "Kazakhstan");
        assertThat(texts(kz)).contains("Kazakh authorities");
    }

    @Test
    void organizationAliasesAreOneEntity() {
        ExtractionResult r = run("The Kazakh MFA issued a statement. The Ministry of Foreign Affairs of Kazakhstan also thanked Mongolia.");
        Entity mfa = only(r, EntityType.ORGANIZATION, "Ministry of Foreign Affairs of Kazakhstan");
        assertThat(texts(mfa)).containsExactly("Kazakh MFA", "Ministry of Foreign Affairs of Kazakhstan");
    }

    @Test
    void citiesCarryTheirCountryCode() {
        ExtractionResult r = run("The delegation flew from Almaty to Ulaanbaatar.");
        assertThat(only(r, EntityType.LOCATION, "Ulaanbaatar").code()).isEqualTo("MN");
        assertThat(only(r, EntityType.LOCATION, "Almaty").attributes()).containsEntry("country", "KZ");
    }

    @Test
    void twoPeopleWithTheSameSurnameStayApartWhenNamedInFull() {
        ExtractionResult r = run("President John Mbeki met Prime Minister Grace Mbeki in Nairobi.");
        assertThat(r.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name))
                .contains("John Mbeki", "Grace Mbeki");
    }

    @Test
    void demonymLeaderJoinsTheRecentSubject() {
        ExtractionResult r = run("President Tomas Orlen Varga began a tour of three states on Monday. "
                + "Varga opened the tour in Bamako. In the capital, the Hungarian leader met President Ilse Maronde.");
        Entity p = only(r, EntityType.PERSON, "Tomas Orlen Varga");
        assertThat(texts(p)).contains("the Hungarian leader");
        assertThat(r.entities()).noneMatch(e -> e.name().contains("leader"));
    }

    @Test
    void demonymLeaderStaysApartWhenTheSubjectHasAnotherCountry() {
        ExtractionResult r = run("Kenyan President Jomo Adeke Waweru arrived in Accra on Monday. "
                + "Waweru was received at the airport. Later the Hungarian leader spoke to reporters.");
        Entity p = only(r, EntityType.PERSON, "Jomo Adeke Waweru");
        assertThat(texts(p)).doesNotContain("the Hungarian leader");
    }

    @Test
    void titleWithPortfolioOpensTheNameThatFollows() {
        ExtractionResult r = run("Minister of State for External Affairs R Velandar, on his visit to Lusaka on Tuesday, "
                + "handed over a consignment of medicines. Velandar said he was pleased.");
        Entity p = only(r, EntityType.PERSON, "R Velandar");
        assertThat(texts(p)).contains("Minister of State", "his", "Velandar");
        assertThat(r.entities()).noneMatch(e -> e.type() == EntityType.PERSON && e.name().equals("Minister of State"));
    }

    @Test
    void bareHeadOfStateJoinsOnlyATitledSubject() {
        ExtractionResult r = run("President Ilse Maronde Kovar flew to Lima on Monday. "
                + "The head of state, who had visited the city in 2019, opened a trade fair.");
        Entity p = only(r, EntityType.PERSON, "Ilse Maronde Kovar");
        assertThat(texts(p)).contains("The head of state");
        ExtractionResult untitled = run("Ilse Maronde Kovar flew to Lima on Monday. "
                + "The head of state, who had visited the city in 2019, opened a trade fair.");
        assertThat(texts(only(untitled, EntityType.PERSON, "Ilse Maronde Kovar"))).doesNotContain("The head of state");
    }
}
