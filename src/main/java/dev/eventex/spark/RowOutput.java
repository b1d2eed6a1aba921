package dev.eventex.spark;

import dev.eventex.api.ExtractionResult;
import dev.eventex.json.ResultJson;
import java.io.Serializable;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * What a task makes of each result: the full row ({@link EventexSpark#RESULT_SCHEMA}) or only
 * its JSON line ({@link ResultRows#LINE}), which is all a JSON Lines output needs (the typed
 * event columns cost a JSON tree per event). With a tally, each result is counted on its way
 * out.
 *
 * @param linesOnly one string column, the contract's line, instead of the full row
 * @param tally     counts every result, or null
 */
record RowOutput(boolean linesOnly, ResultTally tally) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Full rows, not counted: the library's {@code extract}. */
    static final RowOutput ROWS = new RowOutput(false, null);

    StructType schema() {
        return linesOnly ? ResultRows.LINE : ResultRows.RESULT;
    }

    /** A converter for one partition (the JSON writers are not thread-safe, so not shared). */
    Function<ExtractionResult, Row> forPartition() {
        Function<ExtractionResult, Row> convert;
        if (linesOnly) {
            ResultJson json = new ResultJson();
            convert = r -> RowFactory.create(json.toLine(r));
        } else {
            convert = new ResultRows()::toRow;
        }
        if (tally == null) {
            return convert;
        }
        return r -> {
            Row row = convert.apply(r);
            tally.add(r);
            return row;
        };
    }
}
