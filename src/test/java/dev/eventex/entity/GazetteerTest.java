package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventex.api.Document;
import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Extractor;
import dev.eventex.api.InvariantHarness;
import dev.eventex.api.Mention;
import dev.eventex.api.SharedExtractor;
import dev.eventex.internal.ModelSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    /** Loading a user models directory (merged into the packaged files): every malformed line is reported with file:line. */
    @Nested
    class Loading {

        @TempDir
        Path models;

        /** A small but complete gazetteer set, every file the loader reads. */
        private final Map<String, String> files = new LinkedHashMap<>();

        @BeforeEach
        void validFiles() {
            files.put(Gazetteer.COUNTRIES, """
                    # code	name	official	aliases	demonyms
                    KZ	Kazakhstan	Republic of Kazakhstan	Qazaqstan	Kazakh|Kazakhs
                    MN	Mongolia	Mongolia	Outer Mongolia	Mongolian|Mongolians
                    """);
            files.put(Gazetteer.CITIES, """
                    # name	country	aliases	capital
                    Astana	KZ	Nur-Sultan	yes
                    Ulaanbaatar	MN	Ulan Bator	yes
                    """);
            files.put(Gazetteer.ORGANIZATIONS, """
                    United Nations	UN|U.N.	international
                    """);
            files.put(Gazetteer.BODIES, """
                    State Great Khural	MN	Great Khural	parliament
                    National Assembly		Parliament	parliament
                    """);
            files.put(Gazetteer.TITLES, """
                    # titles
                    President
                    Foreign Minister
                    """);
            files.put(Gazetteer.GROUPS, """
                    members
                    """);
        }

        private Gazetteer load() throws IOException {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = models.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
            return Gazetteer.load(ModelSource.directory(models));
        }

        @Test
        void validFilesLoad() throws IOException {
            Gazetteer g = load();
            assertThat(g.countryName("KZ")).isEqualTo("Kazakhstan");
            assertThat(g.countryName("MN")).isEqualTo("Mongolia");
            assertThat(g.countryName("TR")).as("the user's files add to the packaged ones").isEqualTo("Türkiye");
            assertThat(g.isGroupNoun("members")).isTrue();
            assertThat(g.isGroupNoun("zorkmids")).isFalse();
            assertThat(g.size()).isPositive();
        }

        @Test
        void aByteOrderMarkOnTheFirstLineIsIgnored() throws IOException {
            files.put(Gazetteer.COUNTRIES, "\uFEFFKZ\tKazakhstan\tRepublic of Kazakhstan\t\tKazakh\n"
                    + "MN\tMongolia\tMongolia\t\tMongolian\n");
            assertThat(load().countryName("KZ")).isEqualTo("Kazakhstan");
        }

        @Test
        void wrongColumnCountNamesFileAndLine() {
            files.put(Gazetteer.CITIES, """
                    # name	country	aliases	capital
                    Astana	KZ	Nur-Sultan	yes
                    Ulaanbaatar	MN	yes
                    """);
            assertThatThrownBy(this::load).isInstanceOf(GazetteerException.class)
                    .hasMessageContaining("cities.tsv:3")
                    .hasMessageContaining("expected 4 tab-separated column(s), found 3");
        }

        @Test
        void blankLinesAndCommentsCountInLineNumbers() {
            files.put(Gazetteer.ORGANIZATIONS, """
                    # organizations

                    United Nations	UN	international
                    # more
                    African Union	AU
                    """);
            assertThatThrownBy(this::load).isInstanceOf(GazetteerException.class)
                    .hasMessageContaining("organizations.tsv:5");
        }

        @Test
        void badCountryCodeNamesFileAndLine() {
            files.put(Gazetteer.COUNTRIES, """
                    KZ	Kazakhstan	Republic of Kazakhstan		Kazakh
                    mn	Mongolia	Mongolia		Mongolian
                    """);
            assertThatThrownBy(this::load).isInstanceOf(GazetteerException.class)
                    .hasMessageContaining("countries.tsv:2")
                    .hasMessageContaining("'mn'");
        }

        @Test
        void aDivisionOfACountryIsARegionWithTheCountrysCode() throws IOException {
            files.put(Gazetteer.SUBDIVISIONS, """
                    # name	country	aliases
                    Karnov Oblast	KZ	Karnov Region
                    """);
            Gazetteer g = load();
            List<Gazetteer.Match> found = g.findNames(HandText.doc("Floods hit/VERB the/DET Karnov Region ./PUNCT").sentences().get(0));
            assertThat(found).singleElement().satisfies(m -> {
                assertThat(m.first().kind()).isEqualTo(GazetteerEntry.Kind.REGION);
                assertThat(m.first().canonical()).isEqualTo("Karnov Oblast");
                assertThat(m.first().code()).isEqualTo("KZ");
                assertThat(m.first().type()).isEqualTo(EntityType.LOCATION);
            });
            // the packaged divisions load too
            assertThat(g.findNames(HandText.doc("in/ADP Bavaria").sentences().get(0)))
                    .singleElement().satisfies(m -> assertThat(m.first().code()).isEqualTo("DE"));
        }

        @Test
        void unknownCountryCodeInSubdivisionsNamesFileAndLine() {
            files.put(Gazetteer.SUBDIVISIONS, "Karnov Oblast\tKZ\t\nAtlantis Province\tZZ\t\n");
            assertThatThrownBy(this::load).isInstanceOf(GazetteerException.class)
                    .hasMessageContaining("subdivisions.tsv:2").hasMessageContaining("'ZZ'");
        }

        @Test
        void unknownCountryCodeInCitiesNamesFileAndLine() {
            files.put(Gazetteer.CITIES, """
                    # name	country	aliases	capital
                    Astana	KZ	Nur-Sultan	yes
                    Atlantis	ZZ		no
                    """);
            assertThatThrownBy(this::load).isInstanceOf(GazetteerException.class)
                    .hasMessageContaining("cities.tsv:3")
                    .hasMessageContaining("unknown country code 'ZZ'");
        }

        @Test
        void unknownCountryCodeInGovernmentBodiesNamesFileAndLine() {
            files.put(Gazetteer.BODIES, """
                    State Great Khural	MN	Great Khural	parliament
                    Mazhilis	QQ		parliament
                    """);
            assertThatThrownBy(this::load).isInstanceOf(GazetteerException.class)
                    .hasMessageContaining("government-bodies.tsv:2")
                    .hasMessageContaining("'QQ'");
        }

        @Test
        void capitalColumnMustBeYesOrNo() {
            files.put(Gazetteer.CITIES, "Astana\tKZ\t\tmaybe\n");
            assertThatThrownBy(this::load).isInstanceOf(GazetteerException.class)
                    .hasMessageContaining("cities.tsv:1")
                    .hasMessageContaining("'maybe'");
        }

        @Test
        void emptyFirstColumnNamesFileAndLine() {
            files.put(Gazetteer.ORGANIZATIONS, "United Nations\tUN\tinternational\n\tAU\tregional\n");
            assertThatThrownBy(this::load).isInstanceOf(GazetteerException.class)
                    .hasMessageContaining("organizations.tsv:2")
                    .hasMessageContaining("first column is empty");
        }

        @Test
        void titlesWithATabAreRejected() {
            files.put(Gazetteer.TITLES, "President\nForeign\tMinister\n");
            assertThatThrownBy(this::load).isInstanceOf(GazetteerException.class)
                    .hasMessageContaining("titles.txt:2");
        }

        @Test
        void everyMalformedLineOfEveryFileIsReportedAtOnce() {
            files.put(Gazetteer.COUNTRIES, """
                    KZ	Kazakhstan	Republic of Kazakhstan	Qazaqstan	Kazakh|Kazakhs
                    kz	Elbonia	Republic of Elbonia		Elbonian
                    MN	Mongolia	Mongolia	Outer Mongolia	Mongolian|Mongolians
                    """);
            files.put(Gazetteer.CITIES, """
                    Astana	KZ	Nur-Sultan	yes
                    Elbograd	EB		yes
                    Ulaanbaatar	MN	yes
                    Darkhan	MN		sometimes
                    """);
            files.put(Gazetteer.TITLES, "President\nForeign\tMinister\n");
            assertThatThrownBy(this::load).isInstanceOfSatisfying(GazetteerException.class, e -> assertThat(e.errors())
                    .satisfiesExactly(
                            m -> assertThat(m).contains("countries.tsv:2").contains("two upper-case letters"),
                            m -> assertThat(m).contains("cities.tsv:2").contains("unknown country code 'EB'"),
                            m -> assertThat(m).contains("cities.tsv:3").contains("expected 4 tab-separated column(s), found 3"),
                            m -> assertThat(m).contains("cities.tsv:4").contains("capital must be 'yes' or 'no'"),
                            m -> assertThat(m).contains("titles.txt:2")))
                    .hasMessageContaining("5 errors");
        }
    }

    /** The packaged gazetteer maps aliases and demonyms to ISO codes (through the extractor). */
    @Nested
    class Packaged {

        private final Extractor extractor = SharedExtractor.defaults();

        private ExtractionResult extract(String text) {
            return InvariantHarness.extractAndCheck(extractor, Document.of("gaz", text));
        }

        private List<Entity> locations(ExtractionResult r) {
            return r.entities().stream().filter(e -> e.type() == EntityType.LOCATION).toList();
        }

        @ParameterizedTest(name = "{0} -> {1} ({2})")
        @CsvSource(delimiter = '|', textBlock = """
                Turkiye    | TR | Türkiye
                Türkiye    | TR | Türkiye
                Turkey     | TR | Türkiye
                UK         | GB | United Kingdom
                Britain    | GB | United Kingdom
                Kazakhstan | KZ | Kazakhstan
                Mongolia   | MN | Mongolia
                """)
        void aliasResolvesToCountryCode(String alias, String code, String canonical) {
            ExtractionResult r = extract("The minister travelled to " + alias + " last week.");
            assertThat(locations(r)).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo(code);
                assertThat(e.name()).isEqualTo(canonical);
                assertThat(e.mentions()).extracting(Mention::text).containsExactly(alias);
            });
        }

        @Test
        void aliasesOfOneCountryMergeIntoOneEntity() {
            ExtractionResult r = extract("Turkiye, Türkiye and Turkey are one country. The UK and Britain agreed.");
            assertThat(locations(r)).extracting(Entity::code).containsExactly("TR", "GB");
            assertThat(locations(r).get(0).mentions()).extracting(Mention::text).containsExactly("Turkiye", "Türkiye", "Turkey");
            assertThat(locations(r).get(1).mentions()).extracting(Mention::text).containsExactly("UK", "Britain");
        }

        @Test
        void demonymPhraseIsAMentionOfTheCountry() {
            String text = "Kazakh authorities said the project in Kazakhstan was on track.";
            ExtractionResult r = extract(text);
            assertThat(locations(r)).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo("KZ");
                assertThat(e.name()).isEqualTo("Kazakhstan");
                assertThat(e.mentions()).extracting(Mention::text).contains("Kazakhstan")
                        .anySatisfy(m -> assertThat(m).startsWith("Kazakh").isNotEqualTo("Kazakhstan"));
            });
        }

        @Test
        void theShortNameOfALegislatureOrCabinetIsAnOrganization() {
            ExtractionResult r = extract("The National Assembly of Velmora met on Monday. Minister Tarn Osk told the Assembly "
                    + "that the Cabinet had approved the plan.");
            assertThat(r.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                    .flatExtracting(Entity::mentions).extracting(Mention::text)
                    .contains("Assembly", "Cabinet").anySatisfy(m -> assertThat(m).startsWith("National Assembly"));
        }

        @Test
        void cityCarriesItsCountry() {
            ExtractionResult r = extract("The delegation arrived in Ulaanbaatar on Monday.");
            assertThat(locations(r)).singleElement().satisfies(e -> {
                assertThat(e.name()).isEqualTo("Ulaanbaatar");
                assertThat(e.attributes()).containsEntry("country", "MN");
            });
        }
    }
}
