package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.Donation;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Tense;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Donation rules on short texts written for these tests: the ways news reports a gift. */
class DonationRulesTest {

    private static List<Donation> donations(String text) {
        ExtractionResult r = SharedExtractor.defaults().extract(Document.of("t", text).withDate(LocalDate.of(2025, 3, 5)));
        return r.eventsOf(Donation.class);
    }

    @Test
    void aGiverSayingItIsGivingIsTheGiver() {
        assertThat(donations("The Tarvo Football League says it is donating $1 million to the Elbonian Red Cross.")).singleElement()
                .satisfies(d -> assertThat(d.donor().name()).isEqualTo("Tarvo Football League"));
    }

    @Test
    void theSourceAfterAccordingToIsNoRecipient() {
        assertThat(donations("The tablets were donated to the Pell District School by the Tarvo Foundation, according to Mira Kessel, "
                + "the school's head teacher.")).singleElement().satisfies(d -> {
                    assertThat(d.recipient().name()).isEqualTo("Pell District School");
                    assertThat(d.donor().name()).isEqualTo("Tarvo Foundation");
                });
        assertThat(donations("Ten ambulances were donated by the Tarvo Foundation, according to Mira Kessel, a spokeswoman."))
                .allSatisfy(d -> assertThat(d.recipient() == null ? "" : d.recipient().name()).isNotEqualTo("Mira Kessel"));
    }

    @Test
    void aGiverSayingItWillGiveIsTheGiver() {
        assertThat(donations("Ruritania says it will deliver a second shipment of food aid to Tarvoka.")).singleElement().satisfies(d -> {
            assertThat(d.donor().name()).isEqualTo("Ruritania");
            assertThat(d.recipient().name()).isEqualTo("Tarvoka");
        });
        assertThat(donations("The Tarvo Foundation said that it plans to provide $2 million in aid to Ruritania.")).singleElement()
                .satisfies(d -> assertThat(d.donor().name()).isEqualTo("Tarvo Foundation"));
        assertThat(donations("Ruritania says it donated 40 tonnes of food aid to Tarvoka.")).singleElement()
                .satisfies(d -> assertThat(d.donor().name()).isEqualTo("Ruritania"));
        // a person is no antecedent of "it"
        assertThat(donations("Minister Tarn Osk says it will deliver food aid to Ruritania."))
                .noneSatisfy(d -> assertThat(d.donor().name()).contains("Osk"));
    }

    @Test
    void aReceiverDescribedByItsKindAndPlaceIsTheRecipient() {
        assertThat(donations("The Tarvo Foundation is donating $2 million to a wildlife sanctuary in Elbonia.")).singleElement()
                .satisfies(d -> assertThat(d.recipient().text()).isEqualTo("a wildlife sanctuary in Elbonia"));
        assertThat(donations("Elbonia has pledged $17 billion in development aid to other poor countries.")).singleElement()
                .satisfies(d -> assertThat(d.recipient().text()).isEqualTo("other poor countries"));
        // the verb's own infinitive names no receiver
        assertThat(donations("Elbonia has pledged to undertake 10 aid projects across the region."))
                .noneSatisfy(d -> assertThat(d.recipient().text()).contains("undertake"));
    }

    @Test
    void aPledgedGiftIsAPlannedDonation() {
        assertThat(donations("Elbonia has pledged $17 million in humanitarian aid to Ruritania.")).singleElement().satisfies(d -> {
            assertThat(d.donor().name()).isEqualTo("Elbonia");
            assertThat(d.recipient().name()).isEqualTo("Ruritania");
            assertThat(d.value().value()).isEqualByComparingTo(BigDecimal.valueOf(17_000_000));
            assertThat(d.tense()).isEqualTo(Tense.PLANNED);
        });
        assertThat(donations("The Tarvo Foundation pledged to provide 40 tonnes of food aid to Ruritania.")).singleElement()
                .satisfies(d -> assertThat(d.tense()).isEqualTo(Tense.PLANNED));
        // a pledge of a loan, of a cut, or without any gift is no donation
        assertThat(donations("Elbonia pledged a $500 million loan to Ruritania for its railways.")).isEmpty();
        assertThat(donations("Elbonia pledged to cut its aid budget by $2 billion.")).isEmpty();
    }

    @Test
    void handingOverTerritoryPapersOrWorkIsNoGift() {
        assertThat(donations("Elbonia is to hand over the town of Pell to Ruritania in the coming days.")).isEmpty();
        assertThat(donations("The lists of nuclear sites were handed over to Ruritania by Elbonia on Monday.")).isEmpty();
        assertThat(donations("The Tarvo Foundation handed over responsibility for the camps to Elbonian officials on Monday.")).isEmpty();
        assertThat(donations("Officials in Elbonia discussed a possible handover of the port to Ruritania.")).isEmpty();
        // goods handed over are still given
        assertThat(donations("The Tarvo Foundation handed over 20 ambulances to the Ministry of Health of Elbonia on Monday."))
                .singleElement().satisfies(d -> assertThat(d.item()).isEqualTo("ambulances"));
    }

    @Test
    void thingsListedWithTheirOwnAmountsAreSeparateGifts() {
        List<Donation> d = donations("The Rotary Club donated 40 wheelchairs and 12 hospital beds to the Mbale Regional Hospital on Monday.");
        assertThat(d).hasSize(2);
        assertThat(d).extracting(Donation::quantity).containsExactlyInAnyOrder(BigDecimal.valueOf(40), BigDecimal.valueOf(12));
        assertThat(d).extracting(Donation::item).containsExactlyInAnyOrder("wheelchairs", "hospital beds");
        assertThat(d).allSatisfy(x -> assertThat(x.recipient().text()).contains("Mbale Regional Hospital"));
    }

    @Test
    void wordsBoundingTheAmountAreNoPartOfTheThingGiven() {
        List<Donation> d = donations("The Tarvo Lions Club donated more than 300 blankets to the Pell District Hospital on Monday.");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.item()).isEqualTo("blankets");
            assertThat(x.quantity()).isEqualByComparingTo(BigDecimal.valueOf(300));
        });
        List<Donation> money = donations("Ambassador Ana Velor presented a total of $65,000 to the Pell District Hospital on Friday.");
        assertThat(money).singleElement().satisfies(x -> {
            assertThat(x.item()).isNull();
            assertThat(x.value().value()).isEqualByComparingTo(BigDecimal.valueOf(65000));
        });
    }

    @Test
    void halfADozenThingsGivenAreSix() {
        List<Donation> d = donations("The Tarvo Rotary Club donated on Monday half a dozen incubators to the Pell Children's Clinic.");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.item()).isEqualTo("incubators");
            assertThat(x.quantity()).isEqualByComparingTo(BigDecimal.valueOf(6));
        });
    }

    @Test
    void aVetoWordInsideTheDonorsNameDoesNotVetoTheGift() {
        // "Investment" vetoes a contribution to investment, not one by a council named for it
        List<Donation> d = donations("The Ruritania Export-Investment Council contributed 500 masks to Tarvo Primary School on Monday.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).donor().text()).isEqualTo("Ruritania Export-Investment Council");
    }

    @Test
    void aPlaceInAppositionToTheRecipientIsNoSecondRecipient() {
        List<Donation> d = donations("The Lions Club donated 300 textbooks to the Kamwenge Primary School, Kasese, on Friday.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).recipient().text()).contains("Kamwenge Primary School");
    }

    @Test
    void aGiftOfThingsToACountry() {
        List<Donation> d = donations("Norway's gift of 12 ambulances to Malawi arrived in Lilongwe on Tuesday.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).donor().name()).isEqualTo("Norway");
        assertThat(d.get(0).recipient().name()).isEqualTo("Malawi");
        assertThat(d.get(0).quantity()).isEqualByComparingTo(BigDecimal.valueOf(12));
    }

    @Test
    void receivingGoodsFromAGiverNeedsNoStatedAmount() {
        List<Donation> d = donations("The Ministry of Health has received ventilators and oxygen concentrators from the Government of Canada.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).donor().name()).contains("Canada");
        assertThat(d.get(0).recipient().text()).contains("Ministry of Health");
    }

    @Test
    void distributedToNeedyFamiliesInAPlace() {
        List<Donation> d = donations("The World Food Programme distributed 2,000 food baskets to displaced families in Tigray on Sunday.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).recipient().text()).isEqualTo("displaced families in Tigray");
        assertThat(d.get(0).quantity()).isEqualByComparingTo(BigDecimal.valueOf(2000));
    }

    @Test
    void aDistributionOnlyPlannedOrHabitualIsNone() {
        assertThat(donations("The food bank is preparing to distribute food to 300 households next month. "
                + "Volunteers normally distribute 10 kg of rice to each family.")).isEmpty();
    }

    @Test
    void moneyContributedToABody() {
        List<Donation> d = donations("Canada contributed $5 million to the World Health Organization on Monday.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).donor().name()).isEqualTo("Canada");
        assertThat(d.get(0).value().value()).isEqualByComparingTo(BigDecimal.valueOf(5_000_000));
    }

    @Test
    void aContributionToGrowthIsNoGift() {
        assertThat(donations("Tourism contributed $2 billion to the economy of Kenya last year.")).isEmpty();
    }

    @Test
    void equipmentPresentedWithoutACount() {
        List<Donation> d = donations("The Japanese Embassy presented laboratory equipment to the University of Ghana on Wednesday.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).recipient().text()).contains("University of Ghana");
    }

    @Test
    void equipmentHandedOverToTwoHospitalsIsTwoGifts() {
        List<Donation> d = donations("The Red Cross handed over medical equipment to the Kisumu County Hospital and the Nakuru Referral Hospital.");
        assertThat(d).hasSize(2);
        assertThat(d).extracting(x -> x.recipient().text()).anySatisfy(t -> assertThat(t).contains("Kisumu"))
                .anySatisfy(t -> assertThat(t).contains("Nakuru"));
    }
    @Test
    void aTitleCaseHeadlineVerb() {
        List<Donation> d = donations("Canada Donates 500 Ventilators To Nepal\n\nThe machines arrived in Kathmandu on Monday.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).donor().name()).isEqualTo("Canada");
        assertThat(d.get(0).recipient().name()).isEqualTo("Nepal");
    }

    @Test
    void theGovernmentOfACountryWrittenInLowerCaseGives() {
        List<Donation> d = donations("The Ministry of Health has received 40 beds from the government of Australia.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).donor().name()).isEqualTo("Australia");
    }

    @Test
    void countedThingsAfterANameAndTheNounInsideTheCountGoToTheEarlierRecipient() {
        List<Donation> d = donations("Australia donated 5,000 face masks to Fiji on Monday. Australia had donated 1,200 doses of the "
                + "Novax vaccine in May and an additional 800 Novax doses in June.");
        assertThat(d).hasSize(3);
        assertThat(d).extracting(Donation::quantity).containsExactlyInAnyOrder(BigDecimal.valueOf(5000), BigDecimal.valueOf(1200),
                BigDecimal.valueOf(800));
        assertThat(d).extracting(Donation::item).containsExactlyInAnyOrder("face masks", "doses", "Novax doses");
        assertThat(d).allSatisfy(x -> assertThat(x.recipient().name()).isEqualTo("Fiji"));
    }

    @Test
    void handedOverForABody() {
        List<Donation> d = donations("Japan handed over three trucks for the Kisumu Water Company on Friday.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).recipient().text()).contains("Kisumu Water Company");
    }
    @Test
    void sentAsAGiftNeedsNoAmount() {
        List<Donation> d = donations("President Ana Costa sent a thoroughbred horse as a gift to Prime Minister Kofi Mensah last week.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).donor().name()).isEqualTo("Ana Costa");
        assertThat(d.get(0).recipient().name()).isEqualTo("Kofi Mensah");
    }

    @Test
    void aDescriptionAfterTheGiversNameStandsForTheName() {
        List<Donation> d = donations("Jane Okoro, Head of the Community Projects Department at the Zenith Foundation, handed over 20 sewing "
                + "machines to the Kibera Women's Cooperative on Friday.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).donor().name()).isEqualTo("Jane Okoro");
    }
    @Test
    void theBeneficiariesAreTheReceiversAlreadyNamed() {
        List<Donation> d = donations("The Amani Health Foundation donated 12 dialysis machines to 20 hospitals in March. "
                + "Officials said the donation to the beneficiaries, worth $2 million, was the second phase.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).recipient().text()).isEqualTo("20 hospitals");
    }

    @Test
    void aGiftReferredToBeforeItIsStatedIsTheGiftStatedNext() {
        List<Donation> d = donations("Ambassador John Reed handed over the vaccine donation to Health Minister Mary Banda on Monday. "
                + "The United States donated 500,000 doses of vaccine to Malawi.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).quantity()).isEqualByComparingTo(BigDecimal.valueOf(500_000));
    }
    @Test
    void aCumulativeTotalOrAHistoryOfGivingIsNoOneGift() {
        assertThat(donations("Since 1998, the Government of Japan has donated 310 ambulances to hospitals across Zambia. "
                + "Norway has so far gifted 75 boats to fishing cooperatives in Malawi. "
                + "Over the decades the charity built a tradition of sending relief supplies to storm-hit islands.")).isEmpty();
    }

    @Test
    void foodAssistanceProvidedNeedsNoAmount() {
        List<Donation> d = donations("The Red Crescent provided food assistance to displaced families in Darfur on Tuesday.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).recipient().text()).isEqualTo("displaced families in Darfur");
    }

    @Test
    void anIrregularPluralAfterToIsTheReceiver() {
        List<Donation> d = donations("The Rotary Club distributed 500 school bags to children in Gulu on Saturday.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).recipient().text()).isEqualTo("children in Gulu");
    }
    @Test
    void pacificAndCaribbeanCurrencies() {
        List<Donation> d = donations("The Australian High Commission donated SBD$25,000 to the Honiara Disaster Office on Monday.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).value().currency()).isEqualTo("SBD");
        assertThat(d.get(0).value().value()).isEqualByComparingTo(BigDecimal.valueOf(25_000));
        assertThat(donations("The Catholic Women's League donated 4,500 kina to the Red Cross.").get(0).value().currency())
                .isEqualTo("PGK");
        assertThat(donations("The Kingston Rotary Club donated J$900,000 to the Kingston Public Hospital.").get(0).value().currency())
                .isEqualTo("JMD");
    }
    @Test
    void countedGoodsGivenAreAGiftButGoodsDeliveredUnderAContractAreNot() {
        List<Donation> d = donations("The Lions Club gave 50 laptops to the Mbale Secondary School on Monday.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).quantity()).isEqualByComparingTo(BigDecimal.valueOf(50));
        assertThat(donations("The company delivered 30 buses to the Nairobi City Council under a contract signed last year.")).isEmpty();
    }
    @Test
    void coordinatedModifiersAreOneItem() {
        List<Donation> d = donations("The Amani Health Foundation presented maternal and neonatal care equipment to the Kisumu County Hospital.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).item()).isEqualTo("maternal and neonatal care equipment");
    }
    @Test
    void aFurtherGiftWithoutAReceiverGoesToTheEarlierReceiver() {
        List<Donation> d = donations("Japan donated 20 ambulances to Kenya on Monday. Japan also handed over 5 generators on Tuesday.");
        assertThat(d).hasSize(2);
        assertThat(d).allSatisfy(x -> assertThat(x.recipient().name()).isEqualTo("Kenya"));
        assertThat(d).extracting(Donation::quantity).containsExactlyInAnyOrder(BigDecimal.valueOf(20), BigDecimal.valueOf(5));
    }
    @Test
    void aGiftToSomeoneFromSomeoneNeedsNoAmount() {
        List<Donation> d = donations("The new ambulance, a gift to the Gulu Regional Hospital from the Rotary Club of Kampala, arrived on Monday.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).recipient().text()).contains("Gulu Regional Hospital");
        assertThat(d.get(0).donor().text()).contains("Rotary Club");
        assertThat(donations("The kidney donation to her brother from the Lagos donor registry saved his life.")).isEmpty();
    }
    @Test
    void moneyProvidedToHelpIsAGrantButALoanIsNot() {
        List<Donation> d = donations("The European Union provided $3 million to the Ministry of Health of Malawi to support the vaccine rollout.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).recipient().text()).contains("Ministry of Health");
        assertThat(d.get(0).value().value()).isEqualByComparingTo(BigDecimal.valueOf(3_000_000));
        assertThat(donations("The bank provided $3 million to the Zenith Textile Company to support its expansion, as a loan.")).isEmpty();
    }

    @Test
    void theWorthOfAGiftToldInTheNextSentenceIsItsValue() {
        List<Donation> d = donations("The Rotary Club donated 20 oxygen concentrators to the Kitale District Hospital on Monday. "
                + "The equipment, valued at $ 60,000, was delivered by club members.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).value()).isNotNull();
        assertThat(d.get(0).value().value()).isEqualByComparingTo(BigDecimal.valueOf(60000));
    }

    @Test
    void aCompanyValuedAtAnAmountIsNoGiftsValue() {
        List<Donation> d = donations("The Rotary Club donated 20 oxygen concentrators to the Kitale District Hospital on Monday. "
                + "The club's main sponsor, valued at $ 60 million, makes medical devices.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).value()).isNull();
    }

    @Test
    void inTotalOpeningTheSentenceIsNoRunningTotal() {
        List<Donation> d = donations("In total, the Government of Norway donated 30 ambulances to Malawi.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).recipient().name()).isEqualTo("Malawi");
    }

    @Test
    void recipientsWithTwoJoinedModifiers() {
        List<Donation> d = donations("The Government of Norway donated 25 minibuses to 60 social and health institutions in the north.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).recipient().text()).contains("social and health institutions");
    }

    @Test
    void aGiftWithoutRecipientInAReportOnTwoCountriesWentToTheOther() {
        List<Donation> d = donations("Kenya and Uganda signed a transport deal on Monday in Kampala. Kenya gifted 30 buses, the minister said.");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.donor().name()).isEqualTo("Kenya");
            assertThat(x.recipient().name()).isEqualTo("Uganda");
            assertThat(x.quantity()).isEqualByComparingTo(BigDecimal.valueOf(30));
        });
        d = donations("The Ambassador of Norway to Malawi, Erik Lunde, called on President Grace Banda this morning. "
                + "He handed over surgical kits provided by the Government of Norway, the presidency said.");
        assertThat(d).singleElement().satisfies(x -> assertThat(x.recipient().name()).isEqualTo("Malawi"));
    }

    @Test
    void aGiverTiedToNeitherCountryGetsNoRecipientFromThem() {
        assertThat(donations("Kenya and Uganda signed a transport deal on Monday in Kampala. The Red Cross donated 200 tents, "
                + "the agency said.")).isEmpty();
    }

    @Test
    void presentingSomeoneWithAThingIsAGiftButNotWithAReport() {
        List<Donation> d = donations("At the close of the festival, Tomas Varga presented the Bishop with a flute from his village.");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.donor().name()).isEqualTo("Tomas Varga");
            assertThat(x.item()).isEqualTo("flute");
        });
        assertThat(donations("The committee presented the minister with a report on the floods.")).isEmpty();
    }

    @Test
    void presentingMoneyToAnOfficeIsAGift() {
        List<Donation> d = donations("Mark Tulle, the honorary consul, on Monday presented $40,000 to the chairwoman of the Red Cross Society of Malta.");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.value().value()).isEqualByComparingTo(BigDecimal.valueOf(40_000));
            assertThat(x.recipient().text()).contains("Red Cross Society of Malta");
        });
    }

    @Test
    void payingTheFeesOrTheConstructionForSomeoneIsAGift() {
        List<Donation> d = donations("Businessman Omar Haddad covered the tuition fees of the student Lina Farouk for her last two years at the university.");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.recipient().name()).isEqualTo("Lina Farouk");
            assertThat(x.item()).isEqualTo("tuition fees");
        });
        d = donations("The Lions Club paid for the construction of a classroom block for the Kiboga Primary School.");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.donor().name()).isEqualTo("Lions Club");
            assertThat(x.recipient().name()).isEqualTo("Kiboga Primary School");
        });
        assertThat(donations("The company will cover the cost of the new road. Patients pay the full cost of treatment for their children."))
                .isEmpty();
    }

    @Test
    void aRecipientHandedOrPresentedWithThingsByAGiverIsTheSubject() {
        List<Donation> d = donations("The Kasese Primary School was handed 40 computers by the Rotary Club of Kampala on Friday.");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.recipient().name()).isEqualTo("Kasese Primary School");
            assertThat(x.donor().name()).contains("Rotary Club");
            assertThat(x.quantity()).isEqualByComparingTo(BigDecimal.valueOf(40));
        });
        d = donations("The Red Cross Society of Malawi was presented with 300 blankets by the Embassy of Ireland.");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.recipient().name()).contains("Red Cross Society");
            assertThat(x.donor().name()).isEqualTo("Embassy of Ireland");
        });
        assertThat(donations("The delegation was given a warm welcome by the Governor of Kano.")).isEmpty();
    }

    @Test
    void fundingTheConstructionOfAWardAtAHospitalIsAGiftToIt() {
        List<Donation> d = donations("The Aga Khan Foundation funded the construction of a new maternity ward at the Kiboga Hospital.");
        assertThat(d).singleElement().satisfies(x -> assertThat(x.recipient().name()).isEqualTo("Kiboga Hospital"));
    }

    @Test
    void whatASecondAmountIsForIsNoGiftOfItsOwn() {
        List<Donation> d = donations("In Kenya, USAID has provided $5 million to support health clinics as well as $2 million to assist with "
                + "vaccine delivery, expand testing in rural areas, and provide protective equipment for nurses.");
        assertThat(d).noneSatisfy(x -> assertThat(x.recipient().text()).contains("nurses"));
    }

    @Test
    void presentingPeopleWithDetailsOrPayingForOnesOwnBuildingIsNoGift() {
        assertThat(donations("The minister presented journalists with the details of the new budget on Tuesday.")).isEmpty();
        assertThat(donations("The company paid for the construction of its new headquarters in Nairobi.")).isEmpty();
        assertThat(donations("The visiting team was given a warm reception by fans at the airport.")).isEmpty();
    }

    @Test
    void aHyphenatedOrParticipleModifierStaysInTheItem() {
        assertThat(donations("The Embassy of Elbonia donated a hand-carved wooden cradle to the Sunrise Children's Home on Tuesday."))
                .singleElement().satisfies(x -> assertThat(x.item()).isEqualTo("hand-carved wooden cradle"));
        assertThat(donations("The Lakeview Rotary Club donated 25 refurbished laptops to the Ministry of Education of Ruritania."))
                .singleElement().satisfies(x -> {
                    assertThat(x.item()).isEqualTo("refurbished laptops");
                    assertThat(x.quantity()).isEqualByComparingTo(BigDecimal.valueOf(25));
                });
    }

    @Test
    void aPurposeBetweenTheThingAndItsReceiverIsSkipped() {
        assertThat(donations("The Embassy of Elbonia handed over 400 cartons of syrup to treat malaria (MAL) to the Ministry of Health of "
                + "Ruritania on Friday.")).singleElement().satisfies(x -> {
                    assertThat(x.donor().name()).contains("Elbonia");
                    assertThat(x.recipient().text()).contains("Ministry of Health");
                });
    }

    @Test
    void titlesInAppositionDescribeTheGiverNamedBeforeThem() {
        assertThat(donations("Tomas Varga, Board Member and Chair of the Varga Family Trust, has donated $40,000 to the Ministry of Health "
                + "of Ruritania.")).singleElement().satisfies(x -> assertThat(x.donor().name()).isEqualTo("Tomas Varga"));
    }

    @Test
    void aPassiveWithoutGiverTakesTheGiverOfTheDonationReportedBefore() {
        List<Donation> d = donations("The Elbonian Red Crescent donated 300 tents to Ruritania on Monday. "
                + "A further 2,000 blankets were delivered to the Ministry of Health of Ruritania on Wednesday.");
        assertThat(d).hasSize(2);
        assertThat(d).anySatisfy(x -> {
            assertThat(x.donor().name()).contains("Red Crescent");
            assertThat(x.recipient().text()).contains("Ministry of Health");
            assertThat(x.quantity()).isEqualByComparingTo(BigDecimal.valueOf(2000));
        });
        assertThat(donations("A parcel of 20 books was delivered to the Embassy of Ruritania on Monday.")).isEmpty();
    }

    @Test
    void receiversAsTheSubjectOfAPassiveOfGiving() {
        List<Donation> d = donations("The Elbonian Red Crescent handed out food parcels to 900 families in Marlow on Monday. "
                + "Another 3,000 families will be given food parcels next week.");
        assertThat(d).hasSize(2);
        assertThat(d).anySatisfy(x -> {
            assertThat(x.donor().name()).contains("Red Crescent");
            assertThat(x.recipient().text()).contains("families");
            assertThat(x.item()).isEqualTo("food parcels");
            assertThat(x.tense()).isEqualTo(dev.eventex.api.Tense.PLANNED);
        });
    }

    @Test
    void theCountAfterAConsignmentOrABatchIsTheAmountGiven() {
        List<Donation> d = donations("Deputy Minister Tomas Varga of Elbonia handed over a consignment of 150 boxes of syringes to the Health "
                + "Minister of Ruritania, Ana Kole, on Monday. A batch of 4,000 tonnes of maize flour was delivered in May 2021.");
        assertThat(d).hasSize(2);
        assertThat(d).anySatisfy(x -> {
            assertThat(x.donor().name()).isEqualTo("Tomas Varga");
            assertThat(x.quantity()).isEqualByComparingTo(BigDecimal.valueOf(150));
        });
        assertThat(d).anySatisfy(x -> {
            assertThat(x.item()).isEqualTo("maize flour");
            assertThat(x.quantity()).isEqualByComparingTo(BigDecimal.valueOf(4000));
        });
    }

    @Test
    void eachShareOfAGiftToItsOwnReceiverIsAGift() {
        List<Donation> d = donations("Elbonia has provided US$2.1 million in cash to Ruritania, including US$1.5 million to the Ruritanian "
                + "Government and US$600,000 to the Ruritania Red Cross.");
        assertThat(d).filteredOn(x -> x.value() != null && x.value().value().compareTo(BigDecimal.valueOf(1_500_000)) == 0)
                .singleElement().satisfies(x -> {
                    assertThat(x.donor().name()).isEqualTo("Elbonia");
                    assertThat(x.recipient().text()).contains("Government");
                });
        assertThat(d).anySatisfy(x -> assertThat(x.value().value()).isEqualByComparingTo(BigDecimal.valueOf(600_000)));
        assertThat(donations("The company reported revenue of $5 million, including $2 million to the parent company.")).isEmpty();
    }

    @Test
    void goodsContributedByASecondBodyToTheSameReceiverAreASecondGift() {
        List<Donation> d = donations("The Embassy of Elbonia donated medical equipment to the Ruritania General Hospital on Monday. "
                + "Additionally, the Elbonia Trade Office contributed masks to prevent the flu.");
        assertThat(d).hasSize(2);
        assertThat(d).anySatisfy(x -> {
            assertThat(x.donor().name()).contains("Trade Office");
            assertThat(x.item()).isEqualTo("masks");
        });
        assertThat(donations("Tourism contributed 300 jobs to the region last year.")).isEmpty();
    }

    @Test
    void offeringACountryTheConstructionOfABuildingIsAGiftOfWorks() {
        assertThat(donations("The Chilean government offered Peru the construction of two covered sports halls and a concert venue, "
                + "both of them due to open in 2027.")).singleElement().satisfies(x -> {
                    assertThat(x.recipient().name()).isEqualTo("Peru");
                    assertThat(x.item()).isEqualTo("covered sports halls");
                });
        assertThat(donations("The contractor offered Peru the construction of a bridge under a contract worth $4 million.")).isEmpty();
    }

    @Test
    void sumsJoinedUnderOneVerbAreSeparateGifts() {
        List<Donation> d = donations("The Aid Office of Norland has provided $4.2 million to the Kavala Red Cross to repair village wells "
                + "as well as $1.8 million to train rural nurses, the office said on Tuesday.");
        assertThat(d).hasSize(2);
        assertThat(d).extracting(x -> x.value().value()).containsExactlyInAnyOrder(
                BigDecimal.valueOf(4_200_000), BigDecimal.valueOf(1_800_000));
        assertThat(d).allSatisfy(x -> assertThat(x.donor().text()).contains("Aid Office of Norland"));
    }

    @Test
    void aSumBrokenDownInBracketsIsOneGift() {
        List<Donation> d = donations("The Aid Office of Norland has provided $4.2 million to the Kavala Red Cross "
                + "($3 million of it for wells) on Tuesday.");
        assertThat(d).extracting(x -> x.value().value()).contains(BigDecimal.valueOf(4_200_000))
                .doesNotContain(BigDecimal.valueOf(3_000_000));
    }

    @Test
    void aGiftAnnouncedAsAPlanByProvidingIsPlanned() {
        List<Donation> d = donations("The Norland Relief Agency plans to widen its work in Kavala by providing emergency food assistance "
                + "to displaced households across the northern districts.");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.donor().text()).contains("Norland Relief Agency");
            assertThat(x.item()).isEqualTo("emergency food assistance");
            assertThat(x.tense()).isEqualTo(dev.eventex.api.Tense.PLANNED);
        });
    }

    @Test
    void aPlanIsNotWhatIsGiven() {
        assertThat(donations("The Norland Relief Agency provided a plan for emergency aid to the Kavala authorities on Monday.")).isEmpty();
    }

    @Test
    void mobileHospitalsAreGoodsGiven() {
        List<Donation> d = donations("The Government of Norway, through its embassy in Lusaka, delivered three mobile hospitals "
                + "to the Zambian Ministry of Health for disaster response.");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.item()).isEqualTo("mobile hospitals");
            assertThat(x.quantity()).isEqualByComparingTo(BigDecimal.valueOf(3));
        });
    }

    @Test
    void aDisasterNounBeforeTheReceiversIsAModifierNotAnInfinitive() {
        // the tagger may read "flood" as a verb; "to flood victims" still names who received the gift
        List<Donation> d = donations("The Norland Relief Agency distributed 2,000 food baskets to flood victims in several cities of Varna.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).recipient().text()).contains("flood victims");
        assertThat(d.get(0).donor().text()).contains("Norland Relief Agency");
    }

    @Test
    void aPurposeVerbAfterToIsNoReceiver() {
        List<Donation> d = donations("The Norland Relief Agency distributed 2,000 food baskets to help families.");
        assertThat(d).allSatisfy(x -> assertThat(x.recipient().text()).doesNotContain("help"));
    }

    @Test
    void countryInitialsOpeningTheSentenceAreTheGiverNotADateline() {
        List<Donation> d = donations("US donated 40 respirators to Malawi on Monday.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).donor().name()).isEqualTo("United States");
        List<Donation> dotted = donations("U.S donated 40 respirators to Malawi on Monday.");
        assertThat(dotted).hasSize(1);
        assertThat(dotted.get(0).donor().name()).isEqualTo("United States");
        List<Donation> filed = donations("OSLO, March 3 - Norway donated 40 respirators to Malawi.");
        assertThat(filed).hasSize(1);
        assertThat(filed.get(0).donor().name()).isEqualTo("Norway");
    }

    @Test
    void aDateBetweenTheVerbAndTheThingGiven() {
        List<Donation> d = donations("Norway donated on Monday 40 ambulances to Malawi.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).item()).isEqualTo("ambulances");
        assertThat(d.get(0).quantity()).isEqualByComparingTo(BigDecimal.valueOf(40));
        assertThat(donations("Norway donated this Thursday 40 ambulances to Malawi.").get(0).item()).isEqualTo("ambulances");
    }

    @Test
    void whatAGiftNamedAsAWholeContainedIsTheItem() {
        List<Donation> d = donations("The Red Cross has handed over the gift of the Government of Norway to the Republic of Malawi, "
                + "which contained 25 tons of maize.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).item()).isEqualTo("maize");
        assertThat(d.get(0).quantity()).isEqualByComparingTo(BigDecimal.valueOf(25));
        List<Donation> c = donations("The Red Cross handed over a consignment including 300 tents to the Ministry of Health of Malawi.");
        assertThat(c).hasSize(1);
        assertThat(c.get(0).item()).isEqualTo("tents");
        assertThat(c.get(0).quantity()).isEqualByComparingTo(BigDecimal.valueOf(300));
    }

    @Test
    void aThingOwnedByANamedPersonIsTheItem() {
        List<Donation> d = donations("Ambassador Ole Brenna donated Ann Lee's old piano to the Tarvo Music School.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).item()).isEqualTo("Ann Lee's old piano");
    }

    @Test
    void aPersonHandedOverToTheInvestigatorsIsNoGift() {
        assertThat(donations("Governor Ana Velor of the Tarvo Province spoke to reporters on Monday. The accused was handed over to "
                + "the Criminal Investigation Department after the press conference.")).isEmpty();
    }

    @Test
    void giftedForTalentedIsNoGift() {
        assertThat(donations("Kenya and Uganda signed a border pact on Monday.\n\nKenya announced new rules for officials on Tuesday. "
                + "In a country whose people are so gifted with creativity, the only ones without ideas are the officials, said "
                + "Minister Ana Velor.")).isEmpty();
        assertThat(donations("Kenya and Uganda signed a border pact on Monday.\n\nKenya gifted 20 buses to Uganda on Tuesday."))
                .hasSize(1);
    }

    @Test
    void aGiftPraisedAfterwardsIsNotThePraisersGift() {
        assertThat(donations("Foreign Minister Ana Velor praised the 20 ambulances provided to Kenya last year.")).isEmpty();
        assertThat(donations("Foreign Minister Ana Velor praised the medical equipment donated to Tarvo hospitals by Elbonia."))
                .singleElement().satisfies(d -> assertThat(d.donor().name()).isEqualTo("Elbonia"));
    }

    @Test
    void aSumPledgedToHelpAPlaceGoesToThatPlace() {
        assertThat(donations("Elbonia pledged $1 billion in aid to help rebuild Tarvoka after the war.")).singleElement()
                .satisfies(d -> {
                    assertThat(d.donor().name()).isEqualTo("Elbonia");
                    assertThat(d.recipient().name()).isEqualTo("Tarvoka");
                    assertThat(d.tense()).isEqualTo(Tense.PLANNED);
                });
        assertThat(donations("Elbonia pledged $1 billion to help its economy grow.")).isEmpty();
    }

    @Test
    void aGiverOrReceiverDescribedByAGroupOrAPlaceNounTakesTheDescription() {
        assertThat(donations("International donors have pledged $500 million in aid for Tarvoka.")).singleElement()
                .satisfies(d -> {
                    assertThat(d.donor().text()).isEqualTo("International donors");
                    assertThat(d.recipient().name()).isEqualTo("Tarvoka");
                });
        assertThat(donations("Elbonia has pledged more than $600 million in aid for the region.")).singleElement()
                .satisfies(d -> assertThat(d.recipient().text()).isEqualTo("the region"));
        assertThat(donations("Elbonia plans to contribute $100 million in aid to help poor countries fight malaria.")).singleElement()
                .satisfies(d -> assertThat(d.recipient().text()).isEqualTo("poor countries"));
        assertThat(donations("Elbonia pledged $40 million in aid for the project.")).isEmpty();
        assertThat(donations("Elbonia pledged $40 million in aid for relief efforts.")).isEmpty();
    }

    @Test
    void peopleHandedOverAreNoGift() {
        assertThat(donations("A navy spokesman said the men have been handed over to an Elbonian envoy in Korvin.")).isEmpty();
        assertThat(donations("Elbonia handed over 20 fishermen to Tarvoka on Monday.")).isEmpty();
        assertThat(donations("The police said the six were freed on Thursday and handed over to the Tarvo Red Cross.")).isEmpty();
        assertThat(donations("Elbonia handed over 200 blankets to the women of Korvin.")).singleElement()
                .satisfies(d -> assertThat(d.item()).isEqualTo("blankets"));
    }

    @Test
    void itOpeningASentenceGivesForTheBodyNamedBefore() {
        assertThat(donations("The Tarvo Relief Agency praised the villagers. It has given $2 million in aid to the Korvin Red Cross."))
                .singleElement().satisfies(d -> assertThat(d.donor().name()).isEqualTo("Tarvo Relief Agency"));
        assertThat(donations("The Tarvo Relief Agency says the response of Tarvoka to the floods has been quick. "
                + "It is providing $1.4 million in emergency assistance to help Tarvoka fight the disease.")).singleElement()
                .satisfies(d -> {
                    assertThat(d.donor().name()).isEqualTo("Tarvo Relief Agency");
                    assertThat(d.recipient().name()).isEqualTo("Tarvoka");
                });
        assertThat(donations("The Tarvo Relief Agency praised the villagers. It gives the council three months to reply.")).isEmpty();
    }
}
