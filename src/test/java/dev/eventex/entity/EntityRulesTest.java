package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.OpenNlpTextAnalyzer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Title + name, apposition, organization patterns and hyphenated names through the whole entity stage. */
class EntityRulesTest {

    private static final OpenNlpTextAnalyzer analyzer = EntityStage.ANALYZER;
    private static final EntityRecognizer recognizer = EntityStage.RECOGNIZER;

    private static List<EntityMention> names(String text) {
        return EntityStage.names(text);
    }

    private static Optional<EntityMention> find(List<EntityMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    @Test
    void titleAndNameGivesPersonWithTitle() {
        List<EntityMention> ms = names("Foreign Minister Hakan Fidan arrived in Astana on Monday.");
        EntityMention p = find(ms, "Hakan Fidan").orElseThrow(() -> new AssertionError("no 'Hakan Fidan' in " + ms));
        assertThat(p.type()).isEqualTo(EntityType.PERSON);
        assertThat(p.attribute("title")).isEqualTo("Foreign Minister");
        assertThat(ms).noneMatch(m -> m.text().contains("Minister"));
    }

    @Test
    void appositionAfterTitleOfCountry() {
        List<EntityMention> ms = names("He met the Minister of Foreign Affairs of Mongolia, Batmunkh Battsetseg, in Ulaanbaatar.");
        EntityMention p = find(ms, "Batmunkh Battsetseg").orElseThrow(() -> new AssertionError("no person in " + ms));
        assertThat(p.type()).isEqualTo(EntityType.PERSON);
        assertThat(p.attribute("title")).isEqualTo("Minister of Foreign Affairs");
        assertThat(p.attribute("country")).isEqualTo("MN");
    }

    @Test
    void aNameRightAfterAnUnlistedPortfolioIsNotPartOfTheTitle() {
        List<EntityMention> ms = names("Minister of Basic Education Karl Vesterberg visited a school in Elbonia on Monday.");
        EntityMention p = find(ms, "Karl Vesterberg").orElseThrow(() -> new AssertionError("no person in " + ms));
        assertThat(p.type()).isEqualTo(EntityType.PERSON);
        assertThat(ms).noneMatch(m -> m.text().contains("Education Karl"));
        // words after the portfolio that name a body stay in the title: no person is cut out of them
        List<EntityMention> body = names("He wrote to the Minister of Basic Education Support Agency on Monday.");
        assertThat(body).noneMatch(m -> m.type() == EntityType.PERSON && m.text().equals("Support Agency"));
    }

    @Test
    void aPortfolioAfterForEndsTheTitleBeforeTheHoldersName() {
        List<EntityMention> ms = names("Minister of State for External Affairs V Karnovan handed over the supplies on Monday.");
        EntityMention p = find(ms, "V Karnovan").orElseThrow(() -> new AssertionError("no person in " + ms));
        assertThat(p.type()).isEqualTo(EntityType.PERSON);
        assertThat(p.attribute("title")).isEqualTo("Minister of State for External Affairs");
        // without a portfolio word to end it, a run after "for" is left to the other sources
        List<EntityMention> rights = names("Commissioner for Human Rights Navi Lerin spoke on Monday.");
        assertThat(rights).noneMatch(m -> m.type() == EntityType.PERSON && m.text().startsWith("Rights"));
        assertThat(rights).noneMatch(m -> m.text().equals("Human Rights Navi Lerin"));
    }

    @Test
    void aPortfolioJoinedByAndBelongsToTheTitleBeforeTheHoldersName() {
        List<EntityMention> ms = names("Minister of Industry and Advanced Technology Sulan Maro toured the port on Monday.");
        EntityMention p = find(ms, "Sulan Maro").orElseThrow(() -> new AssertionError("no person in " + ms));
        assertThat(p.type()).isEqualTo(EntityType.PERSON);
        assertThat(p.attribute("title")).isEqualTo("Minister of Industry and Advanced Technology");
        assertThat(ms).noneMatch(m -> m.text().contains("Technology Sulan"));
        List<EntityMention> welfare = names("Velmora's Minister for Health and Welfare Lia Brenn opened a clinic on Monday.");
        assertThat(find(welfare, "Lia Brenn")).hasValueSatisfying(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
        assertThat(welfare).noneMatch(m -> m.text().contains("Welfare Lia"));
        // "and" before a bare name joins two parties, not two portfolios
        List<EntityMention> two = names("The Minister of Finance and Ana Berg met in Tarsk on Monday.");
        assertThat(find(two, "Ana Berg")).hasValueSatisfying(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
        assertThat(two).noneMatch(m -> m.type() == EntityType.PERSON && m.text().contains("Finance and"));
    }

    @Test
    void aCountryAfterATitledNameIsThePersonsCountry() {
        List<EntityMention> ms = names("President Ana Lucia Ferreira of Brazil opened a trade fair in Hanoi on Friday.");
        EntityMention p = find(ms, "Ana Lucia Ferreira").orElseThrow(() -> new AssertionError("no person in " + ms));
        assertThat(p.attribute("title")).isEqualTo("President");
        assertThat(p.attribute("country")).isEqualTo("BR");
        // a place after "of" that is not a country gives no country
        List<EntityMention> city = names("Mayor Jonas Petrauskas of Kaunas opened a trade fair in Hanoi on Friday.");
        assertThat(find(city, "Jonas Petrauskas")).hasValueSatisfying(m -> assertThat(m.attribute("country")).isNull());
    }

    @Test
    void ministryOfForeignAffairsOfCountryIsOneOrganization() {
        List<EntityMention> ms = names("The Ministry of Foreign Affairs of Kazakhstan issued a statement.");
        EntityMention o = find(ms, "Ministry of Foreign Affairs of Kazakhstan").orElseThrow(() -> new AssertionError("no ministry in " + ms));
        assertThat(o.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(ms).noneMatch(m -> m.text().equals("Kazakhstan"));
    }

    @Test
    void foundationIsAnOrganization() {
        List<EntityMention> ms = names("Books were donated by the Otandastar Foundation to schools in Bayan-Ulgii.");
        assertThat(find(ms, "Otandastar Foundation")).hasValueSatisfying(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void embassyOfCountryIsAnOrganization() {
        List<EntityMention> ms = names("A reception was held at the Embassy of Japan last week.");
        assertThat(find(ms, "Embassy of Japan")).hasValueSatisfying(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void hyphenatedGivenNameStaysInThePersonSpan() {
        List<EntityMention> ms = names("President Kassym-Jomart Tokayev received the delegation.");
        EntityMention p = find(ms, "Kassym-Jomart Tokayev").orElseThrow(() -> new AssertionError("no full name in " + ms));
        assertThat(p.type()).isEqualTo(EntityType.PERSON);
        assertThat(p.attribute("title")).isEqualTo("President");
    }

    @Test
    void hyphenedLowerCaseParticleStaysInTheTitledName() {
        // "al-" glued to the family name: the tokenizer splits it, and a lower-case "al" alone ended the name
        List<EntityMention> ms = names("Elbonian President Omar Hadi al-Zamani received the delegation.");
        EntityMention p = find(ms, "Omar Hadi al-Zamani").orElseThrow(() -> new AssertionError("no full name in " + ms));
        assertThat(p.type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void hyphenatedNameWithoutTitle() {
        List<EntityMention> ms = names("Talks with Kassym-Jomart Tokayev lasted two hours.");
        assertThat(ms).noneMatch(m -> m.text().equals("Jomart Tokayev") || m.text().equals("Kassym"));
    }

    @Test
    void spacedHyphenIsNotJoined() {
        AnalyzedText doc = analyzer.analyze("Astana - Kazakhstan and Mongolia signed a deal.");
        List<EntityMention> ms = recognizer.recognize(doc);
        assertThat(ms).noneMatch(m -> m.text().contains(" - "));
    }

    @Test
    void numberWordAfterTheIsNotAQuantity() {
        AnalyzedText doc = analyzer.analyze("The two sides discussed trade, and the two Presidents signed three agreements.");
        List<EntityMention> values = recognizer.recognize(doc).stream().filter(m -> m.kind() == MentionKind.VALUE).toList();
        assertThat(values).extracting(EntityMention::text).containsExactly("three");
    }

    @Test
    void continentsAndRegionsAreLocations() {
        List<EntityMention> ms = names("Exports to Latin America and Southeast Asia grew.");
        assertThat(find(ms, "Latin America")).hasValueSatisfying(m -> assertThat(m.type()).isEqualTo(EntityType.LOCATION));
        assertThat(find(ms, "Southeast Asia")).hasValueSatisfying(m -> assertThat(m.type()).isEqualTo(EntityType.LOCATION));
    }

    @Test
    void anHonorificInAnAppositionKeepsTheOfficeBeforeIt() {
        List<EntityMention> ms = names("President of the Republic of Ghana, His Excellency Kofi Mensah Boateng, arrived in Lima.");
        EntityMention p = find(ms, "Kofi Mensah Boateng").orElseThrow(() -> new AssertionError("no name in " + ms));
        assertThat(p.attribute("title")).isEqualTo("President");
        assertThat(p.attribute("country")).isEqualTo("GH");
        // a second office after the comma is another person, not an honorific
        List<EntityMention> two = names("The President of Ghana, Prime Minister Rosa Dlamini and the Speaker attended.");
        assertThat(find(two, "Rosa Dlamini")).hasValueSatisfying(m -> assertThat(m.attribute("title")).isEqualTo("Prime Minister"));
    }

    @Test
    void acronymWithMatchingInitialsMakesTheWordsBeforeItAnOrganization() {
        List<EntityMention> ms = names("Funds came from the Northern Rivers Water Board (NRWB) last year. Later the NRWB said it would build two dams.");
        assertThat(find(ms, "Northern Rivers Water Board")).hasValueSatisfying(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
        assertThat(ms.stream().filter(m -> m.text().equals("NRWB"))).hasSize(2)
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void acronymWithOtherInitialsLeavesTheNameAlone() {
        List<EntityMention> ms = names("The Kestrel Valley Cooperative (XQZ) opened a shop.");
        assertThat(ms).noneMatch(m -> m.text().equals("Kestrel Valley Cooperative") && m.source().equals("rule"));
    }

    @Test
    void wellKnownCompaniesAndFoundationsAreOrganizations() {
        List<EntityMention> ms = names("The vaccines were paid for by the Rockefeller Foundation and delivered by Maersk.");
        assertThat(find(ms, "Rockefeller Foundation")).hasValueSatisfying(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
        assertThat(find(ms, "Maersk")).hasValueSatisfying(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void aFaithIsNoPlace() {
        List<EntityMention> ms = names("The minister said that many villagers converted from Islam to Christianity.");
        assertThat(ms).noneMatch(m -> m.type() == EntityType.LOCATION && (m.text().equals("Islam") || m.text().equals("Christianity")));
    }

    @Test
    void anAllCapsHeadlineIsReadWithoutCase() {
        List<EntityMention> ms = names("WORLD FOOD PROGRAMME DELIVERS AID TO FLOOD VICTIMS IN KENYA");
        assertThat(find(ms, "WORLD FOOD PROGRAMME")).hasValueSatisfying(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
        assertThat(find(ms, "KENYA")).hasValueSatisfying(m -> assertThat(m.type()).isEqualTo(EntityType.LOCATION));
        assertThat(ms).noneMatch(m -> m.text().contains("DELIVERS") || m.text().contains("FLOOD"));
    }

    @Test
    void anOfficeInAnAppositionIsThePersonsTitle() {
        List<EntityMention> ms = names("Lena Park, a special adviser to the agency, arrived on Monday.");
        assertThat(find(ms, "Lena Park")).hasValueSatisfying(m -> assertThat(m.attribute("title")).isEqualTo("Special Adviser"));
        List<EntityMention> plain = names("Lena Park, a retired teacher, arrived on Monday.");
        assertThat(find(plain, "Lena Park")).hasValueSatisfying(m -> assertThat(m.attribute("title")).isNull());
    }

    @Test
    void anEnvoysPostingAndAnHonorificStillGiveTheNameItsOffice() {
        List<EntityMention> ms = names("High Commissioner of India to Ghana, Shri Ravi Menon, opened the library on Friday.");
        EntityMention p = find(ms, "Ravi Menon").orElseThrow(() -> new AssertionError("no name in " + ms));
        assertThat(p.attribute("title")).isEqualTo("High Commissioner");
        assertThat(p.attribute("country")).isEqualTo("IN");
    }
}
