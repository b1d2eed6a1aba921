package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import dev.eventex.text.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each mention source on hand-built token input, without the name model. */
class MentionSourcesTest {

    private static List<Candidate> propose(MentionSource source, SentenceContext c) {
        List<Candidate> out = new ArrayList<>();
        source.propose(c, out);
        return out;
    }

    private static List<String> texts(List<Candidate> cands) {
        return cands.stream().map(k -> k.mention().text()).toList();
    }

    private static EntityMention name(SentenceContext c, int start, int end, EntityType type, String source) {
        return c.mention(start, end, type, MentionKind.NAME, null, null, source, Map.of());
    }

    @Test
    void valuesAreProposedAboveEveryName() {
        SentenceContext c = HandText.context("The/DET fund/NOUN gave/VERB $ 40 million/NUM on/ADP 3 May 2024 ./PUNCT");
        List<Candidate> cands = propose(new ValueSource(HandText.VALUES), c);
        assertThat(cands).isNotEmpty().allMatch(k -> k.priority() == OverlapResolver.VALUE);
        assertThat(cands).anyMatch(k -> k.mention().type() == EntityType.MONEY);
        assertThat(cands).anyMatch(k -> k.mention().type() == EntityType.DATE);
    }

    @Test
    void gazetteerNamesCarryTheirCodeButNotInsideATitle() {
        SentenceContext c = HandText.context("The/DET Foreign Minister left/VERB Kenya on/ADP Friday ./PUNCT");
        List<Candidate> cands = propose(new GazetteerSource(HandText.GAZETTEER), c);
        assertThat(cands).anyMatch(k -> k.mention().text().equals("Kenya") && k.mention().type() == EntityType.LOCATION
                && "KE".equals(k.mention().code()) && k.priority() == OverlapResolver.GAZETTEER);
        assertThat(texts(cands)).doesNotContain("Foreign");
    }

    @Test
    void aTitleBeforeANameMakesAPersonWithThatTitle() {
        SentenceContext c = HandText.context("Foreign Minister Tomas Varga arrived/VERB on/ADP Monday ./PUNCT");
        List<Candidate> cands = propose(new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS), c);
        assertThat(cands).singleElement().satisfies(k -> {
            assertThat(k.mention().text()).isEqualTo("Tomas Varga");
            assertThat(k.mention().type()).isEqualTo(EntityType.PERSON);
            assertThat(k.mention().attribute("title")).isEqualTo("Foreign Minister");
            assertThat(k.priority()).isEqualTo(OverlapResolver.TITLE_NAME);
        });
    }

    @Test
    void lowerCaseWordsBeforeALowerCaseTitleAreTheOfficesAndTheNameAPerson() {
        // wire copy writes descriptive offices in lower case: "peace envoy", "foreign policy chief"
        TitleNameSource titles = new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS);
        SentenceContext c = HandText.context("Elbonian/ADJ peace/NOUN envoy/NOUN Tomas Varga arrived/VERB on/ADP Monday ./PUNCT");
        assertThat(propose(titles, c)).singleElement().satisfies(k -> {
            assertThat(k.mention().text()).isEqualTo("Tomas Varga");
            assertThat(k.mention().attribute("title")).isEqualTo("peace envoy");
        });
        SentenceContext d = HandText.context("EU foreign/ADJ policy/NOUN chief/NOUN Ana Velor will/AUX visit/VERB Tarvo ./PUNCT");
        assertThat(propose(titles, d)).singleElement().satisfies(k -> {
            assertThat(k.mention().text()).isEqualTo("Ana Velor");
            assertThat(k.mention().attribute("title")).isEqualTo("foreign policy chief");
        });
    }

    @Test
    void ranksWrittenWithoutFullStopsAreTitlesAndALoneLetterIsNoName() {
        TitleNameSource titles = new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS);
        assertThat(propose(titles, HandText.context("Gen Tomas Varga arrived/VERB on/ADP Monday ./PUNCT")))
                .singleElement().satisfies(k -> {
                    assertThat(k.mention().text()).isEqualTo("Tomas Varga");
                    assertThat(k.mention().attribute("title")).isEqualTo("Gen");
                });
        assertThat(texts(propose(titles, HandText.context("Lt Col Ana Berg spoke/VERB ./PUNCT")))).containsExactly("Ana Berg");
        assertThat(texts(propose(titles, HandText.context("Prof Ana Berg and/CCONJ Madam Rita Solo spoke/VERB ./PUNCT"))))
                .as("forms of address without a full stop").containsExactly("Ana Berg", "Rita Solo");
        // "Gen Z" is a generation, not General Z; "Mr X" and an initial before a full stop stay names
        assertThat(propose(titles, HandText.context("Many/ADJ Gen Z shoppers/NOUN agree/VERB ./PUNCT"))).isEmpty();
        assertThat(texts(propose(titles, HandText.context("He/PRON called/VERB him/PRON Mr X in/ADP court/NOUN ./PUNCT"))))
                .containsExactly("X");
    }

    @Test
    void anEnvoyNamedByDemonymAndPostingIsThePersonInTheApposition() {
        SentenceContext c = HandText.context("Ana/PROPN Rojas/PROPN received/VERB the/DET Norwegian/ADJ Ambassador to/ADP Peru ,/PUNCT "
                + "Lars Tomren ,/PUNCT on/ADP Monday ./PUNCT");
        List<Candidate> cands = propose(new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS), c);
        assertThat(cands).singleElement().satisfies(k -> {
            assertThat(k.mention().text()).isEqualTo("Lars Tomren");
            assertThat(k.mention().type()).isEqualTo(EntityType.PERSON);
            assertThat(k.priority()).isEqualTo(OverlapResolver.TITLE_NAME);
        });
    }

    @Test
    void portfolioWordsAfterATitleEndingOnOneAreTheOfficesNotAName() {
        TitleNameSource titles = new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS);
        SentenceContext c = HandText.context("Karim/PROPN Osso/PROPN ,/PUNCT Deputy Prime Minister for Defence Affairs ,/PUNCT "
                + "received/VERB Amir/PROPN Velo/PROPN ./PUNCT");
        assertThat(texts(propose(titles, c))).doesNotContain("Affairs");
        assertThat(propose(titles, HandText.context("Minister for Defence Affairs Ana Berg spoke/VERB ./PUNCT")))
                .singleElement().satisfies(k -> {
                    assertThat(k.mention().text()).isEqualTo("Ana Berg");
                    assertThat(k.mention().attribute("title")).isEqualTo("Minister for Defence Affairs");
                });
    }

    @Test
    void aTitleWithoutANameIsADescription() {
        SentenceContext c = HandText.context("the/DET visiting/VERB minister/NOUN spoke/VERB ./PUNCT");
        assertThat(propose(new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS), c)).isEmpty();
        assertThat(c.descriptors).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(MentionKind.NOMINAL);
            assertThat(d.type()).isEqualTo(EntityType.PERSON);
            assertThat(d.text()).isEqualTo("the visiting minister");
        });
    }

    @Test
    void anOfficeInTheAppositionAfterANameBecomesItsTitle() {
        SentenceContext c = HandText.context(
                "Ana Petrov ,/PUNCT a/DET senior/ADJ adviser/NOUN to/ADP the/DET Prime Minister ,/PUNCT said/VERB so/ADV");
        List<EntityMention> layer = new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS)
                .refine(c, List.of(name(c, 0, 2, EntityType.PERSON, "model")));
        assertThat(layer.get(0).attribute("title")).isNotNull();
    }

    @Test
    void aTitleWordBeforeOnlyOrganizationHeadsOpensABodyNotAPerson() {
        TitleNameSource titles = new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS);
        assertThat(propose(titles, HandText.context("The/DET Justice Ministry said/VERB on/ADP Monday ./PUNCT"))).isEmpty();
        assertThat(propose(titles, HandText.context("the/DET Representative Office of/ADP Tarvo opened/VERB ./PUNCT"))).isEmpty();
        // a surname that is also a head still follows a given name
        assertThat(texts(propose(titles, HandText.context("Justice Ana Court ruled/VERB on/ADP Monday ./PUNCT"))))
                .containsExactly("Ana Court");
    }

    @Test
    void organizationHeadsMakeNames() {
        SentenceContext c = HandText.context("The/DET Tarvo Housing Board and/CCONJ the/DET Ministry of/ADP Water Affairs met/VERB");
        List<Candidate> cands = propose(new OrganizationPatternSource(HandText.GAZETTEER, HandText.LEXICONS), c);
        assertThat(cands).anyMatch(k -> k.mention().text().equals("Tarvo Housing Board")
                && k.priority() == OverlapResolver.ORGANIZATION_HEAD_PATTERN);
        assertThat(cands).anyMatch(k -> k.mention().text().equals("Ministry of Water Affairs")
                && k.priority() == OverlapResolver.ORGANIZATION_OF_PATTERN);
        assertThat(cands).allMatch(k -> k.mention().type() == EntityType.ORGANIZATION);
    }

    @Test
    void anAcronymDefinedAfterANameIsKnownForTheRestOfTheDocument() {
        AnalyzedText doc = HandText.doc("The/DET Tarvo Housing Board (/PUNCT THB )/PUNCT met/VERB",
                "Later/ADV THB said/VERB no/DET");
        DocumentMemory memory = new DocumentMemory();
        AcronymSource acronyms = new AcronymSource(HandText.GAZETTEER, HandText.LEXICONS);
        SentenceContext first = HandText.context(doc, 0, memory);
        acronyms.refine(first, List.of(name(first, 1, 4, EntityType.ORGANIZATION, "rule")));
        SentenceContext second = HandText.context(doc, 1, memory);
        List<EntityMention> layer = acronyms.refine(second, List.of());
        assertThat(layer).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("THB");
            assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
        });
        SentenceContext elsewhere = HandText.context(HandText.doc("Later/ADV THB said/VERB no/DET"), 0, new DocumentMemory());
        assertThat(acronyms.refine(elsewhere, List.of())).isEmpty();
    }

    @Test
    void initialsBeforeAnAcronymNameAnOrganization() {
        SentenceContext c = HandText.context("The/DET Grenvale Water Utility (/PUNCT GWU )/PUNCT raised/VERB fees/NOUN");
        List<EntityMention> layer = new AcronymSource(HandText.GAZETTEER, HandText.LEXICONS).refine(c, List.of());
        assertThat(layer).anyMatch(m -> m.text().equals("Grenvale Water Utility") && m.type() == EntityType.ORGANIZATION);
        assertThat(c.memory.acronym("GWU")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aKnownPersonsSurnameIsAPersonLaterInTheDocument() {
        AnalyzedText doc = HandText.doc("Tomas Varga arrived/VERB", "Varga smiled/VERB", "Lenka waved/VERB", "Lenka left/VERB");
        DocumentMemory memory = new DocumentMemory();
        KnownPersonSource known = new KnownPersonSource(HandText.LEXICONS);
        SentenceContext first = HandText.context(doc, 0, memory);
        assertThat(propose(known, first)).isEmpty();
        known.refine(first, List.of(name(first, 0, 2, EntityType.PERSON, "model")));
        List<Candidate> later = propose(known, HandText.context(doc, 1, memory));
        assertThat(later).singleElement().satisfies(k -> {
            assertThat(k.mention().text()).isEqualTo("Varga");
            assertThat(k.mention().type()).isEqualTo(EntityType.PERSON);
            assertThat(k.priority()).isEqualTo(OverlapResolver.KNOWN_PERSON);
        });
        // a lone model guess is not sure enough to remember
        SentenceContext third = HandText.context(doc, 2, memory);
        known.refine(third, List.of(name(third, 0, 1, EntityType.PERSON, "model")));
        assertThat(propose(known, HandText.context(doc, 3, memory))).isEmpty();
    }

    @Test
    void aPersonProposedByAnotherSourceIsNotProposedAgain() {
        AnalyzedText doc = HandText.doc("Tomas Varga arrived/VERB", "Varga smiled/VERB");
        DocumentMemory memory = new DocumentMemory();
        KnownPersonSource known = new KnownPersonSource(HandText.LEXICONS);
        SentenceContext first = HandText.context(doc, 0, memory);
        known.refine(first, List.of(name(first, 0, 2, EntityType.PERSON, "rule")));
        SentenceContext second = HandText.context(doc, 1, memory);
        List<Candidate> cands = new ArrayList<>(List.of(new Candidate(name(second, 0, 1, EntityType.PERSON, "model"), 20)));
        known.propose(second, cands);
        assertThat(cands).hasSize(1);
    }

    @Test
    void demonymsBeforeASideNounStandForTheirCountry() {
        SentenceContext c = HandText.context("the/DET Kenyan/ADJ side/NOUN and/CCONJ both/DET countries/NOUN agreed/VERB");
        List<EntityMention> out = new ArrayList<>();
        new DemonymPhraseSource(HandText.GAZETTEER, HandText.LEXICONS).describe(c, List.of(), out);
        assertThat(out).anyMatch(m -> m.text().equals("the Kenyan side") && "KE".equals(m.code()) && m.type() == EntityType.LOCATION);
        assertThat(out).anyMatch(m -> m.text().equals("both countries") && "#pair".equals(m.key()));
    }

    @Test
    void aDemonymSharesTheQualifiedGroupOfTheNextOne() {
        SentenceContext c = HandText.context("Kenyan/ADJ and/CCONJ Ugandan/ADJ security/NOUN officials/NOUN met/VERB");
        List<EntityMention> out = new ArrayList<>();
        new DemonymPhraseSource(HandText.GAZETTEER, HandText.LEXICONS).describe(c, List.of(), out);
        assertThat(out).anyMatch(m -> m.text().equals("Kenyan") && "KE".equals(m.code()) && m.type() == EntityType.LOCATION);
    }

    @Test
    void aDemonymSharesTheGroupOfACountryWrittenAsAModifier() {
        SentenceContext c = HandText.context("Kenyan/ADJ and/CCONJ Uganda/PROPN officials/NOUN met/VERB");
        List<EntityMention> out = new ArrayList<>();
        new DemonymPhraseSource(HandText.GAZETTEER, HandText.LEXICONS).describe(c, List.of(), out);
        assertThat(out).anyMatch(m -> m.text().equals("Kenyan") && "KE".equals(m.code()));
    }

    @Test
    void aDemonymBeforeANounThatIsNoGroupStandsAlone() {
        // "Kenyan and Ugandan border towns": towns are no party, so the first demonym names nothing of its own
        SentenceContext c = HandText.context("Kenyan/ADJ and/CCONJ Ugandan/ADJ border/NOUN towns/NOUN flooded/VERB");
        List<EntityMention> out = new ArrayList<>();
        new DemonymPhraseSource(HandText.GAZETTEER, HandText.LEXICONS).describe(c, List.of(), out);
        assertThat(out).noneMatch(m -> m.text().equals("Kenyan"));
    }

    @Test
    void pronounsArePersonsWithAGender() {
        SentenceContext c = HandText.context("She/PRON thanked/VERB him/PRON");
        List<EntityMention> out = new ArrayList<>();
        new PronounSource(HandText.LEXICONS).describe(c, List.of(), out);
        assertThat(out).extracting(m -> m.attribute("gender")).containsExactly("f", "m");
        assertThat(out).allMatch(m -> m.kind() == MentionKind.PRONOUN && m.type() == EntityType.PERSON);
    }

    @Test
    void aGroupTakesTheOrganizationItBelongsTo() {
        SentenceContext c = HandText.context("members/NOUN of/ADP the/DET Tarvo Housing Board voted/VERB");
        List<EntityMention> out = new ArrayList<>();
        new GroupSource(HandText.GAZETTEER, HandText.LEXICONS).describe(c, List.of(name(c, 3, 6, EntityType.ORGANIZATION, "rule")), out);
        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("members of the Tarvo Housing Board");
            assertThat(m.kind()).isEqualTo(MentionKind.GROUP);
        });
    }

    @Test
    void aVerbInSAfterHeOrSheIsNoGroup() {
        SentenceContext c = HandText.context("He/PRON heads/VERB back/ADV to/ADP Karsk/PROPN");
        List<EntityMention> out = new ArrayList<>();
        new GroupSource(HandText.GAZETTEER, HandText.LEXICONS).describe(c, List.of(), out);
        assertThat(out).isEmpty();
        SentenceContext plain = HandText.context("the/DET heads/VERB of/ADP the/DET agencies/NOUN met/VERB");
        List<EntityMention> groups = new ArrayList<>();
        new GroupSource(HandText.GAZETTEER, HandText.LEXICONS).describe(plain, List.of(), groups);
        assertThat(groups).isNotEmpty();
    }

    @Test
    void oneOfficialIsAPartyOnlyWithTheCountryNamedInThePhrase() {
        SentenceContext c = HandText.context("a/DET senior/ADJ Kenyan/ADJ official/NOUN arrived/VERB");
        List<EntityMention> out = new ArrayList<>();
        new GroupSource(HandText.GAZETTEER, HandText.LEXICONS).describe(c, List.of(), out);
        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("a senior Kenyan official");
            assertThat(m.code()).isEqualTo("KE");
        });
        SentenceContext from = HandText.context("a/DET diplomat/NOUN from/ADP Chile met/VERB");
        List<EntityMention> chile = new ArrayList<>();
        new GroupSource(HandText.GAZETTEER, HandText.LEXICONS).describe(from, List.of(name(from, 3, 4, EntityType.LOCATION, "gazetteer")), chile);
        assertThat(chile).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("a diplomat from Chile"));
        SentenceContext definite = HandText.context("Osk is/AUX the/DET most/ADV senior/ADJ Kenyan/ADJ official/NOUN to/PART visit/VERB");
        List<EntityMention> described = new ArrayList<>();
        new GroupSource(HandText.GAZETTEER, HandText.LEXICONS).describe(definite, List.of(), described);
        assertThat(described).isEmpty();
        SentenceContext alone = HandText.context("an/DET official/NOUN said/VERB");
        List<EntityMention> none = new ArrayList<>();
        new GroupSource(HandText.GAZETTEER, HandText.LEXICONS).describe(alone, List.of(), none);
        assertThat(none).isEmpty();
    }

    @Test
    void aTeamOrACoupleIsAPartyOnlyWithItsMembersItsBodyOrItsOfficeTold() {
        GroupSource groups = new GroupSource(HandText.GAZETTEER, HandText.LEXICONS);
        SentenceContext members = HandText.context("a/DET team/NOUN of/ADP inspectors/NOUN from/ADP the/DET Tarvo Energy Agency visited/VERB");
        List<EntityMention> inspectors = new ArrayList<>();
        groups.describe(members, List.of(name(members, 6, 9, EntityType.ORGANIZATION, "rule")), inspectors);
        assertThat(inspectors).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("a team of inspectors from the Tarvo Energy Agency");
            assertThat(m.attribute("head")).isEqualTo("team");
        });
        SentenceContext body = HandText.context("another/DET team/NOUN from/ADP the/DET Tarvo Energy Agency will/AUX visit/VERB");
        List<EntityMention> fromBody = new ArrayList<>();
        groups.describe(body, List.of(name(body, 4, 7, EntityType.ORGANIZATION, "rule")), fromBody);
        assertThat(fromBody).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("team from the Tarvo Energy Agency"));
        SentenceContext office = HandText.context("the/DET royal/ADJ couple/NOUN will/AUX visit/VERB Karsk");
        List<EntityMention> royal = new ArrayList<>();
        groups.describe(office, List.of(), royal);
        assertThat(royal).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("the royal couple"));
        for (String none : List.of("the/DET national/ADJ team/NOUN arrived/VERB", "a/DET couple/NOUN from/ADP Kenya arrived/VERB",
                "a/DET team/NOUN of/ADP doctors/NOUN arrived/VERB", "the/DET rebel/NOUN group/NOUN met/VERB")) {
            SentenceContext c = HandText.context(none);
            List<EntityMention> out = new ArrayList<>();
            List<EntityMention> layer = none.contains("Kenya") ? List.of(name(c, 3, 4, EntityType.LOCATION, "gazetteer")) : List.of();
            groups.describe(c, layer, out);
            assertThat(out).as(none).noneMatch(m -> m.attribute("head").equals("team") || m.attribute("head").equals("couple")
                    || m.attribute("head").equals("group"));
        }
    }

    @Test
    void anOfficialOrATeamOwnedByACountryOrBodyIsItsSide() {
        GroupSource groups = new GroupSource(HandText.GAZETTEER, HandText.LEXICONS);
        SentenceContext owned = HandText.context("Kenya 's/PART second/ADJ ranking/NOUN official/NOUN has/AUX arrived/VERB");
        List<EntityMention> official = new ArrayList<>();
        groups.describe(owned, List.of(name(owned, 0, 1, EntityType.LOCATION, "gazetteer")), official);
        assertThat(official).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Kenya 's second ranking official");
            assertThat(m.code()).isEqualTo("KE");
        });
        SentenceContext body = HandText.context("the/DET Tarvo Union team/NOUN has/AUX been/AUX in/ADP Karsk");
        List<EntityMention> team = new ArrayList<>();
        groups.describe(body, List.of(name(body, 1, 3, EntityType.ORGANIZATION, "rule")), team);
        assertThat(team).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("the Tarvo Union team"));
        SentenceContext country = HandText.context("Kenya 's/PART team/NOUN has/AUX arrived/VERB");
        List<EntityMention> side = new ArrayList<>();
        groups.describe(country, List.of(name(country, 0, 1, EntityType.LOCATION, "gazetteer")), side);
        assertThat(side).isEmpty();
    }

    @Test
    void oneRepresentativeIsAPartyWithTheBodyItComesFrom() {
        SentenceContext c = HandText.context("a/DET representative/NOUN from/ADP the/DET Tarvo Union is/AUX in/ADP Karsk");
        List<EntityMention> out = new ArrayList<>();
        new GroupSource(HandText.GAZETTEER, HandText.LEXICONS).describe(c, List.of(name(c, 4, 6, EntityType.ORGANIZATION, "rule")), out);
        assertThat(out).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("a representative from the Tarvo Union"));
        SentenceContext alone = HandText.context("a/DET representative/NOUN said/VERB");
        List<EntityMention> none = new ArrayList<>();
        new GroupSource(HandText.GAZETTEER, HandText.LEXICONS).describe(alone, List.of(), none);
        assertThat(none).isEmpty();
    }

    @Test
    void aGroupCountedAtLeastStartsAtItsNumber() {
        SentenceContext c = HandText.context("at/ADP least/ADJ five/NUM Tarvonian/ADJ mayors/NOUN signed/VERB");
        List<EntityMention> out = new ArrayList<>();
        new GroupSource(HandText.GAZETTEER, HandText.LEXICONS).describe(c, List.of(), out);
        assertThat(out).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("five Tarvonian mayors"));
    }

    @Test
    void aNameWithAnAmpersandOrAGluedHyphenIsReadWhole() {
        SentenceContext c = HandText.context("the/DET Varnic Trade & Finance Academy opened/VERB");
        assertThat(texts(propose(new OrganizationPatternSource(HandText.GAZETTEER, HandText.LEXICONS), c)))
                .contains("Varnic Trade & Finance Academy");
        AnalyzedText doc = new AnalyzedText("the Joint High-Level Commission met", List.of(new dev.eventex.text.Sentence(0, 0, 35, List.of(
                new dev.eventex.text.Token(0, "the", 0, 3, "DET", "the"),
                new dev.eventex.text.Token(1, "Joint", 4, 9, "PROPN", "joint"),
                new dev.eventex.text.Token(2, "High", 10, 14, "PROPN", "high"),
                new dev.eventex.text.Token(3, "-", 14, 15, "PUNCT", "-"),
                new dev.eventex.text.Token(4, "Level", 15, 20, "PROPN", "level"),
                new dev.eventex.text.Token(5, "Commission", 21, 31, "PROPN", "commission"),
                new dev.eventex.text.Token(6, "met", 32, 35, "VERB", "meet")))));
        assertThat(texts(propose(new OrganizationPatternSource(HandText.GAZETTEER, HandText.LEXICONS),
                HandText.context(doc, 0, new DocumentMemory())))).contains("Joint High-Level Commission");
    }

    @Test
    void newspapersAndArmedForcesAreNamedByTheirLastWord() {
        SentenceContext c = HandText.context("the/DET Delmar Times said/VERB the/DET Tarvo Armed Forces left/VERB");
        assertThat(texts(propose(new OrganizationPatternSource(HandText.GAZETTEER, HandText.LEXICONS), c)))
                .contains("Delmar Times", "Tarvo Armed Forces");
    }

    @Test
    void twoNamesJoinedByAnAmpersandStayTwo() {
        SentenceContext c = HandText.context("the/DET Tarvo Grammar School & Delmar Children Hospital opened/VERB");
        assertThat(texts(propose(new OrganizationPatternSource(HandText.GAZETTEER, HandText.LEXICONS), c)))
                .contains("Delmar Children Hospital")
                .noneMatch(t -> t.contains("&"));
    }

    @Test
    void theNameAfterACounterpartIsAPersonAboveTheModel() {
        SentenceContext c = HandText.context("Rosa/PROPN Vidal/PROPN hosted/VERB her/PRON Ecuadorian/ADJ counterpart Tomas Ibarra in/ADP Quito ./PUNCT");
        List<Candidate> cands = propose(new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS), c);
        assertThat(cands).anySatisfy(k -> {
            assertThat(k.mention().text()).isEqualTo("Tomas Ibarra");
            assertThat(k.mention().type()).isEqualTo(EntityType.PERSON);
            assertThat(k.priority()).isGreaterThan(OverlapResolver.MODEL);
        });
    }

    @Test
    void aCounterpartFollowedByATitleLeavesTheNameToTheTitle() {
        SentenceContext c = HandText.context("She/PRON met/VERB her/PRON counterpart President Tomas Ibarra ./PUNCT");
        List<Candidate> cands = propose(new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS), c);
        assertThat(cands).singleElement().satisfies(k -> assertThat(k.mention().attribute("title")).isEqualTo("President"));
    }

    @Test
    void aNameClosedByAnOfficeInAppositionIsAPerson() {
        SentenceContext c = HandText.context("She/PRON met/VERB Ravi K Menon , Secretary ( East ) , in/ADP Oslo ./PUNCT");
        List<Candidate> cands = propose(new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS), c);
        assertThat(cands).anySatisfy(k -> {
            assertThat(k.mention().text()).isEqualTo("Ravi K Menon");
            assertThat(k.mention().attribute("title")).isEqualTo("Secretary");
            assertThat(k.priority()).isEqualTo(OverlapResolver.NAME_BEFORE_OFFICE);
        });
    }

    @Test
    void aMiddleInitialAThatReadsLikeTheArticleStaysInTheName() {
        SentenceContext c = HandText.context("She/PRON met/VERB Ravi A Menon , Secretary ( East ) , in/ADP Oslo ./PUNCT");
        List<Candidate> cands = propose(new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS), c);
        assertThat(cands).anySatisfy(k -> {
            assertThat(k.mention().text()).isEqualTo("Ravi A Menon");
            assertThat(k.mention().attribute("title")).isEqualTo("Secretary");
        });
        SentenceContext titled = HandText.context("She/PRON met/VERB Foreign Secretary Ravi A Menon in/ADP Oslo ./PUNCT");
        assertThat(texts(propose(new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS), titled))).contains("Ravi A Menon");
    }

    @Test
    void aPlaceBeforeAnOfficeInAppositionIsNoPerson() {
        SentenceContext c = HandText.context("He/PRON thanked/VERB South Africa , President Tomas Ibarra said/VERB ./PUNCT");
        List<Candidate> cands = propose(new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS), c);
        assertThat(texts(cands)).doesNotContain("South Africa").contains("Tomas Ibarra");
    }

    @Test
    void theCountryOfABodyClosesTheTitleBeforeTheName() {
        SentenceContext c = HandText.context("He/PRON met/VERB the/DET President of/ADP the/DET Senate of/ADP Chile Tomas Ignacio Varga on/ADP Monday ./PUNCT");
        List<Candidate> cands = propose(new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS), c);
        assertThat(cands).anySatisfy(k -> {
            assertThat(k.mention().text()).isEqualTo("Tomas Ignacio Varga");
            assertThat(k.mention().attribute("country")).isEqualTo("CL");
        });
    }

    @Test
    void theCountryAfterAParenthesisAlsoClosesTheTitle() {
        SentenceContext c = HandText.context("He/PRON met/VERB the/DET Speaker of/ADP the/DET Sejm ( lower/ADJ house/NOUN ) of/ADP Poland Adam Nowak ./PUNCT");
        List<Candidate> cands = propose(new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS), c);
        assertThat(cands).anySatisfy(k -> {
            assertThat(k.mention().text()).isEqualTo("Adam Nowak");
            assertThat(k.mention().attribute("country")).isEqualTo("PL");
        });
    }

    @Test
    void aLowerCaseOfficeRightBeforeAFullNameNamesThePerson() {
        SentenceContext c = HandText.context("Aides/NOUN said/VERB foreign/ADJ minister/NOUN Laura Brennan left/VERB ./PUNCT");
        List<Candidate> cands = propose(new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS), c);
        assertThat(cands).singleElement().satisfies(k -> assertThat(k.mention().text()).isEqualTo("Laura Brennan"));
    }

    @Test
    void aModelNameOverTheWordsOfAPersonsTitleIsDropped() {
        TitleNameSource titles = new TitleNameSource(HandText.GAZETTEER, HandText.LEXICONS);
        SentenceContext c = HandText.context("She/PRON met/VERB Elbonian Agriculture Secretary Ana Berg ./PUNCT");
        EntityMention model = c.mention(2, 4, dev.eventex.api.EntityType.ORGANIZATION, MentionKind.NAME, null, null, "model", Map.of());
        EntityMention person = propose(titles, c).get(0).mention();
        assertThat(person.text()).isEqualTo("Ana Berg");
        assertThat(titles.refine(c, List.of(model, person))).as("'Elbonian Agriculture' is the title's").containsExactly(person);

        SentenceContext other = HandText.context("Tarvo Water Board chief/NOUN Ana Berg spoke/VERB ./PUNCT");
        EntityMention board = other.mention(0, 3, dev.eventex.api.EntityType.ORGANIZATION, MentionKind.NAME, null, null, "model", Map.of());
        assertThat(titles.refine(other, List.of(board))).as("no titled person: nothing to claim").containsExactly(board);
    }
}
