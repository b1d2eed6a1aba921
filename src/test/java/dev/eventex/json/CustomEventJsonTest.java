package dev.eventex.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.eventex.api.Argument;
import dev.eventex.api.CustomEvent;
import dev.eventex.api.DateValue;
import dev.eventex.api.Document;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An event type defined by a rule file alone, extracted for real, reads back and follows the schema. */
class CustomEventJsonTest {

    private static final String RULE = """
            {"rules": [{
              "id": "pledge.pledge",
              "event": "Pledge",
              "trigger": {"lemmas": ["pledge"], "pos": ["VERB"]},
              "valueKinds": {"givers": "arguments", "sum": "amount", "when": "date", "count": "number"},
              "roles": {
                "givers": [{"find": "subject", "types": ["PERSON", "ORGANIZATION", "LOCATION", "GROUP"], "list": true}],
                "sum": [{"find": "sentence", "types": ["MONEY"]}],
                "when": [{"find": "sentence", "types": ["DATE"]}],
                "count": [{"find": "sentence", "types": ["QUANTITY"]}]
              },
              "require": ["givers"],
              "confidence": 0.7
            }]}
            """;

    @Test
    void aRuleDefinedEventReadsBackEqualAndFollowsTheSchema(@TempDir Path models) throws IOException {
        Files.createDirectories(models.resolve("rules"));
        String packaged;
        try (InputStream in = ResultJson.class.getResourceAsStream("/dev/eventex/models/rules/index.txt")) {
            packaged = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(models.resolve("rules/index.txt"), packaged + "\npledge.json\n");
        Files.writeString(models.resolve("rules/pledge.json"), RULE);
        Extractor extractor = Extractor.builder().modelsDirectory(models).explain(true).build();

        String text = "Norway and Chile pledged $40 million on Monday to protect coastal wetlands.";
        ExtractionResult r = extractor.extract(new Document("p", text, LocalDate.of(2025, 6, 28), null));
        List<CustomEvent> pledges = r.eventsOf(CustomEvent.class);
        assertThat(pledges).singleElement().satisfies(p -> {
            assertThat(p.roles().get("givers")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .hasSize(2).allSatisfy(a -> assertThat(a).isInstanceOf(Argument.class));
            assertThat(p.roles().get("when")).isInstanceOf(DateValue.class);
        });

        ResultJson json = new ResultJson();
        String line = json.toLine(r);
        assertThat(json.read(line)).isEqualTo(r);
        try (InputStream in = ResultJson.openSchema()) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in)
                    .validate(line, InputFormat.JSON)).isEmpty();
        }
    }
}
