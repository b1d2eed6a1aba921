package dev.eventex.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.EntityType;
import dev.eventex.internal.ModelSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated organization file ({@code organizations-mined.tsv}) is one more organization
 * gazetteer, and a kind marked {@code |ambiguous} makes its name need support like a name of
 * {@code ambiguous-organization-names.txt}. Invented names in a models directory of the test's own.
 */
class MinedOrganizationsTest {

    @TempDir
    Path dir;

    private List<String> organizations(String sentence) throws IOException {
        Files.createDirectories(dir.resolve("gazetteers"));
        Files.writeString(dir.resolve("gazetteers/organizations-mined.tsv"),
                "Zentrova\tZentrova Inc.\tcompany\nLantern\t\tband|ambiguous\n");
        Gazetteer gazetteer = Gazetteer.load(ModelSource.directory(dir));
        EntityRecognizer recognizer = new EntityRecognizer(gazetteer, null, HandText.VALUES, HandText.LEXICONS);
        return recognizer.recognize(HandText.doc(sentence), recognizer.newDocument(), () -> false).stream()
                .filter(m -> m.kind() == MentionKind.NAME && m.type() == EntityType.ORGANIZATION).map(EntityMention::text).toList();
    }

    @Test
    void theMinedFileIsAnOrganizationFile() {
        assertThat(Gazetteer.ORGANIZATION_FILES).endsWith(Gazetteer.MINED_ORGANIZATIONS);
    }

    @Test
    void aPlainMinedNameIsAnOrganization() throws IOException {
        assertThat(organizations("Engineers/NOUN at/ADP Zentrova wrote/VERB the/DET tool/NOUN ./PUNCT")).containsExactly("Zentrova");
        assertThat(organizations("Zentrova Inc. hired/VERB forty/NUM people/NOUN ./PUNCT")).containsExactly("Zentrova Inc.");
    }

    @Test
    void anAmbiguousMinedNameNeedsACue() throws IOException {
        assertThat(organizations("The/DET Lantern hung/VERB by/ADP the/DET door/NOUN ./PUNCT")).isEmpty();
        assertThat(organizations("Lantern said/VERB in/ADP a/DET statement/NOUN on/ADP Tuesday ./PUNCT")).containsExactly("Lantern");
    }
}
