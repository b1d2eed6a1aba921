package dev.eventex.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.eventex.api.ExtractionResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Writes {@link ExtractionResult}s as the output contract's JSON, one line per result (JSON
 * Lines) or pretty-printed, and reads them back into the same records:
 * {@code read(toLine(r)).equals(r)}. Optional fields are left out, never null; numbers are
 * written plainly (500000000, not 5E+8). The contract as a JSON Schema (draft 2020-12) is
 * the resource {@value #SCHEMA_RESOURCE} ({@link #openSchema()}). Immutable and thread-safe.
 */
public final class ResultJson {

    /** Classpath location of the output contract's JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/dev/eventex/eventex-result.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final ObjectWriter line = MAPPER.writer();
    private final ObjectWriter pretty = MAPPER.writerWithDefaultPrettyPrinter();
    // fields a later contract version adds are skipped, so newer outputs still read
    private final ObjectReader reader = MAPPER.readerFor(ExtractionResult.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * One compact JSON line (no trailing newline).
     *
     * @param r the result
     * @return the contract's JSON on one line
     */
    public String toLine(ExtractionResult r) {
        try {
            return line.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Pretty-printed JSON.
     *
     * @param r the result
     * @return the contract's JSON, indented over several lines
     */
    public String toPretty(ExtractionResult r) {
        try {
            return pretty.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one result, as written by {@link #toLine} or {@link #toPretty} (or by the CLI).
     * Events come back as {@code Visit}, {@code Meeting}, {@code TradeGoal}, {@code Donation}
     * by their {@code type}, any other type as a {@code CustomEvent}; fields this version does
     * not know are skipped.
     *
     * @param json one result as JSON, on one line or pretty-printed
     * @return the result, equal to the one that was written
     * @throws IllegalArgumentException if {@code json} is not JSON or not a valid result (a
     *         required field missing, offsets that do not fit the text); the message says where
     */
    public ExtractionResult read(String json) {
        try {
            ExtractionResult r = reader.readValue(json);
            if (r == null) {
                throw new IllegalArgumentException("not an eventex result: null");
            }
            return r;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an eventex result: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")"), e);
        }
    }

    /**
     * Reads JSON Lines output lazily, one result per non-blank line, in file order. The caller
     * closes {@code in}; a bad line stops the stream with an {@link IllegalArgumentException}
     * naming the line number, a failed read with an {@link UncheckedIOException}.
     *
     * @param in the JSON Lines text
     * @return the results, read as the stream is consumed
     */
    public Stream<ExtractionResult> readLines(Reader in) {
        BufferedReader br = in instanceof BufferedReader b ? b : new BufferedReader(in);
        Iterator<ExtractionResult> it = new Iterator<>() {
            private int lineNo;
            private String next;

            @Override
            public boolean hasNext() {
                try {
                    while (next == null) {
                        String l = br.readLine();
                        if (l == null) {
                            return false;
                        }
                        lineNo++;
                        if (!l.isBlank()) {
                            next = l;
                        }
                    }
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public ExtractionResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String l = next;
                next = null;
                try {
                    return read(l);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** {@return the output contract's JSON Schema (draft 2020-12), opened; the caller closes the stream} */
    public static InputStream openSchema() {
        InputStream in = ResultJson.class.getResourceAsStream(SCHEMA_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
        }
        return in;
    }

    /** {@return a copy of the mapper results are written and read with (for tree-level access)} */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}
