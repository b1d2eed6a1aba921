package dev.eventex.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one result line into the compact form the report's script renders: the text (whole,
 * or the cited sentences when the text is not at hand), entities with their mentions and a
 * hover title of normalized values, and events as role rows whose values carry the char span
 * they point at. Arguments in the contract carry no offsets, so each value is located: a
 * mention of its linked entity with the same text inside the evidence first, then its text
 * inside the evidence, then anywhere.
 */
final class ReportDocument {

    /** Event fields of the contract that are not roles. */
    private static final Set<String> EVENT_FIELDS = Set.of("type", "id", "confidence", "tense", "evidence", "explanation");

    /** Keys of an argument, date or amount that the title spells out on their own. */
    private static final Set<String> VALUE_FIELDS = Set.of("text", "name", "type", "entity", "value", "currency", "unit");

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private record Span(int start, int end, String text) {
        boolean inside(Span outer) {
            return start >= outer.start && end <= outer.end;
        }
    }

    private final JsonNode result;
    private final String text;
    private final Map<String, JsonNode> entities = new HashMap<>();
    private final Map<String, List<Span>> mentions = new HashMap<>();

    private ReportDocument(JsonNode result, String text) {
        this.result = result;
        this.text = text;
        for (JsonNode e : result.path("entities")) {
            String id = e.path("id").asText();
            entities.put(id, e);
            List<Span> ms = new ArrayList<>();
            for (JsonNode m : e.path("mentions")) {
                ms.add(new Span(m.path("start").asInt(), m.path("end").asInt(), m.path("text").asText()));
            }
            mentions.put(id, ms);
        }
    }

    /**
     * The compact form of {@code result}; {@code text} (may be null) is used only when it
     * is the text the offsets point into (same length, evidence found at its offsets).
     */
    static ObjectNode of(JsonNode result, String text, int index) {
        return new ReportDocument(result, fits(result, text) ? text : null).toNode(index);
    }

    /** Whether {@code text} is the text {@code result} was extracted from. */
    static boolean fits(JsonNode result, String text) {
        if (text == null) {
            return false;
        }
        JsonNode chars = result.path("document").path("chars");
        if (chars.isNumber() && chars.asInt() != text.length()) {
            return false;
        }
        for (JsonNode ev : result.path("events")) {
            for (JsonNode s : ev.path("evidence")) {
                int a = s.path("start").asInt(-1);
                int b = s.path("end").asInt(-1);
                if (a < 0 || b < a || b > text.length()
                        || (s.has("text") && !text.substring(a, b).equals(s.path("text").asText()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private ObjectNode toNode(int index) {
        JsonNode doc = result.path("document");
        ObjectNode out = F.objectNode();
        out.put("n", index);
        out.put("id", doc.path("id").asText(""));
        copyText(doc, "source", out, "source");
        copyText(doc, "date", out, "date");
        if (doc.path("chars").isNumber()) {
            out.put("chars", doc.path("chars").asInt());
        }
        ArrayNode errors = out.putArray("errors");
        for (JsonNode e : result.path("errors")) {
            ObjectNode o = errors.addObject();
            o.put("code", e.path("code").asText(""));
            o.put("message", e.path("message").asText(""));
        }
        out.put("full", text != null);
        out.set("segs", segments());
        ArrayNode ents = out.putArray("ents");
        for (JsonNode e : result.path("entities")) {
            ObjectNode o = ents.addObject();
            o.put("id", e.path("id").asText());
            o.put("type", e.path("type").asText("OTHER"));
            o.put("name", e.path("name").asText(""));
            o.put("title", entityTitle(e));
            ArrayNode ms = o.putArray("ms");
            for (Span m : mentions.get(e.path("id").asText())) {
                ms.addArray().add(m.start).add(m.end);
            }
        }
        ArrayNode evs = out.putArray("evs");
        for (JsonNode ev : result.path("events")) {
            evs.add(event(ev));
        }
        if (result.has("rejected")) {
            out.set("rejected", result.get("rejected"));
        }
        return out;
    }

    private static void copyText(JsonNode from, String key, ObjectNode to, String as) {
        if (from.hasNonNull(key)) {
            to.put(as, from.get(key).asText());
        }
    }

    /** The whole text, or else the evidence sentences of all events, merged where they overlap. */
    private ArrayNode segments() {
        ArrayNode segs = F.arrayNode();
        if (text != null) {
            segs.addArray().add(0).add(text);
            return segs;
        }
        List<Span> spans = new ArrayList<>();
        for (JsonNode ev : result.path("events")) {
            for (JsonNode s : ev.path("evidence")) {
                String t = s.path("text").asText("");
                int a = s.path("start").asInt(-1);
                if (a >= 0 && !t.isEmpty() && s.path("end").asInt() == a + t.length()) {
                    spans.add(new Span(a, a + t.length(), t));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        int curStart = -1;
        StringBuilder cur = new StringBuilder();
        for (Span s : spans) {
            int curEnd = curStart + cur.length();
            if (curStart >= 0 && s.start <= curEnd) {
                if (s.end > curEnd) {
                    cur.append(s.text, curEnd - s.start, s.text.length());
                }
                continue;
            }
            if (curStart >= 0) {
                segs.addArray().add(curStart).add(cur.toString());
            }
            curStart = s.start;
            cur.setLength(0);
            cur.append(s.text);
        }
        if (curStart >= 0) {
            segs.addArray().add(curStart).add(cur.toString());
        }
        return segs;
    }

    private ObjectNode event(JsonNode ev) {
        ObjectNode o = F.objectNode();
        o.put("type", ev.path("type").asText("?"));
        o.put("id", ev.path("id").asText(""));
        copyText(ev, "tense", o, "tense");
        if (ev.path("confidence").isNumber()) {
            o.set("conf", ev.get("confidence"));
        }
        List<Span> evidence = new ArrayList<>();
        ArrayNode evArr = o.putArray("ev");
        for (JsonNode s : ev.path("evidence")) {
            Span sp = new Span(s.path("start").asInt(), s.path("end").asInt(), s.path("text").asText(""));
            evidence.add(sp);
            evArr.addArray().add(sp.start).add(sp.end);
        }
        ArrayNode roles = o.putArray("roles");
        for (Map.Entry<String, JsonNode> f : ev.properties()) {
            if (EVENT_FIELDS.contains(f.getKey())) {
                continue;
            }
            ArrayNode vals = F.arrayNode();
            if (f.getValue().isArray()) {
                for (JsonNode v : f.getValue()) {
                    vals.add(value(v, evidence));
                }
            } else if (!f.getValue().isNull()) {
                vals.add(value(f.getValue(), evidence));
            }
            placeBySources(vals, ev.path("explanation").path("roles").path(f.getKey()));
            if (!vals.isEmpty()) {
                ObjectNode r = roles.addObject();
                r.put("role", f.getKey());
                r.set("vals", vals);
            }
        }
        if (ev.has("explanation")) {
            o.set("expl", ev.get("explanation"));
        }
        return o;
    }

    /** One role value: its label, its normalized values as a hover title, its span when found. */
    private ObjectNode value(JsonNode v, List<Span> evidence) {
        ObjectNode o = F.objectNode();
        if (!v.isObject()) {
            String t = v.asText();
            o.put("text", t);
            if (v.isTextual()) {
                place(o, locate(t, null, evidence));
            }
            return o;
        }
        String t = firstText(v, "text", "name", "value");
        o.put("text", t);
        List<String> title = new ArrayList<>();
        if (v.has("value")) {
            String unit = firstText(v, "currency", "unit");
            title.add("value: " + v.get("value").asText() + (unit.isEmpty() ? "" : " " + unit));
        }
        if (v.hasNonNull("name") && !v.get("name").asText().equals(t)) {
            title.add("name: " + v.get("name").asText());
        }
        if (v.hasNonNull("type")) {
            title.add("type: " + v.get("type").asText());
        }
        String entity = v.path("entity").asText(null);
        if (entity != null) {
            title.add("entity: " + entity);
            JsonNode e = entities.get(entity);
            if (e != null && e.hasNonNull("code")) {
                title.add("code: " + e.get("code").asText());
            }
        }
        for (Map.Entry<String, JsonNode> f : v.properties()) {
            if (!VALUE_FIELDS.contains(f.getKey())
                    && f.getValue().isValueNode()) {
                title.add(f.getKey() + ": " + f.getValue().asText());
            }
        }
        if (!title.isEmpty()) {
            o.put("title", String.join(" \u00b7 ", title));
        }
        place(o, locate(t, entity, evidence));
        return o;
    }

    /**
     * Explain mode says where each value was read from: that span replaces the located one
     * when it holds the value's own words (a quantity read from "5,000" keeps its located span).
     */
    private static void placeBySources(ArrayNode vals, JsonNode sources) {
        if (!sources.isArray() || sources.size() != vals.size()) {
            return;
        }
        for (int i = 0; i < vals.size(); i++) {
            JsonNode src = sources.get(i);
            ObjectNode v = (ObjectNode) vals.get(i);
            if (src.path("start").isInt() && src.path("end").isInt() && src.path("text").asText("").equals(v.path("text").asText(null))) {
                v.put("s", src.get("start").asInt());
                v.put("e", src.get("end").asInt());
            }
        }
    }

    private static void place(ObjectNode o, Span s) {
        if (s != null) {
            o.put("s", s.start);
            o.put("e", s.end);
        }
    }

    private static String firstText(JsonNode v, String... keys) {
        for (String k : keys) {
            if (v.hasNonNull(k) && !v.get(k).asText().isEmpty()) {
                return v.get(k).asText();
            }
        }
        return "";
    }

    /** Where a role value is stated; null when it cannot be told. */
    private Span locate(String t, String entity, List<Span> evidence) {
        if (t == null || t.isBlank()) {
            return null;
        }
        List<Span> ms = entity == null ? List.of() : mentions.getOrDefault(entity, List.of());
        for (Span m : ms) {
            if (m.text.equalsIgnoreCase(t) && evidence.stream().anyMatch(m::inside)) {
                return m;
            }
        }
        for (Span ev : evidence) {
            int i = findWord(ev.text, t);
            if (i >= 0) {
                return new Span(ev.start + i, ev.start + i + t.length(), t);
            }
        }
        for (Span m : ms) {
            if (m.text.equalsIgnoreCase(t)) {
                return m;
            }
        }
        for (Span m : ms) {
            if (evidence.stream().anyMatch(m::inside)) {
                return m;
            }
        }
        if (text != null) {
            int i = findWord(text, t);
            if (i >= 0) {
                return new Span(i, i + t.length(), t);
            }
        }
        return null;
    }

    /** First occurrence of {@code needle} in {@code hay} not inside a longer word. */
    static int findWord(String hay, String needle) {
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
            int end = i + needle.length();
            boolean leftOk = i == 0 || !Character.isLetterOrDigit(hay.charAt(i - 1));
            boolean rightOk = end == hay.length() || !Character.isLetterOrDigit(hay.charAt(end));
            if (leftOk && rightOk) {
                return i;
            }
        }
        return -1;
    }

    private static String entityTitle(JsonNode e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.path("type").asText("?") + " " + e.path("id").asText(""));
        parts.add("name: " + e.path("name").asText(""));
        if (e.hasNonNull("code")) {
            parts.add("code: " + e.get("code").asText());
        }
        for (Map.Entry<String, JsonNode> a : e.path("attributes").properties()) {
            parts.add(a.getKey() + ": " + a.getValue().asText());
        }
        return String.join(" \u00b7 ", parts);
    }
}
