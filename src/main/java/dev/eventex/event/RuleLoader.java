package dev.eventex.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventex.event.RoleSpec.Finder;
import dev.eventex.event.RoleSpec.ValueKind;
import dev.eventex.internal.ModelSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads and validates event rule files. Strict: unknown keys, unknown roles, unknown finder
 * methods, bad patterns and duplicate ids are errors naming the file and the JSON pointer
 * (or line, for syntax errors). The rule set is listed in {@code models/rules/index.txt}.
 */
public final class RuleLoader {

    public static final String INDEX = "rules/index.txt";

    /** Roles of the built-in types and the kind of value each holds. */
    public static final Map<String, Map<String, ValueKind>> BUILT_IN = Map.of(
            "Visit", ordered("visitor", ValueKind.ARGUMENT, "destination", ValueKind.ARGUMENT, "host", ValueKind.ARGUMENT,
                    "date", ValueKind.DATE, "kind", ValueKind.TEXT, "purpose", ValueKind.TEXT),
            "Meeting", ordered("participants", ValueKind.ARGUMENTS, "location", ValueKind.ARGUMENT, "date", ValueKind.DATE,
                    "topics", ValueKind.TEXTS),
            "TradeGoal", ordered("parties", ValueKind.ARGUMENTS, "target", ValueKind.AMOUNT, "metric", ValueKind.TEXT,
                    "setBy", ValueKind.ARGUMENTS, "deadline", ValueKind.DATE),
            "Donation", ordered("donor", ValueKind.ARGUMENT, "recipient", ValueKind.ARGUMENT, "item", ValueKind.TEXT,
                    "quantity", ValueKind.NUMBER, "value", ValueKind.AMOUNT, "onBehalfOf", ValueKind.ARGUMENT,
                    "date", ValueKind.DATE));

    /** Required roles of the built-in types (the output contract's bold roles). */
    public static final Map<String, List<String>> REQUIRED = Map.of(
            "Visit", List.of("visitor", "destination"), "Meeting", List.of("participants"),
            "TradeGoal", List.of("parties", "target"), "Donation", List.of("donor", "recipient"));

    private static final Set<String> RULE_KEYS = Set.of("id", "event", "description", "trigger", "pattern", "unless", "unlessWindow",
            "requireInSentence", "requireInContext", "roles", "require", "confidence", "valueKinds", "rejectTense", "requireTense");
    private static final Set<String> TRIGGER_KEYS = Set.of("lemmas", "phrases", "pos");
    private static final Set<String> FINDER_KEYS = Set.of("find", "types", "words", "maxDistance", "list", "combine", "titled");
    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "GROUP", "PAIR", "DATE", "MONEY", "QUANTITY");

    private final ObjectMapper mapper = new ObjectMapper();

    private static Map<String, ValueKind> ordered(Object... kv) {
        Map<String, ValueKind> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (ValueKind) kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Loads every file listed in {@code rules/index.txt}. */
    public List<EventRule> loadAll(ModelSource source) {
        List<String> files = new ArrayList<>();
        try (InputStream in = source.open(INDEX);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    files.add(line);
                }
            }
        } catch (IOException e) {
            throw new RuleException("cannot read " + source.describe(INDEX) + ": " + e.getMessage(), e);
        }
        List<EventRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String f : files) {
            String rel = "rules/" + f;
            try (InputStream in = source.open(rel)) {
                for (EventRule rule : load(source.describe(rel), in)) {
                    if (!ids.add(rule.id())) {
                        throw new RuleException(source.describe(rel) + ": duplicate rule id '" + rule.id() + "'");
                    }
                    rules.add(rule);
                }
            } catch (IOException e) {
                throw new RuleException("cannot read " + source.describe(rel) + " (listed in " + INDEX + "): " + e.getMessage(), e);
            }
        }
        return rules;
    }

    /** Parses and validates one rule file. */
    public List<EventRule> load(String name, InputStream in) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new RuleException(name + ":" + line + ": invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new RuleException(name + ": top level must be an object with \"rules\"");
        }
        checkKeys(name, "", root, Set.of("rules", "description"));
        JsonNode arr = root.get("rules");
        if (arr == null || !arr.isArray()) {
            throw new RuleException(name + ": \"rules\" must be an array");
        }
        List<EventRule> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            out.add(rule(name, "/rules/" + i, arr.get(i)));
        }
        return out;
    }

    private EventRule rule(String file, String ptr, JsonNode n) {
        if (!n.isObject()) {
            throw err(file, ptr, "a rule must be an object");
        }
        checkKeys(file, ptr, n, RULE_KEYS);
        String id = text(file, ptr + "/id", n.get("id"), true);
        String type = text(file, ptr + "/event", n.get("event"), true);
        if (!type.matches("[A-Z][A-Za-z0-9]*")) {
            throw err(file, ptr + "/event", "event type must be a capitalised identifier, got '" + type + "'");
        }
        Map<String, ValueKind> known = BUILT_IN.get(type);
        Map<String, ValueKind> kinds = new LinkedHashMap<>();
        if (known != null) {
            kinds.putAll(known);
            if (n.has("valueKinds")) {
                throw err(file, ptr + "/valueKinds", "built-in type " + type + " has fixed role kinds");
            }
        } else if (n.has("valueKinds")) {
            JsonNode vk = n.get("valueKinds");
            Iterator<Map.Entry<String, JsonNode>> it = vk.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                try {
                    kinds.put(e.getKey(), ValueKind.valueOf(e.getValue().asText().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException ex) {
                    throw err(file, ptr + "/valueKinds/" + e.getKey(), "unknown value kind '" + e.getValue().asText()
                            + "' (argument, arguments, date, amount, number, text, texts)");
                }
            }
        }
        Set<String> lemmas = new HashSet<>();
        List<List<String>> phrases = new ArrayList<>();
        Set<String> pos = new HashSet<>();
        JsonNode trig = n.get("trigger");
        if (trig != null) {
            checkKeys(file, ptr + "/trigger", trig, TRIGGER_KEYS);
            lemmas.addAll(strings(file, ptr + "/trigger/lemmas", trig.get("lemmas")));
            for (String p : strings(file, ptr + "/trigger/phrases", trig.get("phrases"))) {
                phrases.add(List.of(p.toLowerCase(Locale.ROOT).strip().split("\\s+")));
            }
            pos.addAll(strings(file, ptr + "/trigger/pos", trig.get("pos")));
        }
        TokenPattern pattern = n.has("pattern") ? pattern(file, ptr + "/pattern", n.get("pattern")) : null;
        if (lemmas.isEmpty() && phrases.isEmpty() && pattern == null) {
            throw err(file, ptr, "a rule needs a trigger (lemmas or phrases) or a pattern");
        }
        List<TokenPattern> unless = new ArrayList<>();
        List<String> unlessSrc = strings(file, ptr + "/unless", n.get("unless"));
        for (int i = 0; i < unlessSrc.size(); i++) {
            unless.add(pattern(file, ptr + "/unless/" + i, n.get("unless").get(i)));
        }
        List<TokenPattern> requireIn = new ArrayList<>();
        List<String> reqSrc = strings(file, ptr + "/requireInSentence", n.get("requireInSentence"));
        for (int i = 0; i < reqSrc.size(); i++) {
            requireIn.add(pattern(file, ptr + "/requireInSentence/" + i, n.get("requireInSentence").get(i)));
        }
        List<TokenPattern> requireCtx = new ArrayList<>();
        List<String> ctxSrc = strings(file, ptr + "/requireInContext", n.get("requireInContext"));
        for (int i = 0; i < ctxSrc.size(); i++) {
            requireCtx.add(pattern(file, ptr + "/requireInContext/" + i, n.get("requireInContext").get(i)));
        }
        Map<String, RoleSpec> roles = new LinkedHashMap<>();
        JsonNode rn = n.get("roles");
        if (rn != null) {
            if (!rn.isObject()) {
                throw err(file, ptr + "/roles", "roles must be an object of role -> finder list");
            }
            Iterator<Map.Entry<String, JsonNode>> it = rn.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String role = e.getKey();
                String rptr = ptr + "/roles/" + role;
                ValueKind kind = kinds.get(role);
                if (kind == null) {
                    if (known != null) {
                        throw err(file, rptr, "unknown role '" + role + "' for " + type + " (known: " + String.join(", ", known.keySet()) + ")");
                    }
                    kind = ValueKind.ARGUMENT;
                }
                List<Finder> finders = new ArrayList<>();
                JsonNode fl = e.getValue();
                if (fl.isObject()) {
                    finders.add(finder(file, rptr, fl));
                } else if (fl.isArray()) {
                    for (int i = 0; i < fl.size(); i++) {
                        finders.add(finder(file, rptr + "/" + i, fl.get(i)));
                    }
                } else {
                    throw err(file, rptr, "a role takes a finder object or a list of them");
                }
                roles.put(role, new RoleSpec(role, kind, finders));
            }
        }
        if (pattern != null) {
            for (String cap : pattern.captureNames()) {
                if (!cap.equals("trigger") && known != null && !known.containsKey(cap)) {
                    throw err(file, ptr + "/pattern", "capture '" + cap + "' is not a role of " + type);
                }
                roles.putIfAbsent(cap, new RoleSpec(cap, kinds.getOrDefault(cap, ValueKind.ARGUMENT), List.of()));
            }
        }
        List<String> required = n.has("require") ? strings(file, ptr + "/require", n.get("require"))
                : REQUIRED.getOrDefault(type, List.of());
        for (String r : required) {
            if (!roles.containsKey(r)) {
                throw err(file, ptr + "/require", "required role '" + r + "' has no finder or capture");
            }
        }
        double conf = n.has("confidence") ? n.get("confidence").asDouble(-1) : 0.8;
        if (conf <= 0 || conf > 1) {
            throw err(file, ptr + "/confidence", "confidence must be in (0, 1]");
        }
        int window = n.has("unlessWindow") ? n.get("unlessWindow").asInt(6) : 6;
        Set<dev.eventex.api.Tense> reject = tenses(file, ptr + "/rejectTense", n.get("rejectTense"));
        Set<dev.eventex.api.Tense> requireT = tenses(file, ptr + "/requireTense", n.get("requireTense"));
        return new EventRule(id, type, lemmas, phrases, pos, pattern, unless, window, requireIn, requireCtx, roles, required, conf, reject,
                requireT, file);
    }

    private static Set<dev.eventex.api.Tense> tenses(String file, String ptr, JsonNode n) {
        Set<dev.eventex.api.Tense> out = new HashSet<>();
        List<String> rt = strings(file, ptr, n);
        for (int i = 0; i < rt.size(); i++) {
            try {
                out.add(dev.eventex.api.Tense.valueOf(rt.get(i).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw err(file, ptr + "/" + i, "unknown tense '" + rt.get(i) + "' (past, ongoing, planned)");
            }
        }
        return out;
    }

    private Finder finder(String file, String ptr, JsonNode n) {
        if (!n.isObject()) {
            throw err(file, ptr, "a finder must be an object");
        }
        checkKeys(file, ptr, n, FINDER_KEYS);
        String method = text(file, ptr + "/find", n.get("find"), true);
        if (!Finder.METHODS.contains(method)) {
            throw err(file, ptr + "/find", "unknown finder '" + method + "' (known: " + String.join(", ", new java.util.TreeSet<>(Finder.METHODS)) + ")");
        }
        Set<String> types = new HashSet<>(strings(file, ptr + "/types", n.get("types")));
        for (String t : types) {
            if (!TYPES.contains(t)) {
                throw err(file, ptr + "/types", "unknown type '" + t + "' (known: " + String.join(", ", new java.util.TreeSet<>(TYPES)) + ")");
            }
        }
        List<String> words = strings(file, ptr + "/words", n.get("words"));
        int max = n.has("maxDistance") ? n.get("maxDistance").asInt(12) : 12;
        boolean list = n.has("list") && n.get("list").asBoolean();
        boolean combine = n.has("combine") && n.get("combine").asBoolean();
        boolean titled = n.has("titled") && n.get("titled").asBoolean();
        return new Finder(method, types, words, max, list, combine, titled);
    }

    private TokenPattern pattern(String file, String ptr, JsonNode n) {
        String src = text(file, ptr, n, true);
        try {
            return TokenPattern.compile(src);
        } catch (IllegalArgumentException e) {
            throw err(file, ptr, e.getMessage());
        }
    }

    private static void checkKeys(String file, String ptr, JsonNode n, Set<String> allowed) {
        Iterator<String> it = n.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw err(file, ptr + "/" + k, "unknown key '" + k + "' (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static String text(String file, String ptr, JsonNode n, boolean required) {
        if (n == null || n.isNull()) {
            if (required) {
                throw err(file, ptr, "missing");
            }
            return null;
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            throw err(file, ptr, "must be a non-empty string");
        }
        return n.asText();
    }

    private static List<String> strings(String file, String ptr, JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!n.isArray()) {
            throw err(file, ptr, "must be an array of strings");
        }
        for (int i = 0; i < n.size(); i++) {
            out.add(text(file, ptr + "/" + i, n.get(i), true));
        }
        return out;
    }

    private static RuleException err(String file, String ptr, String msg) {
        return new RuleException(file + " at " + (ptr.isEmpty() ? "/" : ptr) + ": " + msg);
    }
}
