package dev.eventex.view;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Iterator;
import java.util.function.Function;

/**
 * Writes extraction results (the output contract's JSON, one node per document) as one
 * self-contained HTML file: a summary of events by type and document, and per document its
 * text with entity mentions highlighted, event cards whose roles and evidence link to their
 * spans, normalized values on hover, explanations when present, filters by event type.
 *
 * <p>The data goes into a {@code <script type="application/json">} block with {@code <},
 * {@code >} and {@code &} written as JSON escapes, so no text can close the block; the
 * script renders it with {@code textContent} only, a page at a time, and a Content Security
 * Policy admits that one script (by its hash) and no network. Results are streamed: memory
 * holds one document at a time. Immutable and thread-safe.
 */
public final class HtmlReport {

    /** Documents per page of the report. */
    public static final int PAGE_SIZE = 10;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String head;
    private final String tail;

    /** Loads the page template, style and script from the classpath. */
    public HtmlReport() {
        String template = resource("report.html");
        String css = resource("report.css");
        String js = resource("report.js");
        if (js.contains("</script")) {
            throw new IllegalStateException("report.js must not contain a closing script tag");
        }
        int data = template.indexOf("@DATA@");
        this.head = template.substring(0, data)
                .replace("@CSS@", css)
                .replace("@SCRIPT_HASH@", "sha256-" + sha256(js));
        this.tail = template.substring(data + "@DATA@".length()).replace("@JS@", js);
    }

    /** What a run wrote. */
    public record Summary(int documents, int events, int withText) {
    }

    /**
     * Writes the report for {@code results} to {@code out} (not closed).
     *
     * @param texts the original text of a result, or null when unknown; a text that does
     *              not fit the result's offsets is not shown
     * @param label what the results are called in the report (a file name), or null
     */
    public Summary write(Iterator<JsonNode> results, Function<JsonNode, String> texts, String label, Writer out)
            throws IOException {
        out.write(head);
        JsonGenerator g = new JsonFactory(MAPPER).createGenerator(out);
        g.setCharacterEscapes(new ScriptSafeEscapes());
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeNumberField("pageSize", PAGE_SIZE);
        if (label != null) {
            g.writeStringField("source", label);
        }
        g.writeArrayFieldStart("docs");
        int n = 0;
        int events = 0;
        int withText = 0;
        while (results.hasNext()) {
            JsonNode r = results.next();
            String text = texts.apply(r);
            boolean fits = ReportDocument.fits(r, text);
            MAPPER.writeTree(g, ReportDocument.of(r, fits ? text : null, n));
            n++;
            events += r.path("events").size();
            withText += fits ? 1 : 0;
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write(tail);
        out.flush();
        return new Summary(n, events, withText);
    }

    /** Escapes that keep JSON inert inside an HTML script element. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] ascii;

        ScriptSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/eventex/view/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
