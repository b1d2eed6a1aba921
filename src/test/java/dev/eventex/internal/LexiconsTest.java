package dev.eventex.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word lists load from the jar, and a models directory adds to them and removes from them line by line. */
class LexiconsTest {

    @TempDir
    Path models;

    private void write(String name, String content) throws IOException {
        Path p = models.resolve(Lexicons.DIR + name + ".txt");
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    @Test
    void everyPackagedLexiconLoadsWithEntries() {
        Lexicons lexicons = Lexicons.load(ModelSource.classpath());
        for (String name : Lexicons.NAMES) {
            assertThat(lexicons.get(name)).as(name).isNotEmpty().allSatisfy(w -> {
                assertThat(w).isEqualTo(w.strip()).doesNotContain("\t");
                assertThat(w).doesNotStartWith("#");
            });
        }
        // entries are read as written: comments and the header are not words, punctuation and case are kept
        assertThat(lexicons.get(Lexicons.PREPOSITIONS)).contains("of", "towards").doesNotContain("Prepositions:");
        assertThat(lexicons.get(Lexicons.TOPIC_STOPS)).contains(";", "\"", "\u201D");
        assertThat(lexicons.get(Lexicons.CAPITALISED_FUNCTION_WORDS)).contains("The", "Mr.").doesNotContain("the");
        assertThat(lexicons.get(Lexicons.MEASURE_UNITS)).contains("metric tons");
    }

    @Test
    void aFileInTheModelsDirectoryAddsToAndRemovesFromThePackagedList() throws IOException {
        Lexicons packaged = Lexicons.load(ModelSource.classpath());
        assertThat(packaged.get(Lexicons.NEGATIONS)).contains("not", "never").doesNotContain("scrap");
        write(Lexicons.NEGATIONS, """
                # our own negations
                scrap
                !remove never
                not
                """);
        Lexicons lexicons = Lexicons.load(ModelSource.directory(models));
        Set<String> expected = new HashSet<>(packaged.get(Lexicons.NEGATIONS));
        expected.add("scrap");
        expected.remove("never");
        assertThat(lexicons.get(Lexicons.NEGATIONS)).as("packaged entries stay, one added, one removed, a repeated one is harmless")
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(lexicons.get(Lexicons.PREPOSITIONS)).as("files not in the directory come from the jar")
                .isEqualTo(packaged.get(Lexicons.PREPOSITIONS));
    }

    @Test
    void anEntryStartingLikeTheRemovalWordIsAnOrdinaryEntry() throws IOException {
        write(Lexicons.NEGATIONS, "!removed\n");
        assertThat(Lexicons.load(ModelSource.directory(models)).get(Lexicons.NEGATIONS)).contains("!removed", "never");
    }

    @Test
    void removingAnEntryThePackagedListDoesNotHaveIsAnErrorWithFileAndLine() throws IOException {
        write(Lexicons.NEGATIONS, "# header\nscrap\n!remove nevermore\n!remove\n");
        assertThatThrownBy(() -> Lexicons.load(ModelSource.directory(models)))
                .isInstanceOfSatisfying(ModelFileException.class, e -> assertThat(e.errors()).containsExactly(
                        models.resolve("lexicons/negations.txt") + ":3: cannot remove 'nevermore': it is not in the packaged "
                                + "models/lexicons/negations.txt",
                        models.resolve("lexicons/negations.txt") + ":4: '!remove' must be followed by the entry to remove"));
    }

    @Test
    void everyMalformedLineIsReportedWithFileAndLine() throws IOException {
        write(Lexicons.NEGATIONS, "# header\nnot\nnever\tagain\n\nnot\n");
        write(Lexicons.PREPOSITIONS, "of\nin\nof\n");
        assertThatThrownBy(() -> Lexicons.load(ModelSource.directory(models)))
                .isInstanceOfSatisfying(ModelFileException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        models.resolve("lexicons/negations.txt") + ":3: one entry per line, found a tab in 'never\\tagain'",
                        models.resolve("lexicons/negations.txt") + ":5: 'not' is listed twice",
                        models.resolve("lexicons/prepositions.txt") + ":3: 'of' is listed twice"))
                .hasMessageStartingWith("3 errors:");
    }

    @Test
    void anUnknownLexiconNameIsAProgrammingError() {
        Lexicons lexicons = Lexicons.load(ModelSource.classpath());
        assertThatThrownBy(() -> lexicons.get("no-such-list")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-list");
    }
}
