package dev.eventex.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventex.json.ResultJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deterministic attributes and checked builder settings (issue 10, items 11 and 15). */
class EntityAndBuilderTest {

    @Test
    void attributesIterateAndSerializeInKeyOrder() {
        Map<String, String> attrs = new HashMap<>();
        for (String k : List.of("value", "unit", "title", "nominal", "currency", "country", "approximate", "zone", "b", "a")) {
            attrs.put(k, k.toUpperCase());
        }
        Entity e = new Entity("E1", EntityType.MONEY, "$2 million", null, attrs, List.of(new Mention("$2 million", 0, 10)));

        List<String> keys = new ArrayList<>(e.attributes().keySet());
        assertThat(keys).isSorted();
        String json = new ResultJson().toLine(new ExtractionResult(ExtractionResult.SCHEMA_VERSION,
                new DocumentInfo("d", null, null, 10), List.of(e), List.of(), List.of()));
        int last = -1;
        for (String k : keys) {
            int at = json.indexOf("\"" + k + "\":\"" + k.toUpperCase() + "\"");
            assertThat(at).as("key %s after the previous one in %s", k, json).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void nonPositiveTimeBudgetsAreRefused() {
        assertThatThrownBy(() -> Extractor.builder().timeBudget(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeBudget");
        assertThatThrownBy(() -> Extractor.builder().timeBudget(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        Extractor.builder().timeBudget(null).timeBudget(Duration.ofMillis(1));
    }

    @Test
    void aLibraryExtractorHasATimeBudgetByDefault() {
        assertThat(SharedExtractor.defaults().timeBudget()).isEqualTo(Extractor.DEFAULT_TIME_BUDGET);
        assertThat(Extractor.DEFAULT_TIME_BUDGET).isPositive();
    }
}
