package dev.eventex.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.DocumentInfo;
import dev.eventex.api.Event;
import dev.eventex.api.Evidence;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.ProcessingError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link ResultTally}: counts of results, the same however the results are split over tasks. */
class ResultTallyProperties {

    private static final List<String> TYPES = List.of("Visit", "Meeting", "Audit");
    private static final List<String> CODES = List.of("EMPTY_INPUT", "TIMEOUT");

    @Test
    void countsDocumentsEventsByTypeAndErrorsByCode() {
        ResultTally t = new ResultTally();
        t.add(result(0, List.of("Visit", "Meeting", "Visit"), List.of()));
        t.add(result(1, List.of(), List.of("EMPTY_INPUT")));
        t.add(result(2, List.of("Audit"), List.of("TIMEOUT", "TIMEOUT")));

        ResultTally.Totals v = t.value();

        assertThat(v.documents()).isEqualTo(3);
        assertThat(v.eventsByType()).as("sorted by type").containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("Audit", 1L, "Meeting", 1L, "Visit", 2L)));
        assertThat(v.errorsByCode()).containsExactlyInAnyOrderEntriesOf(Map.of("EMPTY_INPUT", 1L, "TIMEOUT", 2L));
        assertThat(v.withErrors()).isEqualTo(2);
        assertThat(t.isZero()).isFalse();
        t.reset();
        assertThat(t.isZero()).isTrue();
        assertThat(t.value().documents()).isZero();
    }

    /** What Spark does: a zero copy per task, each task's tally merged into the driver's. */
    @Property
    void tasksMergedGiveTheCountsOfOnePass(@ForAll @Size(max = 60) List<@IntRange(max = 63) Integer> shapes,
                                           @ForAll @IntRange(min = 1, max = 7) int tasks) {
        List<ExtractionResult> results = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            int s = shapes.get(i);
            results.add(result(i, TYPES.subList(0, s % 4 == 3 ? 3 : s % 4), CODES.subList(0, (s / 4) % 3)));
        }
        ResultTally onePass = new ResultTally();
        results.forEach(onePass::add);

        ResultTally driver = new ResultTally();
        for (int task = 0; task < tasks; task++) {
            ResultTally inTask = (ResultTally) driver.copyAndReset();
            assertThat(inTask.isZero()).isTrue();
            for (int i = task; i < results.size(); i += tasks) {
                inTask.add(results.get(i));
            }
            driver.merge(inTask);
        }

        assertThat(driver.value()).isEqualTo(onePass.value());
        assertThat(driver.copy().value()).isEqualTo(onePass.value());
    }

    private static ExtractionResult result(int n, List<String> types, List<String> codes) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            events.add(new dev.eventex.api.CustomEvent(types.get(i), "e" + i, List.of(new Evidence("Tarvo met Velor.", 0, 16)), 0.5,
                    null, null, Map.of()));
        }
        List<ProcessingError> errors = codes.stream().map(c -> new ProcessingError(c, "invented")).toList();
        return new ExtractionResult(ExtractionResult.SCHEMA_VERSION, new DocumentInfo("d" + n, null, null, 16), List.of(), events, errors);
    }
}
