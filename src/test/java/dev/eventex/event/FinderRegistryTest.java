package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventex.api.EntityType;
import dev.eventex.normalize.ResolvedEntities;
import dev.eventex.text.AnalyzedText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every finder the rule loader accepts is implemented by the matcher: a rule using it loads
 * and runs (a finder accepted at load time must never be silently ignored at run time). The
 * loader's names and the matcher's dispatch both come from {@link RoleFinders}.
 */
class FinderRegistryTest {

    static List<String> methods() {
        return RoleSpec.Finder.METHODS.stream().sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void everyAcceptedFinderRuns(String method) throws Exception {
        String json = """
                {"rules": [{"id": "t.%1$s", "event": "Visit",
                  "trigger": {"lemmas": ["visit"]},
                  "roles": {"visitor": [{"find": "%1$s"}, {"find": "subject", "types": ["PERSON"]}],
                            "destination": [{"find": "object", "types": ["LOCATION"]}]}}]}
                """.formatted(method);
        List<EventRule> rules = new RuleLoader().load("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        // "Ana Silva visited Lima ." with its parse, so tree-reading finders run too
        SentenceFixture f = SentenceFixture.of("Ana/PROPN>3:nsubj Silva/PROPN>1:flat visited|visit/VERB>0:root Lima/PROPN>3:obj ./PUNCT>3:punct")
                .name(0, 2, EntityType.PERSON).name(3, 4, EntityType.LOCATION);
        SentenceContext ctx = f.context();
        AnalyzedText doc = new AnalyzedText(f.text(), List.of(ctx.sentence));
        ResolvedEntities resolved = new ResolvedEntities(List.of(), ctx.mentions, Map.of());
        assertThatCode(() -> new EventMatcher(rules, SentenceFixture.LEXICONS).match(doc, resolved, LocalDate.of(2025, 3, 5))).doesNotThrowAnyException();
    }

    @Test
    void theLoaderAcceptsExactlyTheRegisteredNames() {
        assertThat(RoleSpec.Finder.METHODS).isEqualTo(RoleFinders.ALL.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void everyAcceptedFinderDispatchesForEveryValueKind(String method) throws Exception {
        SentenceFixture f = SentenceFixture.of("Ana/PROPN>3:nsubj Silva/PROPN>1:flat visited|visit/VERB>0:root Lima/PROPN>3:obj ./PUNCT>3:punct")
                .name(0, 2, EntityType.PERSON).name(3, 4, EntityType.LOCATION);
        SentenceContext ctx = f.context();
        AnalyzedText doc = new AnalyzedText(f.text(), List.of(ctx.sentence));
        ResolvedEntities resolved = new ResolvedEntities(List.of(), ctx.mentions, Map.of());
        String json = """
                {"rules": [{"id": "t.run", "event": "Visit", "trigger": {"lemmas": ["visit"]},
                  "roles": {"visitor": [{"find": "subject"}], "destination": [{"find": "object"}]}}]}
                """;
        EventRule rule = new RuleLoader().load("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).get(0);
        MatchContext m = new MatchContext(doc, ctx, null, DocumentFocus.of(resolved), rule, 2, 3, false, LocalDate.of(2025, 3, 5),
                new ArrayList<>(), new LinkedHashMap<>());
        RoleSpec.Finder finder = new RoleSpec.Finder(method, Set.of(), List.of(), 12, false, false, false);
        for (RoleSpec.ValueKind kind : RoleSpec.ValueKind.values()) {
            RoleSpec spec = new RoleSpec("r", kind, List.of(finder));
            assertThatCode(() -> RoleFiller.find(m, spec, finder)).as("%s as %s", method, kind).doesNotThrowAnyException();
        }
    }

    @Test
    void aFinderNamedOutsideTheRegistryFailsLoudly() {
        SentenceFixture f = SentenceFixture.of("Ana/PROPN>2:nsubj visited|visit/VERB>0:root Lima/PROPN>2:obj");
        SentenceContext ctx = f.context();
        AnalyzedText doc = new AnalyzedText(f.text(), List.of(ctx.sentence));
        ResolvedEntities resolved = new ResolvedEntities(List.of(), ctx.mentions, Map.of());
        MatchContext m = new MatchContext(doc, ctx, null, DocumentFocus.of(resolved), null, 1, 2, false, LocalDate.of(2025, 3, 5),
                new ArrayList<>(), new LinkedHashMap<>());
        RoleSpec.Finder finder = new RoleSpec.Finder("nearestGuess", Set.of(), List.of(), 12, false, false, false);
        assertThatThrownBy(() -> RoleFiller.find(m, new RoleSpec("r", RoleSpec.ValueKind.ARGUMENT, List.of(finder)), finder))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'nearestGuess'");
    }

    @Test
    void anUnknownFinderIsRejectedWithItsPointer() {
        String json = """
                {"rules": [{"id": "t.unknown", "event": "Visit", "trigger": {"lemmas": ["visit"]},
                  "roles": {"visitor": [{"find": "subject"}, {"find": "nearestGuess"}], "destination": [{"find": "object"}]}}]}
                """;
        assertThatThrownBy(() -> new RuleLoader().load("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(msg -> assertThat(msg).startsWith("t.json: /rules/0/roles/visitor/1/find: unknown finder 'nearestGuess'")));
    }
}
