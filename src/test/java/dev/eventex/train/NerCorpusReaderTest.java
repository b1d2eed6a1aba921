package dev.eventex.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCorpusReaderTest {

    private static final String FINE_TYPED = String.join("\n",
            "Senator\tO",
            "Ilse\tB-politician",
            "Marrow\tI-politician",
            "of\tO",
            "the\tO",
            "Elbonian\tB-politicalparty",
            "Green\tI-politicalparty",
            "Party\tI-politicalparty",
            "won\tO",
            "the\tO",
            "2031\tB-election",
            "Elbonia\tI-election",
            "election\tI-election",
            "in\tO",
            "Elbonia\tB-country",
            ".\tO",
            "");

    @Test
    void fineGrainedDomainTypesBecomePersonOrganizationLocationAndTheRestIsDropped() {
        List<NameSample> samples = NerCorpusReader.readConll(FINE_TYPED.lines().toList());

        assertThat(samples).hasSize(1);
        assertThat(samples.get(0).getNames()).containsExactly(
                new Span(1, 3, "person"), new Span(5, 8, "organization"), new Span(14, 15, "location"));
    }

    @Test
    void emergingEntityGroupsAndCorporationsAreOrganizationsAndProductsAreDropped() {
        List<NameSample> samples = NerCorpusReader.readConll(String.join("\n",
                "Tarvo\tB-corporation",
                "Motors\tI-corporation",
                "and\tO",
                "the\tO",
                "Velor\tB-group",
                "Singers\tI-group",
                "praised\tO",
                "the\tO",
                "Tarvo\tB-product",
                "X2\tI-product",
                "in\tO",
                "Elbonia\tB-location",
                ".\tO",
                "").lines().toList());

        assertThat(samples).hasSize(1);
        assertThat(samples.get(0).getNames()).containsExactly(
                new Span(0, 2, "organization"), new Span(4, 6, "organization"), new Span(11, 12, "location"));
    }

    @Test
    void typeNamesAreMatchedWithoutRegardToCase() {
        assertThat(NerCorpusReader.mapType("Organisation")).isEqualTo("organization");
        assertThat(NerCorpusReader.mapType("UNIVERSITY")).isEqualTo("organization");
        assertThat(NerCorpusReader.mapType("Weapon")).isNull();
        assertThat(NerCorpusReader.mapType("misc")).isNull();
    }

    @Test
    void gzippedColumnFilesAreDecompressed(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("train.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(FINE_TYPED.getBytes(StandardCharsets.UTF_8));
        }

        List<NameSample> samples = new NerCorpusReader(w -> false).read(gz, NerCorpusFormat.guess(gz));

        assertThat(samples).hasSize(1);
        assertThat(samples.get(0).getSentence()).hasSize(16);
        assertThat(samples.get(0).getNames()).hasSize(3);
    }

    @Test
    void aDirectoryStandsForItsCorpusFilesOnlyInNameOrder(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("agency"));
        Files.writeString(sub.resolve("b.conll"), "Ann\tB-PER\n");
        Files.writeString(sub.resolve("a.conll"), "Bo\tB-PER\n");
        Files.writeString(sub.resolve("LICENSE"), "Released under an open licence .\n");
        Files.writeString(dir.resolve("README.txt"), "About this corpus\n");

        assertThat(NerCorpusReader.corpusFiles(dir)).containsExactly(sub.resolve("a.conll"), sub.resolve("b.conll"));
        assertThat(NerCorpusReader.corpusFiles(sub.resolve("b.conll"))).containsExactly(sub.resolve("b.conll"));
    }
}
