package dev.eventex.event;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.eventex.api.EntityType;
import dev.eventex.normalize.ResolvedEntities;
import dev.eventex.text.AnalyzedText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every finder the rule loader accepts is implemented by the matcher: a rule using it loads
 * and runs (a finder accepted at load time must never be silently ignored at run time).
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
}
