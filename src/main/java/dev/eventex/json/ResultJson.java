package dev.eventex.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.eventex.api.ExtractionResult;
import java.io.UncheckedIOException;

/**
 * Serializes {@link ExtractionResult}s as the output contract's JSON: one line per result
 * (JSON Lines) or pretty-printed. Optional fields are left out, never null; numbers are
 * written plainly (500000000, not 5E+8). Immutable and thread-safe.
 */
public final class ResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final ObjectWriter line = MAPPER.writer();
    private final ObjectWriter pretty = MAPPER.writerWithDefaultPrettyPrinter();

    /** One compact JSON line (no trailing newline). */
    public String toLine(ExtractionResult r) {
        try {
            return line.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pretty-printed JSON. */
    public String toPretty(ExtractionResult r) {
        try {
            return pretty.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared mapper, for reading results back (tests, the evaluator). */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}
