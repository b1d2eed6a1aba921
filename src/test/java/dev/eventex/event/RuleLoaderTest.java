package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventex.api.CustomEvent;
import dev.eventex.api.Document;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Extractor;
import dev.eventex.api.InvariantHarness;
import dev.eventex.internal.ModelSource;
import dev.eventex.json.ResultJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {

    private final RuleLoader loader = new RuleLoader();

    private List<EventRule> load(String json) throws IOException {
        return loader.load("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** One rule wrapped in a file, with {@code body} spliced into the rule object. */
    private static String visitRule(String body) {
        return """
                {"rules": [{
                  "id": "t.visit",
                  "event": "Visit",
                  %s
                }]}
                """.formatted(body);
    }

    private static final String VISIT_ROLES = """
            "roles": {
              "visitor": [{"find": "subject", "types": ["PERSON"]}],
              "destination": [{"find": "object", "types": ["LOCATION"]}]
            }""";

    @Test
    void aValidRuleLoads() throws IOException {
        List<EventRule> rules = load(visitRule("""
                "trigger": {"lemmas": ["visit"], "pos": ["VERB"]},
                "unless": ["[lemma=museum]"],
                "confidence": 0.7,
                """ + VISIT_ROLES));
        assertThat(rules).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("t.visit");
            assertThat(r.eventType()).isEqualTo("Visit");
            assertThat(r.lemmas()).containsExactly("visit");
            assertThat(r.pos()).containsExactly("VERB");
            assertThat(r.unless()).hasSize(1);
            assertThat(r.confidence()).isEqualTo(0.7);
            assertThat(r.required()).containsExactly("visitor", "destination");
            assertThat(r.roles()).containsOnlyKeys("visitor", "destination");
            assertThat(r.roles().get("visitor").value()).isEqualTo(RoleSpec.ValueKind.ARGUMENT);
            assertThat(r.source()).isEqualTo("test.json");
        });
    }

    @Test
    void tiedVetoesLoadApartFromPlainOnes() throws IOException {
        assertThat(load(visitRule("\"trigger\": {\"lemmas\": [\"arrive\"]}, \"unless\": [\"[lemma=museum]\"], "
                + "\"unlessTied\": [\"[lemma=home|back]\", \"[lemma=force]\"], " + VISIT_ROLES))).singleElement().satisfies(r -> {
                    assertThat(r.unless()).hasSize(1);
                    assertThat(r.unlessTied()).hasSize(2);
                });
        assertThatThrownBy(() -> load(visitRule("\"trigger\": {\"lemmas\": [\"arrive\"]}, \"unlessTied\": [\"[lemma=home\"], "
                + VISIT_ROLES))).hasMessageContaining("/unlessTied/0");
    }

    @Test
    void countryConstraintsNameTwoRolesOfTheRule() throws IOException {
        assertThat(load(visitRule("\"trigger\": {\"lemmas\": [\"visit\"]}, \"awayFrom\": [\"visitor\", \"destination\"], "
                + "\"requireAway\": [\"visitor\", \"destination\"], " + VISIT_ROLES))).singleElement().satisfies(r -> {
                    assertThat(r.awayFrom()).containsExactly("visitor", "destination");
                    assertThat(r.requireAway()).containsExactly("visitor", "destination");
                });
        assertThatThrownBy(() -> load(visitRule("\"trigger\": {\"lemmas\": [\"visit\"]}, \"awayFrom\": [\"visitor\"], "
                + "\"requireAway\": [\"visitor\", \"host\"], " + VISIT_ROLES)))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.errors()).satisfiesExactly(
                        m -> assertThat(m).startsWith("test.json: /rules/0/awayFrom: must name two roles"),
                        m -> assertThat(m).isEqualTo("test.json: /rules/0/requireAway: role 'host' has no finder or capture")));
    }

    @Test
    void everyErrorOfABrokenFileIsListedWithItsPointer() throws IOException {
        try (var in = RuleLoaderTest.class.getResourceAsStream("/rules/broken.json")) {
            assertThatThrownBy(() -> loader.load("broken.json", in)).isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.errors())
                    .satisfiesExactly(
                            m -> assertThat(m).isEqualTo("broken.json: /rules/1/trigger/lemmas: must be an array of strings"),
                            m -> assertThat(m).isEqualTo("broken.json: /rules/1/trigger/pos/1: must be a non-empty string"),
                            m -> assertThat(m).startsWith("broken.json: /rules/1/roles/visitor/0/types: unknown type 'HUMAN'"),
                            m -> assertThat(m).isEqualTo("broken.json: /rules/1/roles/visitor/0/maxDistance: must be a non-negative integer"),
                            m -> assertThat(m).isEqualTo("broken.json: /rules/1/roles/visitor/0/list: must be true or false"),
                            m -> assertThat(m).startsWith("broken.json: /rules/1/roles/destination/find: unknown finder 'foo'"),
                            m -> assertThat(m).isEqualTo("broken.json: /rules/1/confidence: must be a number in (0, 1]"),
                            m -> assertThat(m).startsWith("broken.json: /rules/2/priority: unknown key 'priority'"),
                            m -> assertThat(m).startsWith("broken.json: /rules/2/unless/1: ").contains("unknown key 'lemmaz'"),
                            m -> assertThat(m).startsWith("broken.json: /rules/2/roles/participants/0/wordz: unknown key 'wordz'"),
                            m -> assertThat(m).startsWith("broken.json: /rules/2/roles/guest: unknown role 'guest' for Meeting"),
                            m -> assertThat(m).startsWith("broken.json: /rules/2/requireTense/1: unknown tense 'someday'")))
                    .hasMessageStartingWith("12 errors:");
        }
    }

    @Test
    void errorsOfEveryListedFileAndDuplicateIdsAreReportedTogether(@TempDir Path models) throws IOException {
        Files.createDirectories(models.resolve("rules"));
        Files.writeString(models.resolve("rules/index.txt"), "a.json\nb.json\n");
        Files.writeString(models.resolve("rules/a.json"), visitRule("\"trigger\": {\"lemmas\": [\"visit\"]}, " + VISIT_ROLES));
        Files.writeString(models.resolve("rules/b.json"), """
                {"rules": [
                  {"id": "t.visit", "event": "Visit", "trigger": {"lemmas": ["tour"]},
                   "roles": {"visitor": {"find": "subject"}, "destination": {"find": "object"}}},
                  {"id": "t.bad", "event": "Visit", "trigger": {"lemmas": ["tour"]}, "unlessWindow": -2,
                   "roles": {"visitor": {"find": "subject"}, "destination": {"find": "object"}}}
                ]}
                """);
        assertThatThrownBy(() -> loader.loadAll(ModelSource.directory(models)))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.errors()).containsExactly(
                        models.resolve("rules/b.json") + ": /rules/1/unlessWindow: must be a non-negative integer"));
        Files.writeString(models.resolve("rules/b.json"), visitRule("\"trigger\": {\"lemmas\": [\"tour\"]}, " + VISIT_ROLES));
        Files.writeString(models.resolve("rules/index.txt"), "a.json\nb.json\nmissing.json\n");
        assertThatThrownBy(() -> loader.loadAll(ModelSource.directory(models)))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.errors()).satisfiesExactly(
                        m -> assertThat(m).isEqualTo(models.resolve("rules/b.json") + ": duplicate rule id 't.visit'"),
                        m -> assertThat(m).startsWith("cannot read models/rules/missing.json")));
    }

    @Test
    void unknownKeyGivesItsJsonPointer() {
        assertThatThrownBy(() -> load(visitRule("\"trigger\": {\"lemmaz\": [\"visit\"]}, " + VISIT_ROLES)))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("test.json")
                .hasMessageContaining("/rules/0/trigger/lemmaz")
                .hasMessageContaining("unknown key 'lemmaz'");
    }

    @Test
    void unknownRuleKeyAndTopLevelKey() {
        assertThatThrownBy(() -> load(visitRule("\"trigger\": {\"lemmas\": [\"visit\"]}, \"priority\": 3, " + VISIT_ROLES)))
                .hasMessageContaining("/rules/0/priority");
        assertThatThrownBy(() -> load("{\"rules\": [], \"version\": 2}"))
                .isInstanceOf(RuleException.class).hasMessageContaining("/version");
    }

    @Test
    void pointerIndexesTheFailingRule() {
        String json = """
                {"rules": [
                  {"id": "a", "event": "Visit", "trigger": {"lemmas": ["visit"]},
                   "roles": {"visitor": {"find": "subject"}, "destination": {"find": "object"}}},
                  {"id": "b", "event": "Visit", "trigger": {"lemmas": ["visit"]},
                   "roles": {"visitor": {"find": "subject"}, "destination": [{"find": "object"}, {"find": "after", "wordz": ["to"]}]}}
                ]}
                """;
        assertThatThrownBy(() -> load(json)).hasMessageContaining("/rules/1/roles/destination/1/wordz");
    }

    @Test
    void unknownRoleOfABuiltInType() {
        assertThatThrownBy(() -> load(visitRule("""
                "trigger": {"lemmas": ["visit"]},
                "roles": {
                  "visitor": [{"find": "subject"}],
                  "destination": [{"find": "object"}],
                  "guest": [{"find": "object"}]
                }""")))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("/rules/0/roles/guest")
                .hasMessageContaining("unknown role 'guest' for Visit")
                .hasMessageContaining("visitor, destination, host, date, kind, purpose");
    }

    @Test
    void unknownFinder() {
        assertThatThrownBy(() -> load(visitRule("""
                "trigger": {"lemmas": ["visit"]},
                "roles": {
                  "visitor": [{"find": "subject"}, {"find": "nearest"}],
                  "destination": [{"find": "object"}]
                }""")))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("/rules/0/roles/visitor/1/find")
                .hasMessageContaining("unknown finder 'nearest'");
    }

    @Test
    void unknownEntityTypeInFinder() {
        assertThatThrownBy(() -> load(visitRule("""
                "trigger": {"lemmas": ["visit"]},
                "roles": {
                  "visitor": [{"find": "subject", "types": ["HUMAN"]}],
                  "destination": [{"find": "object"}]
                }""")))
                .hasMessageContaining("/rules/0/roles/visitor/0/types")
                .hasMessageContaining("unknown type 'HUMAN'");
    }

    @Test
    void badPatternGivesPointerAndPatternPosition() {
        assertThatThrownBy(() -> load(visitRule("\"pattern\": \"[lemma=visit] [lowr=to]\", " + VISIT_ROLES)))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("/rules/0/pattern")
                .hasMessageContaining("at char 15")
                .hasMessageContaining("unknown key 'lowr'");
    }

    @Test
    void badUnlessPatternPointsAtItsIndex() {
        assertThatThrownBy(() -> load(visitRule("\"trigger\": {\"lemmas\": [\"visit\"]}, \"unless\": [\"[lemma=a]\", \"[lemmaz=a]\"], "
                + VISIT_ROLES)))
                .hasMessageContaining("/rules/0/unless/1");
    }

    @Test
    void patternCaptureMustBeARoleOfABuiltInType() {
        assertThatThrownBy(() -> load(visitRule("\"pattern\": \"(?<guest>[ent=PERSON]) [lemma=visit]\", " + VISIT_ROLES)))
                .hasMessageContaining("/rules/0/pattern")
                .hasMessageContaining("capture 'guest' is not a role of Visit");
    }

    @Test
    void ruleWithoutTriggerOrPattern() {
        assertThatThrownBy(() -> load(visitRule(VISIT_ROLES)))
                .hasMessageContaining("/rules/0")
                .hasMessageContaining("needs a trigger");
    }

    @Test
    void requiredRoleWithoutFinder() {
        assertThatThrownBy(() -> load(visitRule("""
                "trigger": {"lemmas": ["visit"]},
                "roles": {"visitor": [{"find": "subject"}]}""")))
                .hasMessageContaining("/rules/0/require")
                .hasMessageContaining("required role 'destination'");
    }

    @Test
    void confidenceOutOfRange() {
        assertThatThrownBy(() -> load(visitRule("\"trigger\": {\"lemmas\": [\"visit\"]}, \"confidence\": 1.5, " + VISIT_ROLES)))
                .hasMessageContaining("/rules/0/confidence");
        assertThatThrownBy(() -> load(visitRule("\"trigger\": {\"lemmas\": [\"visit\"]}, \"confidence\": 0, " + VISIT_ROLES)))
                .hasMessageContaining("/rules/0/confidence");
    }

    @Test
    void eventTypeMustBeACapitalisedIdentifier() {
        assertThatThrownBy(() -> load("{\"rules\": [{\"id\": \"x\", \"event\": \"agreement\", \"trigger\": {\"lemmas\": [\"sign\"]}}]}"))
                .hasMessageContaining("/rules/0/event");
    }

    @Test
    void missingIdAndWrongValueTypes() {
        assertThatThrownBy(() -> load("{\"rules\": [{\"event\": \"Visit\"}]}")).hasMessageContaining("/rules/0/id").hasMessageContaining("missing");
        assertThatThrownBy(() -> load(visitRule("\"trigger\": {\"lemmas\": \"visit\"}, " + VISIT_ROLES)))
                .hasMessageContaining("/rules/0/trigger/lemmas").hasMessageContaining("array");
        assertThatThrownBy(() -> load("{\"rules\": {}}")).hasMessageContaining("\"rules\" must be an array");
        assertThatThrownBy(() -> load("[]")).hasMessageContaining("top level must be an object");
    }

    @Test
    void builtInTypesHaveFixedValueKinds() {
        assertThatThrownBy(() -> load(visitRule("\"trigger\": {\"lemmas\": [\"visit\"]}, \"valueKinds\": {\"visitor\": \"text\"}, "
                + VISIT_ROLES)))
                .hasMessageContaining("/rules/0/valueKinds");
    }

    @Test
    void unknownValueKindOfACustomType() {
        assertThatThrownBy(() -> load("""
                {"rules": [{"id": "a", "event": "Agreement", "trigger": {"lemmas": ["sign"]},
                  "valueKinds": {"parties": "people"}, "roles": {"parties": {"find": "subject"}}}]}
                """))
                .hasMessageContaining("/rules/0/valueKinds/parties")
                .hasMessageContaining("unknown value kind 'people'");
    }

    @Test
    void syntaxErrorGivesTheLineNumber() {
        String json = """
                {"rules": [
                  {"id": "a",
                   "event": "Visit"
                   "trigger": {"lemmas": ["visit"]}}
                ]}
                """;
        assertThatThrownBy(() -> load(json))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("test.json:4:")
                .hasMessageContaining("invalid JSON");
    }

    // ---- rule sets (index.txt) ----------------------------------------------------------

    @Test
    void packagedRulesLoadWithUniqueIdsAndTheFourTypes() {
        List<EventRule> rules = loader.loadAll(ModelSource.classpath());
        assertThat(rules).isNotEmpty();
        Set<String> ids = new HashSet<>();
        for (EventRule r : rules) {
            assertThat(ids.add(r.id())).as("duplicate id %s", r.id()).isTrue();
        }
        assertThat(rules).extracting(EventRule::eventType).containsOnly("Visit", "Meeting", "TradeGoal", "Donation")
                .contains("Visit", "Meeting", "TradeGoal", "Donation");
    }

    @Test
    void duplicateIdAcrossFiles(@TempDir Path models) throws IOException {
        String rule = visitRule("\"trigger\": {\"lemmas\": [\"visit\"]}, " + VISIT_ROLES);
        write(models, "rules/index.txt", "# two files\nfirst.json\n\nsecond.json\n");
        write(models, "rules/first.json", rule);
        write(models, "rules/second.json", rule);
        assertThatThrownBy(() -> loader.loadAll(ModelSource.directory(models)))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("second.json")
                .hasMessageContaining("duplicate rule id 't.visit'");
    }

    @Test
    void duplicateIdWithinOneFile(@TempDir Path models) throws IOException {
        String one = "{\"id\": \"dup\", \"event\": \"Visit\", \"trigger\": {\"lemmas\": [\"visit\"]}, " + VISIT_ROLES + "}";
        write(models, "rules/index.txt", "only.json\n");
        write(models, "rules/only.json", "{\"rules\": [" + one + ", " + one + "]}");
        assertThatThrownBy(() -> loader.loadAll(ModelSource.directory(models)))
                .hasMessageContaining("only.json")
                .hasMessageContaining("duplicate rule id 'dup'");
    }

    @Test
    void fileListedInIndexButMissing(@TempDir Path models) throws IOException {
        write(models, "rules/index.txt", "visit.json\nnot-there.json\n");
        assertThatThrownBy(() -> loader.loadAll(ModelSource.directory(models)))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("not-there.json")
                .hasMessageContaining("index.txt");
    }

    // ---- a custom event type, end to end ------------------------------------------------

    static final String AGREEMENT = """
            {
              "description": "Agreement: parties sign an agreement or memorandum.",
              "rules": [
                {
                  "id": "agreement.sign",
                  "event": "Agreement",
                  "description": "X and Y signed a memorandum / an agreement",
                  "trigger": {"lemmas": ["sign"], "pos": ["VERB"]},
                  "valueKinds": {"parties": "arguments", "location": "argument", "date": "date"},
                  "roles": {
                    "parties": [{"find": "subject", "types": ["PERSON", "ORGANIZATION", "LOCATION", "GROUP"], "list": true}],
                    "location": [{"find": "after", "words": ["in", "at"], "types": ["LOCATION"], "maxDistance": 14}],
                    "date": [{"find": "sentence", "maxDistance": 12}]
                  },
                  "require": ["parties"],
                  "confidence": 0.7
                }
              ]
            }
            """;

    @Test
    void customEventTypeLoads() throws IOException {
        assertThat(load(AGREEMENT)).singleElement().satisfies(r -> {
            assertThat(r.eventType()).isEqualTo("Agreement");
            assertThat(r.required()).containsExactly("parties");
            assertThat(r.roles().get("parties").value()).isEqualTo(RoleSpec.ValueKind.ARGUMENTS);
            assertThat(r.roles().get("parties").finders()).singleElement()
                    .satisfies(f -> assertThat(f.list()).isTrue());
            assertThat(r.roles().get("date").value()).isEqualTo(RoleSpec.ValueKind.DATE);
        });
    }

    @Test
    void customEventTypeThroughTheExtractor(@TempDir Path models) throws IOException {
        write(models, "rules/index.txt", "visit.json\nmeeting.json\ntrade-goal.json\ndonation.json\nagreement.json\n");
        write(models, "rules/agreement.json", AGREEMENT);
        Extractor extractor = Extractor.builder().modelsDirectory(models).build();

        String text = "Kenya and Uganda signed a memorandum of understanding on energy cooperation in Nairobi on Monday.";
        ExtractionResult r = InvariantHarness.extractAndCheck(extractor,
                new Document("mou", text, LocalDate.of(2025, 6, 28), null));

        List<CustomEvent> agreements = r.eventsOf(CustomEvent.class);
        assertThat(agreements).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("Agreement");
            assertThat(e.roles()).containsKey("parties");
        });

        JsonNode json = ResultJson.mapper().readTree(new ResultJson().toLine(r));
        JsonNode ev = json.get("events").get(0);
        assertThat(ev.get("type").asText()).isEqualTo("Agreement");
        assertThat(ev.has("roles")).as("roles are top-level fields, not nested").isFalse();
        assertThat(ev.get("parties").isArray()).isTrue();
        assertThat(ev.get("parties")).extracting(p -> p.get("name").asText()).containsExactlyInAnyOrder("Kenya", "Uganda");
        assertThat(ev.get("parties")).allSatisfy(p -> assertThat(p.get("type").asText()).isEqualTo("LOCATION"));
        assertThat(ev.get("location").get("name").asText()).isEqualTo("Nairobi");
        assertThat(ev.get("date").get("value").asText()).isEqualTo("2025-06-23");
        assertThat(ev.get("evidence").get(0).get("text").asText()).isEqualTo(text);
    }

    private static void write(Path root, String rel, String content) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static final String DEFINED = """
            {"define": {
               "purposeWords": ["to attend", "to discuss"],
               "longerPurposes": ["@purposeWords", "to open"],
               "destinationFinders": [{"find": "object", "types": ["LOCATION"]}, {"find": "after", "words": ["to"], "types": ["LOCATION"]}]
             },
             "rules": [
               {"id": "t.a", "event": "Visit", "trigger": {"lemmas": ["visit"]},
                "roles": {"visitor": [{"find": "subject", "types": ["PERSON"]}], "destination": "@destinationFinders",
                          "purpose": [{"find": "topics", "words": "@purposeWords"}]}},
               {"id": "t.b", "event": "Visit", "trigger": {"lemmas": ["travel"]},
                "roles": {"visitor": [{"find": "subject", "types": ["PERSON"]}], "destination": "@destinationFinders",
                          "purpose": [{"find": "topics", "words": ["@longerPurposes", "to sign"]}]}}
             ]}
            """;

    @Test
    void definitionsAreWrittenOnceAndUsedByEveryRule() throws IOException {
        List<EventRule> rules = load(DEFINED);
        assertThat(rules).hasSize(2);
        for (EventRule r : rules) {
            assertThat(r.roles().get("destination").finders()).extracting(RoleSpec.Finder::method).containsExactly("object", "after");
        }
        assertThat(rules.get(0).roles().get("purpose").finders().get(0).words()).containsExactly("to attend", "to discuss");
        // a list item naming a list splices it in, and a definition may use an earlier one
        assertThat(rules.get(1).roles().get("purpose").finders().get(0).words())
                .containsExactly("to attend", "to discuss", "to open", "to sign");
    }

    @Test
    void anUnknownDefinitionIsAnErrorAtItsPointer() {
        String ref = "\"@destinationFinders\"";
        int k = DEFINED.lastIndexOf(ref);
        String json = DEFINED.substring(0, k) + "\"@destinations\"" + DEFINED.substring(k + ref.length());
        assertThat(json).isNotEqualTo(DEFINED);
        assertThatThrownBy(() -> load(json)).isInstanceOf(RuleException.class)
                .hasMessageContaining("/rules/1/roles/destination")
                .hasMessageContaining("unknown definition '@destinations'")
                .hasMessageContaining("destinationFinders");
    }

    @Test
    void aBadDefinitionNameOrShapeIsReported() {
        assertThatThrownBy(() -> load("{\"define\": [1], \"rules\": []}")).hasMessageContaining("/define");
        assertThatThrownBy(() -> load("{\"define\": {\"9lives\": 1}, \"rules\": []}")).hasMessageContaining("/define/9lives");
    }

    @Test
    void textThatOnlyStartsWithAnAtSignIsNoReference() throws IOException {
        List<EventRule> rules = load(visitRule("""
                "trigger": {"lemmas": ["visit"]},
                "roles": {"visitor": [{"find": "subject", "types": ["PERSON"]}],
                          "destination": [{"find": "after", "words": ["@ home", "@"], "types": ["LOCATION"]}]}"""));
        assertThat(rules.get(0).roles().get("destination").finders().get(0).words()).containsExactly("@ home", "@");
    }
}
