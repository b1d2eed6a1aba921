package dev.eventex.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The named values a rule file writes once, under {@code "define"}, and its rules use by
 * reference: a string {@code "@name"} standing for a whole value (a role's finder list, a
 * finder's {@code words}) is replaced by the definition, and one standing as an item of a list
 * whose definition is a list is spliced into it ({@code ["@hostWords", "envoy"]} extends a shared
 * word list). A definition may use the definitions written before it. Rules then share the
 * phrases that say where a meeting was held or what it was about, instead of each repeating
 * them and drifting apart when one is edited. Stateless; expansion makes new nodes and leaves
 * the definitions as read.
 */
final class RuleDefinitions {

    private final Map<String, JsonNode> values;

    private RuleDefinitions(Map<String, JsonNode> values) {
        this.values = values;
    }

    static final RuleDefinitions NONE = new RuleDefinitions(Map.of());

    /**
     * Reads the {@code "define"} object of a file (null: none); each bad name or reference is
     * reported to {@code problems} as (JSON pointer, message).
     */
    static RuleDefinitions read(JsonNode define, BiConsumer<String, String> problems) {
        if (define == null) {
            return NONE;
        }
        if (!define.isObject()) {
            problems.accept("/define", "must be an object of name -> value");
            return NONE;
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = define.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String ptr = "/define/" + e.getKey();
            if (!e.getKey().matches("[A-Za-z][A-Za-z0-9_-]*")) {
                problems.accept(ptr, "a definition's name is a letter followed by letters, digits, '_' or '-'");
                continue;
            }
            values.put(e.getKey(), new RuleDefinitions(Map.copyOf(values)).expand(e.getValue(), ptr, problems));
        }
        return new RuleDefinitions(Map.copyOf(values));
    }

    /** Names defined, in file order (for messages and tests). */
    List<String> names() {
        return List.copyOf(values.keySet());
    }

    /** {@code node} with every reference replaced; an unknown name is reported at its pointer. */
    JsonNode expand(JsonNode node, String ptr, BiConsumer<String, String> problems) {
        if (node == null) {
            return null;
        }
        String ref = reference(node);
        if (ref != null) {
            JsonNode v = values.get(ref);
            if (v == null) {
                problems.accept(ptr, unknown(ref));
                return node;
            }
            return v.deepCopy();
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String r = reference(item);
                JsonNode v = r == null ? null : values.get(r);
                if (v != null && v.isArray()) {
                    v.forEach(x -> out.add(x.deepCopy())); // a shared list spliced into a longer one
                } else {
                    out.add(expand(item, ptr + "/" + i, problems));
                }
            }
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(e.getKey(), expand(e.getValue(), ptr + "/" + e.getKey(), problems));
            }
            return out;
        }
        return node;
    }

    private String unknown(String ref) {
        return "unknown definition '@" + ref + "'" + (values.isEmpty() ? " (the file defines none)"
                : " (defined: " + String.join(", ", values.keySet()) + ")");
    }

    /** The name a string "@name" refers to; null for any other node ("@" alone or "@ x" is text). */
    private static String reference(JsonNode n) {
        if (!n.isTextual()) {
            return null;
        }
        String s = n.asText();
        return s.length() > 1 && s.charAt(0) == '@' && s.substring(1).matches("[A-Za-z][A-Za-z0-9_-]*") ? s.substring(1) : null;
    }
}
