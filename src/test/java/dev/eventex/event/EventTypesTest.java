package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventex.api.CustomEvent;
import dev.eventex.api.Document;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Extractor;
import dev.eventex.api.Tense;
import dev.eventex.api.Visit;
import dev.eventex.event.RoleSpec.ValueKind;
import dev.eventex.internal.ModelSource;
import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event types as data ({@code models/events/*.json}): the packaged types load, a bad file is
 * reported field by field, and a type of the user's own (src/test/resources/custom-type: the
 * Loan type and its rule) merges and splits as its file says, like the built-in types.
 */
class EventTypesTest {

    private static final String LOAN_TEXT = "Japan loaned $300 million to Kenya on Monday for a new railway line. "
            + "Japan loaned the money to Kenya at a low rate of interest, officials said. "
            + "Norway loaned $50 million to Ghana last week.";

    @Test
    void thePackagedTypesDeclareTheirRolesAndHowTheyMerge() {
        EventTypes types = EventTypes.packaged();
        assertThat(types.all()).extracting(EventType::name).containsExactly("Visit", "Meeting", "TradeGoal", "Donation");
        EventType visit = types.get("Visit");
        assertThat(visit.idPrefix()).isEqualTo("V");
        assertThat(visit.roles().keySet()).containsExactly("visitor", "destination", "host", "date", "kind", "purpose");
        assertThat(visit.required()).containsExactly("visitor", "destination");
        assertThat(visit.placeRole("destination")).isTrue();
        assertThat(visit.placeRole("visitor")).isFalse();
        assertThat(visit.defaultTense()).isEqualTo(Tense.PAST);
        EventType meeting = types.get("Meeting");
        assertThat(meeting.roles()).containsEntry("participants", ValueKind.ARGUMENTS).containsEntry("topics", ValueKind.TEXTS);
        assertThat(meeting.onePerItem()).isEqualTo("participants");
        assertThat(meeting.constraints()).extracting(EventType.Constraint::check).containsExactly("distinct", "officialParty", "noPressParty");
        assertThat(types.get("TradeGoal").tense()).isEqualTo(Tense.PLANNED);
        assertThat(types.get("Donation").sameEventWhen()).hasSize(4);
        assertThat(types.get("Donation").principal()).isEqualTo(new EventType.Principal("donor", "onBehalfOf"));
    }

    @Test
    void aTypeNoFileDeclaresHasNoRequiredRolesAndMergesOnlyEqualStatements() {
        EventType t = EventTypes.packaged().get("Agreement");
        assertThat(t.declared()).isFalse();
        assertThat(t.idPrefix()).isEqualTo(EventType.UNDECLARED_PREFIX);
        assertThat(t.required()).isEmpty();
        assertThat(t.sameEventWhen()).isEmpty();
    }

    @Test
    void everyErrorOfABadTypeFileIsReportedWithItsField() {
        String bad = """
                {
                  "type": "loan",
                  "idPrefix": "L",
                  "colour": "red",
                  "roles": {
                    "lender": {"value": "argument"},
                    "borrowers": {"value": "argument", "cardinality": "several"},
                    "sum": {"value": "money"},
                    "date": {"value": "date", "cardinality": "many"}
                  },
                  "required": ["lender", "borrower"],
                  "sameEventWhen": [{"lender": "person"}, {"guarantor": "party"}],
                  "constraints": [{"check": "different", "roles": ["lender", "borrowers"]}, {"check": "distinct", "roles": ["lender"]},
                                  {"check": "goodsItem", "roles": ["lender"]}],
                  "onePerItem": "lender",
                  "tense": "soon"
                }
                """;
        assertThatThrownBy(() -> EventTypes.read("loan.json", new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(RuleException.class)
                .satisfies(e -> assertThat(((RuleException) e).errors()).containsExactlyInAnyOrder(
                        "loan.json: /colour: unknown key 'colour' (allowed: constraints, dateRole, datedByStart, defaultTense, description, "
                                + "idPrefix, onePerItem, placeFrom, principal, regionTour, required, roles, sameEventWhen, splitPlannedFromDone, "
                                + "splitWhenDiffer, tense, type)",
                        "loan.json: /type: event type must be a capitalised identifier, got 'loan'",
                        "loan.json: /roles/borrowers/cardinality: must be \"one\" or \"many\", got 'several'",
                        "loan.json: /roles/sum/value: unknown value 'money' (known: amount, argument, date, number, text)",
                        "loan.json: /roles/date/cardinality: a date role holds one value",
                        "loan.json: /required/1: 'borrower' is not a role of this type (roles: lender, borrowers, sum, date)",
                        "loan.json: /sameEventWhen/0/lender: unknown comparison 'person' (known: amount, equal, party, partyOrEnvoy, "
                                + "place, restated, set, stated, text)",
                        "loan.json: /sameEventWhen/1/guarantor: 'guarantor' is not a role of this type (roles: lender, borrowers, sum, date)",
                        "loan.json: /constraints/0/check: unknown check 'different' (known: distinct, goodsItem, noPressParty, noPrivateGroup, officialParty)",
                        "loan.json: /constraints/1/roles: one role: it must be a list of parties (cardinality many); or name two roles",
                        "loan.json: /constraints/2/roles: goodsItem reads one text role",
                        "loan.json: /onePerItem: role 'lender' is not a list of parties (cardinality many)",
                        "loan.json: /tense: unknown tense 'soon' (past, ongoing, planned)"));
    }

    @Test
    void aRuleOfADeclaredTypeTakesItsRolesFromTheTypeFile() throws Exception {
        EventTypes types = EventTypes.load(ModelSource.directory(customType()));
        String rule = """
                {"rules": [{"id": "loan.bad", "event": "Loan", "trigger": {"lemmas": ["lend"]},
                  "valueKinds": {"lender": "arguments"},
                  "roles": {"lender": [{"find": "subject"}], "guarantor": [{"find": "object"}]}}]}
                """;
        assertThatThrownBy(() -> new RuleLoader(types).load("bad.json", new ByteArrayInputStream(rule.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(RuleException.class)
                .satisfies(e -> assertThat(((RuleException) e).errors()).anySatisfy(m -> assertThat(m)
                                .startsWith("bad.json: /rules/0/valueKinds: type Loan has fixed role kinds"))
                        .anySatisfy(m -> assertThat(m).startsWith("bad.json: /rules/0/roles/guarantor: unknown role 'guarantor' for Loan"))
                        .anySatisfy(m -> assertThat(m).isEqualTo("bad.json: /rules/0/require: required role 'borrower' has no finder or capture")));
    }

    @Test
    void aTypeOfTheUsersOwnMergesAndSplitsAsItsFileSays() throws Exception {
        Extractor extractor = Extractor.builder().modelsDirectory(customType()).build();

        List<CustomEvent> loans = loans(extractor, LOAN_TEXT);
        // the second statement names the same lender and borrower: one loan told twice; Norway's is another
        assertThat(loans).extracting(CustomEvent::id).containsExactly("L1", "L2");
        assertThat(loans.get(0).evidence()).hasSize(2);
        assertThat(loans.get(0).roles().get("sum").toString()).contains("300000000");
        assertThat(loans).extracting(e -> ((dev.eventex.api.Argument) e.roles().get("borrower")).name()).containsExactly("Kenya", "Ghana");

        // one lender and borrower, but two different sums: two loans (splitWhenDiffer)
        List<CustomEvent> two = loans(extractor, "Japan loaned $300 million to Kenya for a railway line. "
                + "Japan loaned $20 million to Kenya for a water project.");
        assertThat(two).hasSize(2);

        // the type's distinct constraint: nobody lends to itself
        assertThat(loans(extractor, "Ghana loaned $5 million to Ghana on Monday, the minister said. "
                + "Norway loaned $50 million to Ghana last week.")).singleElement()
                .satisfies(e -> assertThat(((dev.eventex.api.Argument) e.roles().get("lender")).name()).isEqualTo("Norway"));

        // a firing that names no borrower is no loan (required roles come from the type file)
        assertThat(loans(extractor, "Japan loaned $300 million for a railway line.")).isEmpty();

        // the built-in types are unchanged by a type of the user's own
        ExtractionResult visit = extractor.extract(new Document("v", "President Tomas Varga of Elbonia visited Japan on Monday.",
                LocalDate.of(2025, 6, 20), null));
        assertThat(visit.eventsOf(Visit.class)).singleElement().satisfies(v -> assertThat(v.id()).isEqualTo("V1"));
    }

    @Test
    void withoutItsTypeFileTheSameRuleMergesOnlyEqualStatements(@TempDir Path models) throws Exception {
        // the Loan rule with value kinds of its own and no events/loan.json: an undeclared type
        String rule = Files.readString(customType().resolve("rules/loan.json"))
                .replace("\"roles\": {", "\"valueKinds\": {\"lender\": \"argument\", \"borrower\": \"argument\", \"sum\": \"amount\", "
                        + "\"date\": \"date\"},\n      \"require\": [\"lender\", \"borrower\"],\n      \"roles\": {");
        Files.createDirectories(models.resolve("rules"));
        Files.writeString(models.resolve("rules/loan.json"), rule);
        Extractor extractor = Extractor.builder().modelsDirectory(models).build();

        List<CustomEvent> loans = loans(extractor, LOAN_TEXT);
        assertThat(loans).extracting(CustomEvent::id).containsExactly("X1", "X2", "X3");
    }

    @Test
    void aModelsDirectoryReplacesAPackagedTypeByName(@TempDir Path models) throws Exception {
        String visit;
        try (var in = ModelSource.classpath().openPackagedOrNull("events/visit.json")) {
            visit = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(models.resolve("events"));
        Files.writeString(models.resolve("events/visit.json"), visit.replace("\"idPrefix\": \"V\"", "\"idPrefix\": \"TRIP\""));
        EventTypes types = EventTypes.load(ModelSource.directory(models));
        assertThat(types.get("Visit").idPrefix()).isEqualTo("TRIP");
        assertThat(types.all()).hasSize(4);
        assertThat(types.get("Visit").source()).endsWith("visit.json").doesNotStartWith("models/");
    }

    private static List<CustomEvent> loans(Extractor extractor, String text) {
        ExtractionResult r = extractor.extract(new Document("loans", text, LocalDate.of(2025, 6, 20), null));
        assertThat(r.errors()).isEmpty();
        return r.eventsOf(CustomEvent.class).stream().filter(e -> e.type().equals("Loan")).toList();
    }

    private static Path customType() throws URISyntaxException {
        return Path.of(EventTypesTest.class.getResource("/custom-type").toURI());
    }
}
