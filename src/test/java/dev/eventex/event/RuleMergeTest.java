package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventex.api.Document;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Extractor;
import dev.eventex.api.Meeting;
import dev.eventex.api.SharedExtractor;
import dev.eventex.api.Visit;
import dev.eventex.internal.ModelSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule files in a models directory merge into the packaged rules by id: a new id adds a rule,
 * a packaged id replaces that rule in its place, and {@code "disable"} removes packaged rules.
 */
class RuleMergeTest {

    private static final String ROLES = """
            "roles": {
              "visitor": [{"find": "subject", "types": ["PERSON"]}],
              "destination": [{"find": "after", "words": ["to"], "types": ["LOCATION"]}]
            }""";

    private final RuleLoader loader = new RuleLoader();
    private final List<EventRule> packaged = loader.loadAll(ModelSource.classpath());

    @TempDir
    Path models;

    private void write(String relative, String content) throws IOException {
        Path p = models.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static String visitRule(String id, String lemma) {
        return "{\"id\": \"" + id + "\", \"event\": \"Visit\", \"trigger\": {\"lemmas\": [\"" + lemma + "\"]}, " + ROLES + "}";
    }

    private static List<String> ids(List<EventRule> rules) {
        return rules.stream().map(EventRule::id).toList();
    }

    @Test
    void aNewIdIsAddedAndAPackagedIdReplacesThatRuleInPlace() throws IOException {
        EventRule first = packaged.get(0);
        assertThat(first.eventType()).isEqualTo("Visit");
        write("rules/mine.json", "{\"rules\": [" + visitRule(first.id(), "tour") + ", " + visitRule("mine.tour", "tour") + "]}");

        List<EventRule> merged = loader.loadAll(ModelSource.directory(models));

        List<String> expected = new ArrayList<>(ids(packaged));
        expected.add("mine.tour");
        assertThat(ids(merged)).containsExactlyElementsOf(expected);
        assertThat(merged.get(0).lemmas()).containsExactly("tour");
        assertThat(merged.get(0).source()).isEqualTo(models.resolve("rules/mine.json").toString());
        assertThat(merged.subList(1, packaged.size())).as("the other rules are the packaged ones")
                .allSatisfy(r -> assertThat(r.source()).startsWith("models/rules/"));
    }

    @Test
    void aDisableListRemovesPackagedRulesById() throws IOException {
        String off = packaged.get(1).id();
        write("rules/off.json", "{\"description\": \"rules we do not want\", \"disable\": [\"" + off + "\"]}");
        List<String> expected = new ArrayList<>(ids(packaged));
        expected.remove(off);
        assertThat(ids(loader.loadAll(ModelSource.directory(models)))).containsExactlyElementsOf(expected);
    }

    @Test
    void unknownDisabledIdsAndAReplacedRuleThatIsAlsoDisabledAreErrors() throws IOException {
        String id = packaged.get(0).id();
        write("rules/a.json", "{\"rules\": [" + visitRule(id, "tour") + "], \"disable\": [\"no.such.rule\", \"" + id + "\", 3]}");
        String file = models.resolve("rules/a.json").toString();
        assertThatThrownBy(() -> loader.loadAll(ModelSource.directory(models)))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.errors()).containsExactly(
                        file + ": /disable/2: must be a rule id (a string)"));
        write("rules/a.json", "{\"rules\": [" + visitRule(id, "tour") + "], \"disable\": [\"no.such.rule\", \"" + id + "\"]}");
        assertThatThrownBy(() -> loader.loadAll(ModelSource.directory(models)))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.errors()).containsExactly(
                        file + ": /disable/0: no packaged rule 'no.such.rule' to disable",
                        file + ": rule '" + id + "' is both replaced and disabled"));
    }

    @Test
    void withAnIndexOnlyTheListedUserFilesAreRead() throws IOException {
        write("rules/index.txt", "# ours\nvisit.json\nextra.json\n");
        write("rules/extra.json", "{\"rules\": [" + visitRule("extra.tour", "tour") + "]}");
        write("rules/unlisted.json", "{\"rules\": [" + visitRule("unlisted.tour", "tour") + "]}");
        List<String> got = ids(loader.loadAll(ModelSource.directory(models)));
        assertThat(got).contains("extra.tour").doesNotContain("unlisted.tour").hasSize(packaged.size() + 1);
    }

    @Test
    void disablingEveryVisitRuleStopsVisitsAndNothingElse() throws IOException {
        String visitIds = packaged.stream().filter(r -> r.eventType().equals("Visit"))
                .map(r -> "\"" + r.id() + "\"").collect(Collectors.joining(", "));
        write("rules/no-visits.json", "{\"disable\": [" + visitIds + "]}");
        Document doc = Document.of("t", "Prime Minister Tomas Varga of Elbonia visited Chile on Monday. "
                + "He met President Ana Lutz of Chile in Santiago on Tuesday.").withDate(LocalDate.of(2025, 3, 5));

        ExtractionResult before = SharedExtractor.defaults().extract(doc);
        ExtractionResult after = Extractor.builder().modelsDirectory(models).build().extract(doc);

        assertThat(before.eventsOf(Visit.class)).isNotEmpty();
        assertThat(after.eventsOf(Visit.class)).isEmpty();
        assertThat(after.eventsOf(Meeting.class)).isEqualTo(before.eventsOf(Meeting.class)).isNotEmpty();
    }
}
