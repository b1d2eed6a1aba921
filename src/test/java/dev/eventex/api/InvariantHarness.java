package dev.eventex.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventex.json.ResultJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;

/**
 * The one invariant check every extraction test runs (design lesson 10): offsets in range,
 * ordered and substring-equal (non-BMP input included), unique ids, event arguments that
 * point at existing entities, evidence and confidence present, and JSON that follows the
 * output contract (required blocks present, optional fields left out rather than null) and
 * reads back into the same records.
 */
public final class InvariantHarness {

    private static final ObjectMapper MAPPER = ResultJson.mapper();
    private static final ResultJson JSON = new ResultJson();

    private InvariantHarness() {
    }

    /** Asserts every invariant of {@code r}, the result of extracting {@code text}. */
    public static void assertInvariants(String text, ExtractionResult r) {
        SoftAssertions soft = new SoftAssertions();
        checkJava(soft, text, r);
        checkJson(soft, text, r, JSON.toLine(r));
        soft.assertAll();
    }

    /** Extracts {@code text} with {@code extractor}, asserts the invariants and returns the result. */
    public static ExtractionResult extractAndCheck(Extractor extractor, Document doc) {
        ExtractionResult r = extractor.extract(doc);
        assertInvariants(doc.text(), r);
        return r;
    }

    private static void checkJava(SoftAssertions soft, String text, ExtractionResult r) {
        soft.assertThat(r.schemaVersion()).isEqualTo(ExtractionResult.SCHEMA_VERSION);
        soft.assertThat(r.document().chars()).as("document.chars").isEqualTo(text.length());
        Set<String> entityIds = new HashSet<>();
        for (Entity e : r.entities()) {
            soft.assertThat(entityIds.add(e.id())).as("entity id %s is unique", e.id()).isTrue();
            soft.assertThat(e.name()).as("name of %s", e.id()).isNotBlank();
            soft.assertThat(e.mentions()).as("mentions of %s", e.id()).isNotEmpty();
            int previousStart = -1;
            for (Mention m : e.mentions()) {
                checkSpan(soft, text, "mention of " + e.id(), m.text(), m.start(), m.end());
                soft.assertThat(m.start()).as("mentions of %s are in text order", e.id()).isGreaterThanOrEqualTo(previousStart);
                previousStart = m.start();
            }
            if (e.code() != null) {
                soft.assertThat(e.code()).as("code of %s", e.id()).matches("[A-Z]{2}");
            }
        }
        Set<String> eventIds = new HashSet<>();
        for (Event ev : r.events()) {
            soft.assertThat(eventIds.add(ev.id())).as("event id %s is unique", ev.id()).isTrue();
            soft.assertThat(ev.evidence()).as("evidence of %s", ev.id()).isNotEmpty();
            for (Evidence evd : ev.evidence()) {
                checkSpan(soft, text, "evidence of " + ev.id(), evd.text(), evd.start(), evd.end());
            }
            soft.assertThat(ev.confidence()).as("confidence of %s", ev.id()).isBetween(0.0, 1.0);
            if (ev.explanation() != null) {
                for (Explanation.Firing f : ev.explanation().firings()) {
                    checkSpan(soft, text, "trigger of " + ev.id(), f.trigger(), f.start(), f.end());
                }
                if (ev.explanation().roles() != null) {
                    ev.explanation().roles().forEach((role, sources) -> sources.forEach(src -> {
                        if (src.start() != null) {
                            checkSpan(soft, text, "source of " + ev.id() + "." + role, src.text(), src.start(), src.end());
                        }
                        if (src.firing() != null) {
                            soft.assertThat(src.firing()).as("firing index of %s.%s", ev.id(), role)
                                    .isBetween(0, ev.explanation().firings().size() - 1);
                        }
                    }));
                }
            }
        }
        if (r.rejected() != null) {
            for (RejectedTrigger rt : r.rejected()) {
                checkSpan(soft, text, "rejected trigger of " + rt.rule(), rt.trigger(), rt.start(), rt.end());
                if (rt.into() != null) {
                    soft.assertThat(eventIds).as("event %s a trigger was merged into", rt.into()).contains(rt.into());
                }
            }
        }
        for (ProcessingError err : r.errors()) {
            soft.assertThat(err.code()).as("error code").matches("[A-Z_]+");
            soft.assertThat(err.message()).as("error message").isNotBlank();
        }
    }

    private static void checkSpan(SoftAssertions soft, String text, String what, String spanText, int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            soft.fail("%s [%d, %d) is out of range for a text of %d chars", what, start, end, text.length());
            return;
        }
        soft.assertThat(text.substring(start, end)).as("%s [%d, %d)", what, start, end).isEqualTo(spanText);
        // a span must not cut a surrogate pair in half (lone surrogates in the input are fine)
        soft.assertThat(splitsPair(text, start)).as("%s starts inside a surrogate pair", what).isFalse();
        soft.assertThat(splitsPair(text, end)).as("%s ends inside a surrogate pair", what).isFalse();
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    private static void checkJson(SoftAssertions soft, String text, ExtractionResult r, String line) {
        soft.assertThat(line).as("a JSON line has no line break").doesNotContain("\n");
        JsonNode root;
        try {
            root = MAPPER.readTree(line);
        } catch (IOException e) {
            soft.fail("result JSON does not parse: " + e.getMessage());
            return;
        }
        soft.assertThat(root.path("schemaVersion").asText()).isEqualTo("1.0");
        soft.assertThat(root.path("document").isObject()).as("document is an object").isTrue();
        soft.assertThat(root.path("document").path("id").isTextual()).as("document.id").isTrue();
        soft.assertThat(root.path("document").path("chars").asInt(-1)).as("document.chars").isEqualTo(text.length());
        soft.assertThat(root.path("entities").isArray()).as("entities is an array").isTrue();
        soft.assertThat(root.path("events").isArray()).as("events is an array").isTrue();
        if (root.has("errors")) {
            soft.assertThat(root.get("errors").isArray() && root.get("errors").size() > 0)
                    .as("errors is present only when non-empty").isTrue();
        }
        List<String> nulls = new ArrayList<>();
        findNulls(root, "", nulls);
        soft.assertThat(nulls).as("optional fields are left out, never null").isEmpty();
        try {
            soft.assertThat(JSON.read(line)).as("the JSON reads back into the same records").isEqualTo(r);
        } catch (IllegalArgumentException e) {
            soft.fail("result JSON does not read back: " + e.getMessage());
        }

        Set<String> ids = new HashSet<>();
        root.path("entities").forEach(e -> ids.add(e.path("id").asText()));
        for (JsonNode ev : root.path("events")) {
            soft.assertThat(ev.path("type").isTextual()).as("event type").isTrue();
            soft.assertThat(ev.path("id").isTextual()).as("event id").isTrue();
            soft.assertThat(ev.path("evidence").isArray() && ev.path("evidence").size() > 0).as("event evidence").isTrue();
            List<String> refs = new ArrayList<>();
            collectEntityRefs(ev, refs);
            for (String ref : refs) {
                soft.assertThat(ids).as("event %s argument entity %s exists", ev.path("id").asText(), ref).contains(ref);
            }
            checkArguments(soft, ev);
        }
        for (JsonNode e : root.path("entities")) {
            for (JsonNode m : e.path("mentions")) {
                checkSpan(soft, text, "JSON mention of " + e.path("id").asText(), m.path("text").asText(),
                        m.path("start").asInt(), m.path("end").asInt());
            }
        }
    }

    private static void findNulls(JsonNode n, String path, List<String> out) {
        if (n.isNull()) {
            out.add(path.isEmpty() ? "/" : path);
        } else if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                findNulls(f.getValue(), path + "/" + f.getKey(), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                findNulls(n.get(i), path + "/" + i, out);
            }
        }
    }

    private static void collectEntityRefs(JsonNode n, List<String> out) {
        if (n.isObject()) {
            JsonNode ref = n.get("entity");
            if (ref != null && ref.isTextual()) {
                out.add(ref.asText());
            }
            n.elements().forEachRemaining(c -> collectEntityRefs(c, out));
        } else if (n.isArray()) {
            n.elements().forEachRemaining(c -> collectEntityRefs(c, out));
        }
    }

    /** Every Argument-shaped object (it has "text" and "type", no "start") has text, name and type. */
    private static void checkArguments(SoftAssertions soft, JsonNode ev) {
        Iterator<Map.Entry<String, JsonNode>> it = ev.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getKey().equals("evidence") || f.getKey().equals("explanation")) {
                continue;
            }
            List<JsonNode> values = new ArrayList<>();
            if (f.getValue().isArray()) {
                f.getValue().forEach(values::add);
            } else {
                values.add(f.getValue());
            }
            for (JsonNode v : values) {
                if (v.isObject() && v.has("type")) {
                    soft.assertThat(v.path("text").isTextual()).as("%s.text", f.getKey()).isTrue();
                    soft.assertThat(v.path("name").isTextual()).as("%s.name", f.getKey()).isTrue();
                }
            }
        }
    }

    /** The sample texts shipped in the repository ({@code sample-texts/*.txt}), sorted. */
    public static List<Path> sampleTexts() {
        try (Stream<Path> s = Files.list(Path.of("sample-texts"))) {
            List<Path> texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            assertThat(texts).as("sample-texts/*.txt").isNotEmpty();
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a sample text as UTF-8. */
    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
