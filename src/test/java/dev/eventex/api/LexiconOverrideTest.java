package dev.eventex.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventex.internal.ModelFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word lists are data: a models directory changes what the extractor does without recompiling. */
class LexiconOverrideTest {

    private static final String TEXT = "Hungarian Foreign Minister Anna Kovacs scrapped plans to visit Chile next week.";

    @TempDir
    Path models;

    private static String packaged(String relative) throws IOException {
        try (InputStream in = LexiconOverrideTest.class.getClassLoader().getResourceAsStream("dev/eventex/models/" + relative)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void write(String relative, String content) throws IOException {
        Path p = models.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static long visits(Extractor extractor) {
        return extractor.extract(Document.of("t", TEXT).withDate(LocalDate.of(2025, 3, 5))).eventsOf(Visit.class).size();
    }

    @Test
    void aNegationAddedInTheModelsDirectoryVetoesTheEvent() throws IOException {
        assertThat(visits(SharedExtractor.defaults())).as("packaged lists: 'scrap' is no negation").isEqualTo(1);
        // one line is enough: the file adds to the packaged list
        write("lexicons/negations.txt", "# ours\nscrap\n");
        assertThat(visits(Extractor.builder().modelsDirectory(models).build())).isZero();
    }

    @Test
    void malformedWordListsAndRulesAreReportedTogether() throws IOException {
        write("lexicons/negations.txt", "not\nscrap\nnot\nsoon\tagain\n");
        write("rules/visit.json", packaged("rules/visit.json").replaceFirst("\"confidence\": *[0-9.]+", "\"confidence\": \"high\""));
        assertThatThrownBy(() -> Extractor.builder().modelsDirectory(models).build())
                .isInstanceOfSatisfying(ModelFileException.class, e -> assertThat(e.errors()).satisfiesExactly(
                        m -> assertThat(m).matches(".*negations\\.txt:\\d+: 'not' is listed twice"),
                        m -> assertThat(m).matches(".*negations\\.txt:\\d+: one entry per line, found a tab in 'soon\\\\tagain'"),
                        m -> assertThat(m).matches(".*visit\\.json: /rules/\\d+/confidence: must be a number in \\(0, 1]")));
    }
}
