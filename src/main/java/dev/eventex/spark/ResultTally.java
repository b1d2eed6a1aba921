package dev.eventex.spark;

import dev.eventex.api.Event;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.ProcessingError;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;

/**
 * Counts results as a task hands them to the writer: documents, events by type, errors by
 * code, documents with errors. It lets the job count in the pass that writes instead of
 * computing the results a second time (or caching them) for the counts. Spark merges the
 * counts of a result-stage task once per partition, from its successful attempt only, so after
 * the write returns they are exactly the rows written.
 */
final class ResultTally extends AccumulatorV2<ExtractionResult, ResultTally.Totals> {

    private static final long serialVersionUID = 1L;

    /** What was counted; the maps sorted by key. */
    record Totals(long documents, Map<String, Long> eventsByType, Map<String, Long> errorsByCode, long withErrors) {
    }

    private long documents;
    private final TreeMap<String, Long> eventsByType = new TreeMap<>();
    private final TreeMap<String, Long> errorsByCode = new TreeMap<>();
    private long withErrors;

    @Override
    public boolean isZero() {
        return documents == 0 && withErrors == 0 && eventsByType.isEmpty() && errorsByCode.isEmpty();
    }

    @Override
    public ResultTally copy() {
        ResultTally c = new ResultTally();
        c.documents = documents;
        c.eventsByType.putAll(eventsByType);
        c.errorsByCode.putAll(errorsByCode);
        c.withErrors = withErrors;
        return c;
    }

    @Override
    public void reset() {
        documents = 0;
        withErrors = 0;
        eventsByType.clear();
        errorsByCode.clear();
    }

    @Override
    public void add(ExtractionResult r) {
        documents++;
        for (Event e : r.events()) {
            eventsByType.merge(e.type(), 1L, Long::sum);
        }
        for (ProcessingError e : r.errors()) {
            errorsByCode.merge(e.code(), 1L, Long::sum);
        }
        if (!r.errors().isEmpty()) {
            withErrors++;
        }
    }

    @Override
    public void merge(AccumulatorV2<ExtractionResult, Totals> other) {
        if (!(other instanceof ResultTally t)) {
            throw new UnsupportedOperationException("cannot merge " + other.getClass().getName() + " into a ResultTally");
        }
        documents += t.documents;
        t.eventsByType.forEach((k, v) -> eventsByType.merge(k, v, Long::sum));
        t.errorsByCode.forEach((k, v) -> errorsByCode.merge(k, v, Long::sum));
        withErrors += t.withErrors;
    }

    @Override
    public Totals value() {
        return new Totals(documents, Collections.unmodifiableMap(new TreeMap<>(eventsByType)),
                Collections.unmodifiableMap(new TreeMap<>(errorsByCode)), withErrors);
    }
}
