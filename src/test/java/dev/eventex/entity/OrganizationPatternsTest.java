package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Organization names from head words and unexplained acronyms, through the whole entity stage. */
class OrganizationPatternsTest {

    private static List<EntityMention> names(String text) {
        return EntityStage.names(text);
    }

    private static List<String> organizations(String text) {
        return names(text).stream().filter(m -> m.type() == EntityType.ORGANIZATION).map(EntityMention::text).toList();
    }

    @Test
    void anUnexplainedAcronymIsAnOrganization() {
        assertThat(organizations("A spokesman for the ZRKQ said that bus fares would rise next year."))
                .contains("ZRKQ");
    }

    @Test
    void listedAbbreviationsAreNoOrganizations() {
        assertThat(organizations("The CEO said that GDP grew while HIV cases fell, and two NGOs agreed."))
                .doesNotContain("CEO", "GDP", "HIV", "NGOs");
    }

    @Test
    void codesGluedToAHyphenAreNoOrganizations() {
        assertThat(organizations("The air force tested the new QX-21 jet over the sea."))
                .noneMatch(o -> o.startsWith("QX"));
    }

    @Test
    void anAcronymBeforeASquadLetterIsNoOrganization() {
        assertThat(organizations("In the semi-finals, VRC A will play LMT B at home.")).isEmpty();
    }

    @Test
    void aNameGoesOnWithForAfterItsHead() {
        assertThat(organizations("Delegates of the Varnic Council for the Welfare of Retired Miners met in the hall."))
                .contains("Varnic Council for the Welfare of Retired Miners");
    }

    @Test
    void aDemonymOrPlaceBeforeALongNameIsPartOfIt() {
        // news annotation keeps the whole name: "the Kenyan National Council for ..." as one organization
        assertThat(organizations("The Kenyan National Council for the Elderly opened a new office."))
                .contains("Kenyan National Council for the Elderly");
    }

    @Test
    void aWeekdayAfterOnIsNoPartOfTheName() {
        assertThat(organizations("The Tarvo Housing Commission on Monday approved the plan."))
                .contains("Tarvo Housing Commission")
                .noneMatch(o -> o.contains("Monday"));
    }

    @Test
    void andTheStartsAnotherName() {
        assertThat(organizations("Both the Central Bank of Elbonia and the Marlow Grand Hotel were named."))
                .contains("Central Bank of Elbonia")
                .noneMatch(o -> o.contains("Hotel") && o.contains("Bank"));
    }

    @Test
    void andBetweenPlainCapitalisedWordsStaysInsideTheName() {
        assertThat(organizations("The Lumber and Resin Commission of Tarvo met on Friday."))
                .contains("Lumber and Resin Commission of Tarvo");
    }

    @Test
    void andNextToAPlaceJoinsNoName() {
        assertThat(organizations("Talks between Kenya and Tarvo Resin Commission officials went on."))
                .noneMatch(o -> o.startsWith("Kenya"));
    }

    @Test
    void anOfficeBeforeAndJoinsNoName() {
        assertThat(organizations("Deputy Prime Minister and Tarvo Unity Party leader Ana Velor spoke."))
                .noneMatch(o -> o.contains("Minister"));
    }

    @Test
    void aListClosedByAndStaysInsideAnOfName() {
        assertThat(organizations("The Ministry of Resin, Lumber and Fisheries said the quota would rise."))
                .contains("Ministry of Resin, Lumber and Fisheries");
    }

    @Test
    void aListOfPlacesEndsTheOfName() {
        assertThat(organizations("The Ministry of Resin, Kenya and Uganda agreed on the quota."))
                .contains("Ministry of Resin");
    }

    @Test
    void aLeagueTakesTheWordsBeforeIt() {
        assertThat(organizations("He played in the Varnic Stars League for two seasons."))
                .contains("Varnic Stars League");
    }

    @Test
    void collegeAndCentreGoOnWithOf() {
        assertThat(organizations("She studied at the Velor College of Art and Design and worked for the Pell Centre of Insect Studies."))
                .contains("Velor College of Art and Design", "Pell Centre of Insect Studies");
    }
    @Test
    void companyNameEndingsAreHeads() {
        assertThat(organizations("Shares of Varnic Insurance rose after Tarvo Express won the contract."))
                .contains("Varnic Insurance", "Tarvo Express");
    }

    @Test
    void aPartyGoesOnWithOfAndAPlace() {
        assertThat(organizations("Delegates of the Democratic Party of Elbonia met in the hall."))
                .contains("Democratic Party of Elbonia");
    }

    @Test
    void aNameGoesOnWithAgainstAfterItsHead() {
        assertThat(organizations("The Varnic Commission Against Corruption questioned two clerks."))
                .contains("Varnic Commission Against Corruption");
    }

    @Test
    void aHeadInsideALongerNameEndsNoNameOfItsOwn() {
        assertThat(organizations("Crowds came to the Tarvo International Lantern Parade on Friday."))
                .doesNotContain("Tarvo International");
    }

    @Test
    void aTitleAfterTheHeadLeavesTheNameWhole() {
        assertThat(organizations("On Monday, the Tarvo Party Chairman Ana Velor spoke to reporters."))
                .contains("Tarvo Party");
    }
    @Test
    void aProgrammeOrInitiativeIsNoOrganization() {
        // news sets tag schemes and policies as no organization (MISC in CoNLL)
        assertThat(organizations("Loans under the Varnic Lantern and Resin Initiative and the Tarvo Reading Program grew."))
                .noneMatch(o -> o.endsWith("Initiative") || o.endsWith("Program"));
    }

    @Test
    void anOfficeAfterALongNameOpensThePersonsDescription() {
        List<EntityMention> names = names("Velor Chamber of Trade and Industry Chairwoman Ana Tarvo opened the fair.");
        assertThat(names).filteredOn(m -> m.type() == EntityType.ORGANIZATION).extracting(EntityMention::text)
                .contains("Velor Chamber of Trade and Industry");
        assertThat(names).filteredOn(m -> m.type() == EntityType.PERSON).extracting(EntityMention::text)
                .contains("Ana Tarvo");
    }

    @Test
    void anOfficeAfterTheStaysInsideTheName() {
        assertThat(organizations("A letter from the Office of the President of Tarvo reached the court."))
                .contains("Office of the President of Tarvo");
    }

    @Test
    void aListItemThatIsAnOrganizationsShortNameStaysInsideAnOfName() {
        // "Labour" is a party's short name in the gazetteer, and a subject of a ministry here
        assertThat(organizations("The Ministry of Lumber, Labour and Resin Development published a study."))
                .contains("Ministry of Lumber, Labour and Resin Development");
    }

    @Test
    void aPluralHeadOpeningTheNameIsOneOfItsSubjects() {
        assertThat(organizations("Officials of the Securities and Resin Commission met the bankers."))
                .contains("Securities and Resin Commission");
    }

    @Test
    void aSingleBodyBeforeAndStaysAName() {
        assertThat(organizations("A decision of the Cabinet and Resin Authority of Tarvo was published."))
                .noneMatch(o -> o.startsWith("Cabinet and"));
    }

    @Test
    void twoPlacesAfterTheOpenOneBodysName() {
        assertThat(organizations("A report by the Norway and Iceland Resin Board was published."))
                .contains("Norway and Iceland Resin Board");
    }

    @Test
    void timeZonesAndConditionsAreNoOrganizations() {
        assertThat(organizations("The call starts at 10 a.m. EST, and the study of ADHD and PTSD ends in May."))
                .isEmpty();
    }
}
