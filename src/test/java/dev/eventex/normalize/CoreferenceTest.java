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
        ExtractionResult r = run("Minister of State for External Affairs R Velandar brought a consignment of medicines to Lusaka "
                + "for his counterpart. Velandar said he was pleased.");
        Entity p = only(r, EntityType.PERSON, "R Velandar");
        // the whole office is the name's title (the portfolio after "for" ends before the name)
        assertThat(p.attributes()).containsEntry("title", "Minister of State for External Affairs");
        assertThat(texts(p)).contains("R Velandar", "his", "Velandar", "he");
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

    @Test
    void curlyPossessiveIsNoPartOfTheName() {
        ExtractionResult r = run("Police arrested Anna Kovacs in March. Tomas Varga, Kovacs\u2019s lawyer, said the court would rule soon.");
        Entity p = only(r, EntityType.PERSON, "Anna Kovacs");
        assertThat(texts(p)).contains("Kovacs");
        assertThat(r.entities()).noneMatch(e -> e.name().contains("\u2019"));
    }

    @Test
    void headlineVerbGluedToANameIsCutOff() {
        ExtractionResult r = run("Varga Arrives in Lithuania for Official Visit\n"
                + "President Tomas Varga has arrived in Vilnius for a two-day official visit.\n"
                + "Varga will address the parliament on Tuesday.");
        assertThat(r.entities()).noneMatch(e -> e.name().contains("Arrives"));
        assertThat(texts(only(r, EntityType.PERSON, "Tomas Varga"))).contains("Varga");
    }

    @Test
    void aNameThatIsNotRepeatedElsewhereKeepsItsHeadlineWords() {
        ExtractionResult r = run("Varga Arrives in Lithuania for Official Visit\nThe talks begin on Monday.");
        assertThat(r.entities()).noneMatch(e -> e.type() == EntityType.PERSON && e.name().equals("Varga"));
    }

    @Test
    void visitingMinisterJoinsTheNamedMinister() {
        ExtractionResult r = run("Moldovan Foreign Minister Ion Rusu arrived in Vilnius on Monday. "
                + "The visiting minister met Lithuanian President Gitis Kalnas at the presidential palace.");
        assertThat(texts(only(r, EntityType.PERSON, "Ion Rusu"))).contains("The visiting minister");
    }

    @Test
    void premierAndPontiffMatchTheOfficesTheyStandFor() {
        ExtractionResult r = run("Prime Minister Oleh Shevchuk flew to Warsaw on Friday. The premier held talks there. "
                + "The Pontiff arrived in Lisbon. Pope Leo met President Rui Costa.");
        assertThat(texts(only(r, EntityType.PERSON, "Oleh Shevchuk"))).contains("The premier");
        assertThat(texts(only(r, EntityType.PERSON, "Leo"))).contains("The Pontiff");
    }

    @Test
    void lowerCaseOfficeInAppositionNamesThePerson() {
        ExtractionResult r = run("The premier of Moldova, Dorin Popa, visited Kyiv on Friday. "
                + "The premier held talks with Ukrainian Prime Minister Oleh Shevchuk.");
        Entity popa = only(r, EntityType.PERSON, "Dorin Popa");
        assertThat(popa.attributes()).containsEntry("country", "MD");
        assertThat(texts(popa)).contains("The premier");
        assertThat(texts(only(r, EntityType.PERSON, "Oleh Shevchuk"))).doesNotContain("The premier");
    }

    @Test
    void counterpartWithADemonymTakesThePartnersOfficeInItsCountry() {
        ExtractionResult r = run("Tajikistan's President Emil Rahmonov visited Bishkek. "
                + "The Tajik leader met his Kyrgyz counterpart Almaz Beksultan.");
        Entity b = only(r, EntityType.PERSON, "Almaz Beksultan");
        assertThat(b.attributes()).containsEntry("country", "KG").containsEntry("title", "President");
        assertThat(texts(only(r, EntityType.PERSON, "Emil Rahmonov"))).contains("The Tajik leader");
        ExtractionResult bare = run("Foreign Minister Emil Rahmonov visited Bishkek and met his counterpart Almaz Beksultan.");
        assertThat(only(bare, EntityType.PERSON, "Almaz Beksultan").attributes()).doesNotContainKey("title");
    }

    @Test
    void descriptionWithACountryPrefersTheHolderOfThatCountry() {
        ExtractionResult r = run("Moldovan Foreign Minister Ion Rusu arrived in Kyiv on Thursday and met Foreign Minister Ana Lenz. "
                + "It was the first visit to Ukraine by a Moldovan minister in a decade.");
        assertThat(texts(only(r, EntityType.PERSON, "Ion Rusu"))).contains("Moldovan minister");
    }

    @Test
    void pmIsAnOfficeButNotAfterAClockTime() {
        ExtractionResult r = run("The plane landed at 5:14 PM on Friday. Prime Minister Ivo Petrak met the press. "
                + "The Moldovan PM later left for Kyiv.");
        assertThat(r.entities()).noneMatch(e -> e.type() == EntityType.PERSON && e.name().equals("PM"));
        assertThat(texts(only(r, EntityType.PERSON, "Ivo Petrak"))).contains("The Moldovan PM");
    }

    @Test
    void honorificWithFullStopsAfterTheCommaStillOpensTheName() {
        ExtractionResult r = run("Premier Ana Lenz hosted the Prime Minister of the Kingdom of Eswatini, Rt. Hon. Ivo Petrak Dlamini, "
                + "who paid a working visit to the province. On Thursday, the Eswatini Prime Minister met business leaders.");
        Entity p = only(r, EntityType.PERSON, "Ivo Petrak Dlamini");
        assertThat(p.attributes()).containsEntry("title", "Prime Minister").containsEntry("country", "SZ");
        assertThat(texts(p)).contains("the Eswatini Prime Minister");
        assertThat(texts(only(r, EntityType.PERSON, "Ana Lenz"))).doesNotContain("the Eswatini Prime Minister");
    }

    @Test
    void possessiveInAFrontedPhraseAfterADatelineLooksAhead() {
        ExtractionResult r = run("Minister Ana Lenz spoke on Monday.\n\nRIGA/BNS/. During his ongoing visit to Latvia, "
                + "Prime Minister of Moldova Ion Vlad met students.");
        assertThat(texts(only(r, EntityType.PERSON, "Ion Vlad"))).contains("his");
        assertThat(texts(only(r, EntityType.PERSON, "Ana Lenz"))).doesNotContain("his");
    }
}
