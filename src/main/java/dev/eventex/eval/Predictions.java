package dev.eventex.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result lines of the extractor (JSON Lines, one result per document) keyed by document:
 * the base name of {@code document.id}, else of {@code document.source}, without extension.
 * A later line for the same document replaces an earlier one; lines that are not JSON are
 * counted, not kept.
 *
 * @param byDocument results by document key
 * @param badLines   lines that could not be parsed
 */
public record Predictions(Map<String, JsonNode> byDocument, int badLines) {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    public static Predictions read(Path jsonl) throws IOException {
        Map<String, JsonNode> preds = new LinkedHashMap<>();
        int bad = 0;
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                line = Py.strip(line);
                if (line.isEmpty()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    bad++;
                    continue;
                }
                String k = docKey(n);
                if (k != null) {
                    preds.put(k, n);
                }
            }
        }
        return new Predictions(preds, bad);
    }

    /** The document key of a result line, or null. */
    public static String docKey(JsonNode result) {
        if (result == null || !result.isObject()) {
            return null;
        }
        JsonNode d = result.get("document");
        if (!Py.truthy(d) || !d.isObject()) {
            return null;
        }
        for (String k : new String[] {"id", "source"}) {
            JsonNode v = d.get(k);
            if (Py.truthy(v)) {
                return Py.baseNameWithoutExtension(Py.str(v));
            }
        }
        return null;
    }
}
