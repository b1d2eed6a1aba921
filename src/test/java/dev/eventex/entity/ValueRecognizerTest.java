package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Document;
import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Extractor;
import dev.eventex.api.InvariantHarness;
import dev.eventex.api.Mention;
import dev.eventex.api.SharedExtractor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MONEY, QUANTITY and DATE recognition, observed through the public extractor: the
 * entity's single mention is the amount as written, its attributes carry the value and the
 * ISO 4217 currency or the unit.
 */
class ValueRecognizerTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 28);
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = SharedExtractor.defaults();
    }

    private static ExtractionResult extract(String text) {
        return InvariantHarness.extractAndCheck(extractor, new Document("values", text, PUBLISHED, null));
    }

    private static List<Entity> ofType(ExtractionResult r, EntityType type) {
        return r.entities().stream().filter(e -> e.type() == type).toList();
    }

    private static Entity single(String text, EntityType type, String mention) {
        List<Entity> found = ofType(extract(text), type).stream()
                .filter(e -> e.mentions().stream().map(Mention::text).anyMatch(mention::equals)).toList();
        assertThat(found).as("%s entity with mention '%s' in: %s", type, mention, text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{1} -> {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            The two countries aim to raise trade to 500 million US dollars by 2030. | 500 million US dollars | 500000000     | USD
            The bank pledged $1.5bn for the project.                               | $1.5bn                 | 1500000000    | USD
            The fund provided USD 500 million to the country.                      | USD 500 million        | 500000000     | USD
            Peru and China aim for US$50 billion in trade.                         | US$50 billion          | 50000000000   | USD
            The agency gave $5 million to schools.                                 | $5 million             | 5000000       | USD
            Exports reached 2 billion dollars last year.                           | 2 billion dollars      | 2000000000    | USD
            It costs USD500,000.                                                   | USD500,000             | 500000        | USD
            The EU announced a €20 billion package.                                | €20 billion            | 20000000000   | EUR
            The plan is worth 10 billion euros.                                    | 10 billion euros       | 10000000000   | EUR
            A grant of EUR 40 million was signed.                                  | EUR 40 million         | 40000000      | EUR
            They spent €1.2bn on it.                                               | €1.2bn                 | 1200000000    | EUR
            Japan pledged 5 trillion yen in loans.                                 | 5 trillion yen         | 5000000000000 | JPY
            The club paid £3m for the player.                                      | £3m                    | 3000000       | GBP
            The county received Sh5m from the government.                          | Sh5m                   | 5000000       | KES
            Farmers got KSh 2 billion in loans.                                    | KSh 2 billion          | 2000000000    | KES
            The ministry spent MVR 14.2m on the project.                           | MVR 14.2m              | 14200000      | MVR
            India announced 3.2 lakh crore rupees for infrastructure.              | 3.2 lakh crore rupees  | 3200000000000 | INR
            The state set aside Rs 500 crore for roads.                            | Rs 500 crore           | 5000000000    | INR
            The company invested R2 billion in the mine.                           | R2 billion             | 2000000000    | ZAR
            The UAE pledged AED 10 million.                                        | AED 10 million         | 10000000      | AED
            New Zealand offered NZ$2 million.                                      | NZ$2 million           | 2000000       | NZD
            The loan of US $ 4 billion was approved.                               | US $ 4 billion         | 4000000000    | USD
            A fund of HK $20 million opened.                                       | HK $20 million         | 20000000      | HKD
            The bank lent 7.5 billion yuan.                                        | 7.5 billion yuan       | 7500000000    | CNY
            Elbonia gave $3 million pa'anga to the islands.                        | $3 million pa'anga     | 3000000       | TOP
            The town raised $40,000 Canadian dollars for the shelter.              | $40,000 Canadian dollars | 40000       | CAD
            A gift of $2 million won praise from the mayor.                        | $2 million             | 2000000       | USD
            The agency will give nearly $7,50,000 to the clinic.                   | $7,50,000              | 750000        | USD
            The trust handed Rs 2,35,00,000 to the hospital.                       | Rs 2,35,00,000         | 23500000      | INR
            """)
    void recognizesMoney(String text, String mention, String value, String currency) {
        Entity money = single(text, EntityType.MONEY, mention);
        assertThat(money.attributes()).containsEntry("value", value).containsEntry("currency", currency);
        assertThat(money.mentions()).hasSize(1);
        assertThat(money.code()).isNull();
    }

    @ParameterizedTest(name = "{1} -> {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            The embassy donated 5,000 books to the school.   | 5,000              | 5000    | books
            The ship carried 169.4 tons of rice.             | 169.4 tons         | 169.4   | tons
            Volunteers collected five thousand signatures.   | five thousand      | 5000    | signatures
            Japan donated 20 ambulances to Vietnam.          | 20                 | 20      | ambulances
            Saudi Arabia sent 120 tons of dates.             | 120 tons           | 120     | tons
            Kenya imported 1.2 million tonnes of maize.      | 1.2 million tonnes | 1200000 | tonnes
            China handed over 300 laptops.                   | 300                | 300     | laptops
            twenty ambulances were delivered.                | twenty             | 20      | ambulances
            """)
    void recognizesQuantitiesWithUnits(String text, String mention, String value, String unit) {
        Entity q = single(text, EntityType.QUANTITY, mention);
        assertThat(q.attributes()).containsEntry("value", value).containsEntry("unit", unit);
    }

    @Test
    void countedNounIsTheHeadOfTheNounRun() {
        Entity q = single("The embassy handed over 5,000 literary books to the library.", EntityType.QUANTITY, "5,000");
        assertThat(q.attributes()).containsEntry("unit", "books");
    }

    @ParameterizedTest(name = "no amount in: {0}")
    @ValueSource(strings = {"Inflation rose 5% this year.", "The talks were held in 2024.", "A delegation arrived in Nairobi."})
    void percentagesYearsAndArticlesAreNotAmounts(String text) {
        ExtractionResult r = extract(text);
        assertThat(ofType(r, EntityType.MONEY)).isEmpty();
        assertThat(ofType(r, EntityType.QUANTITY)).isEmpty();
    }

    @Test
    void aYearAfterAPrepositionIsADate() {
        Entity d = single("The talks were held in 2024.", EntityType.DATE, "2024");
        assertThat(d.attributes()).containsEntry("value", "2024");
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The visit took place in October 2024.          | October 2024 | 2024-10
            The envoy came to Tarvo in August of 2020.     | August of 2020 | 2020-08
            Exports reached 2 billion dollars last year.   | last year    | 2024
            The minister arrived on Sunday.                | Sunday       | 2025-06-22
            The minister arrived yesterday.                | yesterday    | 2025-06-27
            """)
    void datesAreValuedAgainstThePublicationDate(String text, String mention, String value) {
        Entity d = single(text, EntityType.DATE, mention);
        assertThat(d.attributes()).containsEntry("value", value);
    }

    @ParameterizedTest(name = "{1} in a report from Jamaica -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A charity in Jamaica gave $2 million to schools in Kingston and Montego Bay. The Jamaican government thanked it.        | $2 million        | JMD
            A charity in Jamaica gave 2 million dollars to schools in Kingston and Montego Bay. The Jamaican government thanked it. | 2 million dollars | JMD
            A charity in Jamaica gave US$2 million to schools in Kingston and Montego Bay. The Jamaican government thanked it.      | US$2 million      | USD
            """)
    void aPlainDollarInAReportFromADollarCountryIsItsOwn(String text, String mention, String currency) {
        Entity money = single(text, EntityType.MONEY, mention);
        assertThat(money.attributes()).containsEntry("currency", currency);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A charity in Trinidad gave $2 million to schools in Port of Spain and Arima. Trinidad and Tobago thanked it.   | $2 million     | TTD
            A charity gave TT$2 million to a school.                                                                       | TT$2 million   | TTD
            A charity in Guyana gave $2 million to schools in Georgetown and Linden. The Guyanese government thanked it.   | $2 million     | GYD
            A charity in Barbados gave Bds$40,000 to a clinic in Bridgetown.                                             | Bds$40,000     | BBD
            A charity in Belize gave 2 million dollars to schools in Belmopan and Belize City. Belize thanked it.           | 2 million dollars | BZD
            A charity in Saint Lucia gave $2 million to schools in Castries and Soufriere. Saint Lucia thanked it.          | $2 million     | XCD
            A charity gave EC$500,000 to a school.                                                                         | EC$500,000     | XCD
            """)
    void caribbeanDollarsByTheirSymbolOrTheReportsCountry(String text, String mention, String currency) {
        Entity money = single(text, EntityType.MONEY, mention);
        assertThat(money.attributes()).containsEntry("currency", currency);
    }

    @Test
    void aPlainDollarInAReportFromElsewhereIsTheUsDollar() {
        Entity money = single("A charity in Kenya gave $2 million to schools in Nairobi and Mombasa. The Kenyan government thanked it.",
                EntityType.MONEY, "$2 million");
        assertThat(money.attributes()).containsEntry("currency", "USD");
    }

    @ParameterizedTest(name = "no money in: {0}")
    @ValueSource(strings = {"The P5 members met in New York.", "He climbed K2 last year.", "Traffic on the R5 highway was slow."})
    void singleLetterCodesAreNotMoney(String text) {
        assertThat(ofType(extract(text), EntityType.MONEY)).isEmpty();
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A youth club in Lae gave K4200 to a clinic run by the Papua New Guinea Red Cross.                              | K4200   | PGK
            A club in Lae gave K25,000 to a clinic in Papua New Guinea.                                                   | K25,000 | PGK
            A club in Lusaka gave K3500 to a clinic in Zambia.                                                            | K3500   | ZMW
            A club in Lilongwe gave K3500 to a clinic in Malawi.                                                          | K3500   | MWK
            """)
    void aLetterSymbolIsTheCurrencyOfTheNamedCountryThatWritesItSo(String text, String mention, String currency) {
        Entity money = single(text, EntityType.MONEY, mention);
        assertThat(money.attributes()).containsEntry("currency", currency);
    }

    @Test
    void aGluedLetterAmountWithNoCountryWritingItSoIsNoMoney() {
        assertThat(ofType(extract("The K9 unit of the Tarvo police bought a K4200 radio set in Kenya."), EntityType.MONEY)).isEmpty();
    }
}
