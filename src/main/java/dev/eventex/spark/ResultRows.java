package dev.eventex.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventex.api.Event;
import dev.eventex.api.Evidence;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.ProcessingError;
import dev.eventex.json.ResultJson;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns results into Spark rows: the contract's JSON line (written by {@link ResultJson},
 * as the CLI writes it) plus typed columns for the document, its errors and its events.
 * Roles are read from each event's JSON, so event types defined by rule files alone get
 * their roles too. Not serializable: built per partition.
 */
final class ResultRows {

    /** Evidence offsets: UTF-16 char offsets into the document's text, end exclusive. */
    static final StructType SPAN = new StructType()
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false);

    static final StructType EVENT = new StructType()
            .add("type", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, false)
            .add("roles", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), false)
            .add("tense", DataTypes.StringType, true)
            .add("confidence", DataTypes.DoubleType, false)
            .add("evidence", DataTypes.createArrayType(SPAN, false), false)
            .add("json", DataTypes.StringType, false);

    static final StructType ERROR = new StructType()
            .add("code", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, true);

    static final StructType RESULT = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, true)
            .add("date", DataTypes.StringType, true)
            .add("chars", DataTypes.IntegerType, false)
            .add("json", DataTypes.StringType, false)
            .add("errors", DataTypes.createArrayType(ERROR, false), false)
            .add("events", DataTypes.createArrayType(EVENT, false), false);

    /** The JSON line alone: what a JSON Lines output writes. */
    static final StructType LINE = new StructType().add("json", DataTypes.StringType, false);

    /** The contract's fields common to every event; every other field is a role. */
    private static final Set<String> COMMON = Set.of("type", "id", "tense", "confidence", "evidence", "explanation");

    private final ResultJson json = new ResultJson();
    private final ObjectMapper mapper = ResultJson.mapper();

    Row toRow(ExtractionResult r) {
        List<Row> errors = new ArrayList<>(r.errors().size());
        for (ProcessingError e : r.errors()) {
            errors.add(RowFactory.create(e.code(), e.message()));
        }
        List<Row> events = new ArrayList<>(r.events().size());
        for (Event e : r.events()) {
            events.add(eventRow(e));
        }
        return RowFactory.create(r.document().id(), r.document().source(), r.document().date(), r.document().chars(),
                json.toLine(r), seq(errors), seq(events));
    }

    private Row eventRow(Event e) {
        JsonNode tree = mapper.valueToTree(e);
        Map<String, String> roles = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!COMMON.contains(f.getKey())) {
                roles.put(f.getKey(), flat(f.getValue()));
            }
        }
        List<Row> spans = new ArrayList<>(e.evidence().size());
        for (Evidence ev : e.evidence()) {
            spans.add(RowFactory.create(ev.start(), ev.end()));
        }
        String eventJson;
        try {
            eventJson = mapper.writeValueAsString(tree);
        } catch (JsonProcessingException x) {
            throw new UncheckedIOException(x);
        }
        JsonNode tense = tree.get("tense");
        return RowFactory.create(e.type(), e.id(), CollectionConverters.asScala(roles), tense == null ? null : tense.asText(),
                e.confidence(), seq(spans), eventJson);
    }

    /**
     * One role as a string SQL can compare: an argument's canonical name, a date's ISO value,
     * an amount's value with its currency or unit, a list's items joined by "; ".
     */
    static String flat(JsonNode v) {
        if (v.isArray()) {
            StringJoiner j = new StringJoiner("; ");
            v.forEach(item -> j.add(flat(item)));
            return j.toString();
        }
        if (v.isObject()) {
            if (v.hasNonNull("name")) {
                return v.get("name").asText();
            }
            if (v.hasNonNull("value")) {
                String value = scalar(v.get("value"));
                JsonNode unit = v.hasNonNull("currency") ? v.get("currency") : v.get("unit");
                return unit == null || unit.isNull() ? value : value + " " + unit.asText();
            }
            return v.hasNonNull("text") ? v.get("text").asText() : v.toString();
        }
        return scalar(v);
    }

    private static String scalar(JsonNode v) {
        return v.isNumber() && !v.isIntegralNumber() ? v.decimalValue().stripTrailingZeros().toPlainString() : v.asText();
    }

    private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list).toList();
    }
}
