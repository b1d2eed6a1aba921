package dev.eventex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One document's gold events, read from either gold format:
 *
 * <ul>
 * <li><b>shared</b> ({@code shared/spec/gold-format.md}, {@code gold/<id>.json}): every
 * name slot is a list of alternative strings, {@code participants}, {@code parties} and
 * {@code setBy} are lists of such lists. Taken as it is.</li>
 * <li><b>eventex</b> ({@code NAME.gold.json} beside the text): a name slot is one string
 * with alternatives separated by {@code |}, a party list is a list of such strings.
 * Converted to the shared structure; in other string roles (date, tense, metric...) a
 * {@code |} still separates alternatives, any one of which may match, and a date written as
 * an ISO interval {@code FROM/TO} matches any date of the same precision inside it.</li>
 * </ul>
 *
 * <p>The format is told per file: a name slot holding a string, or a party list holding a
 * string, makes it an eventex file; otherwise it is a shared one.
 *
 * @param id     the document id ({@code id} field, else the file name without {@code .gold.json} / {@code .json})
 * @param events the gold events in the shared structure
 * @param format the format the file was written in
 */
public record GoldFile(String id, List<GoldEvent> events, Format format) {

    /** The two gold formats. */
    public enum Format { SHARED, EVENTEX }

    static final Set<String> NAME_SLOTS = Set.of("visitor", "destination", "host", "donor", "recipient", "item", "location", "onBehalfOf");
    static final Set<String> PARTY_SLOTS = Set.of("participants", "parties", "setBy");

    /**
     * A gold event in the shared structure, with the alternatives an eventex file gives for a
     * string role other than a name.
     *
     * @param node         the event as the shared scorer sees it
     * @param alternatives role -> accepted alternatives (eventex files only)
     * @param intervals    true when an ISO interval in date or deadline accepts the dates inside it (eventex files)
     */
    public record GoldEvent(ObjectNode node, Map<String, List<JsonNode>> alternatives, boolean intervals) {

        public String type() {
            return node.path("type").asText();
        }

        /** Whether the optional role is right for the predicted event. */
        public boolean roleMatches(String role, JsonNode predicted) {
            JsonNode p = predicted.get(role);
            for (JsonNode g : alternatives.getOrDefault(role, List.of(node.get(role)))) {
                if (GoldMatcher.roleMatches(role, p, g)) {
                    return true;
                }
                if (intervals && (role.equals("date") || role.equals("deadline")) && g != null && g.isTextual()
                        && withinInterval(g.textValue(), p)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads one gold file. */
    public static GoldFile read(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException("not a gold file (no JSON object): " + file);
        }
        return of(root, idFromFileName(file.getFileName().toString()));
    }

    /** A gold document from its JSON; {@code fallbackId} when it has no {@code id}. */
    public static GoldFile of(JsonNode root, String fallbackId) {
        JsonNode idNode = root.get("id");
        String id = Py.truthy(idNode) ? Py.str(idNode) : fallbackId;
        JsonNode evs = root.get("events");
        List<JsonNode> raw = new ArrayList<>();
        if (Py.truthy(evs)) {
            raw.addAll(Py.iter(evs));
        }
        Format format = raw.stream().anyMatch(GoldFile::looksEventex) ? Format.EVENTEX : Format.SHARED;
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : raw) {
            if (!e.isObject()) {
                throw new IllegalArgumentException("gold " + id + ": an event is not an object: " + e);
            }
            events.add(format == Format.SHARED ? new GoldEvent((ObjectNode) e, Map.of(), false) : convert((ObjectNode) e));
        }
        return new GoldFile(id, events, format);
    }

    /** {@code x.gold.json} and {@code x.json} give {@code x}. */
    static String idFromFileName(String name) {
        if (name.endsWith(".gold.json")) {
            return name.substring(0, name.length() - ".gold.json".length());
        }
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    private static boolean looksEventex(JsonNode e) {
        Iterator<Map.Entry<String, JsonNode>> it = e.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            if (NAME_SLOTS.contains(f.getKey()) && f.getValue().isTextual()) {
                return true;
            }
            if (PARTY_SLOTS.contains(f.getKey()) && f.getValue().isArray()) {
                for (JsonNode x : f.getValue()) {
                    if (x.isTextual()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static GoldEvent convert(ObjectNode e) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Map<String, List<JsonNode>> alts = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = e.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            String k = f.getKey();
            JsonNode v = f.getValue();
            if (NAME_SLOTS.contains(k) && v.isTextual()) {
                out.set(k, split(v.textValue()));
            } else if (PARTY_SLOTS.contains(k) && (v.isArray() || v.isTextual())) {
                ArrayNode parties = JsonNodeFactory.instance.arrayNode();
                for (JsonNode x : v.isArray() ? v : List.of(v)) {
                    parties.add(x.isTextual() ? split(x.textValue()) : x);
                }
                out.set(k, parties);
            } else {
                out.set(k, v);
                if (!k.equals("type") && v.isTextual() && v.textValue().contains("|")) {
                    List<JsonNode> l = new ArrayList<>();
                    split(v.textValue()).forEach(l::add);
                    alts.put(k, l);
                }
            }
        }
        return new GoldEvent(out, alts, true);
    }

    private static ArrayNode split(String s) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (String alt : s.split("\\|")) {
            String t = alt.strip();
            if (!t.isEmpty()) {
                a.add(TextNode.valueOf(t));
            }
        }
        return a;
    }

    /** An ISO interval {@code FROM/TO} holds a predicted date of the same precision between them. */
    static boolean withinInterval(String gold, JsonNode pred) {
        int slash = gold.indexOf('/');
        JsonNode v = pred != null && pred.isObject() ? pred.get("value") : pred;
        if (slash < 0 || v == null || !v.isTextual() || v.textValue().isEmpty()) {
            return false;
        }
        String value = v.textValue();
        String from = gold.substring(0, slash);
        String to = gold.substring(slash + 1);
        return from.length() == value.length() && to.length() == value.length()
                && from.compareTo(value) <= 0 && value.compareTo(to) <= 0;
    }

    /**
     * All gold files of a directory: every {@code *.json} (so {@code <id>.json} and
     * {@code <id>.gold.json}), in file name order, keyed by id; a later file with the same id
     * replaces an earlier one, as in the shared scorer.
     */
    public static Map<String, GoldFile> readDirectory(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            ds.forEach(files::add);
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        Map<String, GoldFile> out = new LinkedHashMap<>();
        for (Path f : files) {
            if (Files.isRegularFile(f)) {
                GoldFile g = read(f);
                out.put(g.id(), g);
            }
        }
        return out;
    }
}
