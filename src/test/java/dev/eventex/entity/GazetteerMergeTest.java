package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventex.api.Document;
import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Extractor;
import dev.eventex.internal.ModelSource;
import dev.eventex.normalize.Currencies;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gazetteer file in a models directory adds to the packaged one: a line with a new key is
 * added, a line with a packaged key replaces that line, {@code !remove KEY} drops it.
 */
class GazetteerMergeTest {

    @TempDir
    Path models;

    private void write(String relative, String content) throws IOException {
        Path p = models.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    /** The country codes of the packaged countries.tsv, read straight from the jar. */
    private static List<String> packagedCountryCodes() throws IOException {
        try (InputStream in = GazetteerMergeTest.class.getClassLoader().getResourceAsStream("dev/eventex/models/" + Gazetteer.COUNTRIES);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
        }
    }

    @Test
    void oneLineAddsAnAliasWhileEveryPackagedCountryStillLoads() throws IOException {
        write(Gazetteer.COUNTRIES, """
                # one line, not a copy of the whole file: it replaces the packaged MN line
                MN	Mongolia	Mongolia	Mongol Uls|Mongolistan	Mongolian|Mongolians
                """);
        Gazetteer packaged = Gazetteer.load(ModelSource.classpath());
        Gazetteer merged = Gazetteer.load(ModelSource.directory(models));
        assertThat(packaged.isName("Mongolistan")).isFalse();
        assertThat(merged.isName("Mongolistan")).isTrue();
        assertThat(merged.isName("Mongolia")).isTrue();
        List<String> codes = packagedCountryCodes();
        assertThat(codes).hasSizeGreaterThan(240);
        assertThat(codes).allSatisfy(code -> assertThat(merged.countryName(code)).as(code).isEqualTo(packaged.countryName(code)));
        assertThat(merged.isName("Kazakhstan")).isTrue();
        assertThat(merged.size()).isEqualTo(packaged.size() + 2);

        Extractor extractor = Extractor.builder().modelsDirectory(models).build();
        ExtractionResult r = extractor.extract(Document.of("alias", "The trade minister flew from Mongol Uls to Kazakhstan on Monday."));
        assertThat(r.entities()).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::code)
                .containsExactly("MN", "KZ");
    }

    @Test
    void aNewLineIsAddedAndARemovedLineIsGone() throws IOException {
        Gazetteer packaged = Gazetteer.load(ModelSource.classpath());
        assertThat(packaged.isName("Darkhan")).isTrue();
        assertThat(packaged.isName("Elbograd")).isFalse();
        write(Gazetteer.CITIES, "Elbograd\tMN\tElbo City\tno\n!remove Darkhan\n");
        Gazetteer merged = Gazetteer.load(ModelSource.directory(models));
        assertThat(merged.isName("Elbograd")).isTrue();
        assertThat(merged.isName("Darkhan")).isFalse();
        assertThat(merged.isName("Darhan")).as("the removed line's aliases go with it").isFalse();
        assertThat(merged.isName("Ulaanbaatar")).isTrue();
    }

    @Test
    void userLinesAreCheckedAndReportedWithTheirFileAndLine() throws IOException {
        write(Gazetteer.CITIES, """
                # name	country	aliases	capital
                Elbograd	MN	no
                Elbograd	MN		no
                Elbograd	MN		no
                !remove Atlantis
                """);
        String file = models.resolve(Gazetteer.CITIES).toString();
        assertThatThrownBy(() -> Gazetteer.load(ModelSource.directory(models)))
                .isInstanceOfSatisfying(GazetteerException.class, e -> assertThat(e.errors()).as("in the order of the user's file")
                        .containsExactly(
                        file + ":2: expected 4 tab-separated column(s), found 3",
                        file + ":3: 'Elbograd' is listed twice",
                        file + ":4: 'Elbograd' is listed twice",
                        file + ":5: cannot remove 'Atlantis': it is not in the packaged models/gazetteers/cities.tsv"));
    }

    @Test
    void aCurrencyIsAddedAndOneRemoved() throws IOException {
        Currencies packaged = Currencies.load(ModelSource.classpath());
        assertThat(packaged.byWord("zorkmids")).isNull();
        assertThat(packaged.byWord("rand")).isEqualTo("ZAR");
        write(Currencies.FILE, "XZK\tZK$\tzorkmids|zorkmid\n!remove ZAR\n");
        Currencies merged = Currencies.load(ModelSource.directory(models));
        assertThat(merged.byWord("zorkmids")).isEqualTo("XZK");
        assertThat(merged.bySymbol("ZK$")).isEqualTo("XZK");
        assertThat(merged.byWord("rand")).isNull();
        assertThat(merged.byWord("euros")).isEqualTo("EUR");
    }
}
