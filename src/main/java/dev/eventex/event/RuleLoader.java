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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads and validates event rule files. Strict: unknown keys, unknown roles, unknown finder
 * methods, bad patterns, values of the wrong type (a string where a list or a number is
 * expected) and duplicate ids are errors naming the file and the JSON pointer (or line, for
 * syntax errors), all of them reported at once. The rule set is listed in
 * {@code models/rules/index.txt}. A file may name shared values once under {@code "define"} and
 * use them as {@code "@name"} ({@link RuleDefinitions}).
 */
public final class RuleLoader {

    public static final String INDEX = "rules/index.txt";

    private static final Set<String> RULE_KEYS = Set.of("id", "event", "description", "trigger", "pattern", "unless", "unlessWindow", "unlessTied",
            "requireInSentence", "requireInContext", "roles", "require", "confidence", "valueKinds", "rejectTense", "requireTense",
            "awayFrom", "requireAway", "tense");
    private static final Set<String> TRIGGER_KEYS = Set.of("lemmas", "phrases", "pos");
    private static final Set<String> FINDER_KEYS = Set.of("find", "types", "words", "maxDistance", "list", "combine", "titled");
    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "GROUP", "PAIR", "DATE", "MONEY", "QUANTITY");

    private final ObjectMapper mapper = new ObjectMapper();
    private final EventTypes types;
    /** False when the types are the packaged ones by default: loadAll then reads the models directory's types too. */
    private final boolean typesGiven;

    /** Reads rules against the packaged event types ({@link #loadAll} also reads a models directory's own). */
    public RuleLoader() {
        this(EventTypes.packaged(), false);
    }

    /** Reads rules against these event types (their roles, value kinds and required roles). */
    public RuleLoader(EventTypes types) {
        this(types, true);
    }

    private RuleLoader(EventTypes types, boolean given) {
        this.types = types;
        this.typesGiven = given;
    }

    /** The rules of one file and the ids of packaged rules it disables (top-level {@code "disable"}). */
    public record RuleFile(List<EventRule> rules, List<String> disable) {
    }

    /**
     * Loads the packaged rule files listed in the packaged {@code rules/index.txt}, then merges in
     * the rule files of the models directory, if any: the files its own {@code rules/index.txt}
     * lists (names of packaged files it lists but does not hold are skipped), or without an index
     * every {@code *.json} in its {@code rules/} folder, in name order. A user rule with a new id is
     * added after the packaged ones, one with a packaged id replaces that rule in its place, and
     * the ids in a file's {@code "disable"} list remove packaged rules. Every error of every file
     * (and every duplicate or unknown id) is reported in one {@link RuleException}.
     */
    public List<EventRule> loadAll(ModelSource source) {
        if (!typesGiven && source.directoryOrNull() != null) {
            return new RuleLoader(EventTypes.load(source)).loadAll(source);
        }
        List<EventRule> rules = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> packagedFiles;
        try (InputStream in = source.openPackagedOrNull(INDEX)) {
            if (in == null) {
                throw new IOException("missing model file: models/" + INDEX);
            }
            packagedFiles = index(in);
        } catch (IOException e) {
            throw new RuleException("cannot read models/" + INDEX + ": " + e.getMessage(), e);
        }
        for (String f : packagedFiles) {
            String rel = "rules/" + f;
            try (InputStream in = source.openPackagedOrNull(rel)) {
                if (in == null) {
                    throw new IOException("missing model file: models/" + rel);
                }
                RuleFile file = loadFile("models/" + rel, in);
                if (!file.disable().isEmpty()) {
                    errors.add("models/" + rel + ": /disable: only rule files in a models directory disable rules");
                }
                for (EventRule rule : file.rules()) {
                    if (!ids.add(rule.id())) {
                        errors.add("models/" + rel + ": duplicate rule id '" + rule.id() + "'");
                    }
                    rules.add(rule);
                }
            } catch (RuleException e) {
                errors.addAll(e.errors());
            } catch (IOException e) {
                errors.add("cannot read models/" + rel + " (listed in " + INDEX + "): " + e.getMessage());
            }
        }
        Path dir = source.directoryOrNull();
        if (dir != null) {
            mergeUserRules(source, dir, packagedFiles, rules, errors);
        }
        if (!errors.isEmpty()) {
            throw new RuleException(errors);
        }
        return rules;
    }

    private void mergeUserRules(ModelSource source, Path dir, List<String> packagedFiles, List<EventRule> rules, List<String> errors) {
        List<String> files;
        Path userIndex = source.userFileOrNull(INDEX);
        try {
            if (userIndex != null) {
                try (InputStream in = Files.newInputStream(userIndex)) {
                    files = index(in);
                }
            } else if (Files.isDirectory(dir.resolve("rules"))) {
                try (Stream<Path> listing = Files.list(dir.resolve("rules"))) {
                    files = listing.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                            .map(p -> p.getFileName().toString()).sorted().toList();
                }
            } else {
                return;
            }
        } catch (IOException e) {
            errors.add("cannot read " + (userIndex != null ? userIndex : dir.resolve("rules")) + ": " + e.getMessage());
            return;
        }
        Map<String, Integer> packaged = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            packaged.put(rules.get(i).id(), i);
        }
        Map<String, String> userIds = new HashMap<>();
        List<EventRule> added = new ArrayList<>();
        Set<Integer> disabled = new HashSet<>();
        for (String f : files) {
            String rel = "rules/" + f;
            Path p = source.userFileOrNull(rel);
            if (p == null) {
                if (!packagedFiles.contains(f)) {
                    errors.add("cannot read models/" + rel + " (listed in " + userIndex + "): no such file in "
                            + dir.resolve("rules") + " or the packaged rules");
                }
                continue;
            }
            String name = p.toString();
            RuleFile file;
            try (InputStream in = Files.newInputStream(p)) {
                file = loadFile(name, in);
            } catch (RuleException e) {
                errors.addAll(e.errors());
                continue;
            } catch (IOException e) {
                errors.add("cannot read " + name + ": " + e.getMessage());
                continue;
            }
            for (EventRule rule : file.rules()) {
                if (userIds.putIfAbsent(rule.id(), name) != null) {
                    errors.add(name + ": duplicate rule id '" + rule.id() + "'");
                    continue;
                }
                Integer at = packaged.get(rule.id());
                if (at != null) {
                    rules.set(at, rule);
                } else {
                    added.add(rule);
                }
            }
            for (int i = 0; i < file.disable().size(); i++) {
                String id = file.disable().get(i);
                Integer at = packaged.get(id);
                if (at == null) {
                    errors.add(name + ": /disable/" + i + ": no packaged rule '" + id + "' to disable");
                } else if (!disabled.add(at)) {
                    errors.add(name + ": /disable/" + i + ": rule '" + id + "' is disabled twice");
                }
            }
        }
        for (int at : disabled) {
            String id = rules.get(at).id();
            if (userIds.containsKey(id)) {
                errors.add(userIds.get(id) + ": rule '" + id + "' is both replaced and disabled");
            }
        }
        List<EventRule> merged = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!disabled.contains(i)) {
                merged.add(rules.get(i));
            }
        }
        merged.addAll(added);
        rules.clear();
        rules.addAll(merged);
    }

    /** The file names an index lists, one per line; blank lines and {@code #} comments skipped. */
    static List<String> index(InputStream in) throws IOException {
        List<String> files = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                files.add(line);
            }
        }
        return files;
    }

    /** Parses and validates one rule file; throws one {@link RuleException} listing every error found. */
    public List<EventRule> load(String name, InputStream in) throws IOException {
        return loadFile(name, in).rules();
    }

    /**
     * Parses and validates one rule file, with its {@code "disable"} list (ids of packaged rules);
     * throws one {@link RuleException} listing every error found.
     */
    public RuleFile loadFile(String name, InputStream in) throws IOException {
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
        Problems problems = new Problems(name);
        checkKeys(problems, "", root, Set.of("rules", "description", "disable", "define"));
        RuleDefinitions defs = RuleDefinitions.read(root.get("define"), problems::add);
        List<String> disable = new ArrayList<>();
        JsonNode off = root.get("disable");
        if (off != null) {
            if (!off.isArray()) {
                problems.add("/disable", "must be a list of rule ids");
            } else {
                for (int i = 0; i < off.size(); i++) {
                    if (off.get(i).isTextual() && !off.get(i).asText().isBlank()) {
                        disable.add(off.get(i).asText().strip());
                    } else {
                        problems.add("/disable/" + i, "must be a rule id (a string)");
                    }
                }
            }
        }
        JsonNode arr = root.get("rules");
        if ((arr == null && off == null) || (arr != null && !arr.isArray())) {
            problems.add("", "\"rules\" must be an array");
        }
        List<EventRule> out = new ArrayList<>();
        for (int i = 0; arr != null && arr.isArray() && i < arr.size(); i++) {
            String ptr = "/rules/" + i;
            EventRule rule = rule(problems, ptr, defs.expand(arr.get(i), ptr, problems::add));
            if (rule != null) {
                out.add(rule);
            }
        }
        problems.throwIfAny();
        return new RuleFile(List.copyOf(out), List.copyOf(disable));
    }

    /** The rule at {@code ptr}, or null when it has errors (all of them added to {@code p}). */
    private EventRule rule(Problems p, String ptr, JsonNode n) {
        if (!n.isObject()) {
            p.add(ptr, "a rule must be an object");
            return null;
        }
        int before = p.count();
        checkKeys(p, ptr, n, RULE_KEYS);
        String id = p.attempt(() -> text(p.file, ptr + "/id", n.get("id"), true));
        String type = p.attempt(() -> {
            String t = text(p.file, ptr + "/event", n.get("event"), true);
            if (!t.matches("[A-Z][A-Za-z0-9]*")) {
                throw err(p.file, ptr + "/event", "event type must be a capitalised identifier, got '" + t + "'");
            }
            return t;
        });
        EventType declared = type == null ? null : types.declaredOrNull(type);
        Map<String, ValueKind> known = declared == null ? null : declared.roles();
        Map<String, ValueKind> kinds = new LinkedHashMap<>();
        if (known != null) {
            kinds.putAll(known);
            if (n.has("valueKinds")) {
                p.add(ptr + "/valueKinds", "type " + type + " has fixed role kinds (declared in " + declared.source() + ")");
            }
        } else if (n.has("valueKinds")) {
            JsonNode vk = n.get("valueKinds");
            if (!vk.isObject()) {
                p.add(ptr + "/valueKinds", "must be an object of role -> value kind");
            }
            Iterator<Map.Entry<String, JsonNode>> it = vk.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String kind = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString();
                try {
                    if (!e.getValue().isTextual()) {
                        throw new IllegalArgumentException();
                    }
                    kinds.put(e.getKey(), ValueKind.valueOf(kind.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException ex) {
                    p.add(ptr + "/valueKinds/" + e.getKey(), "unknown value kind '" + kind
                            + "' (argument, arguments, date, amount, number, text, texts)");
                }
            }
        }
        Set<String> lemmas = new HashSet<>();
        List<List<String>> phrases = new ArrayList<>();
        Set<String> pos = new HashSet<>();
        JsonNode trig = n.get("trigger");
        int beforeTrigger = p.count();
        if (trig != null && !trig.isObject()) {
            p.add(ptr + "/trigger", "must be an object with lemmas, phrases or pos");
        } else if (trig != null) {
            checkKeys(p, ptr + "/trigger", trig, TRIGGER_KEYS);
            lemmas.addAll(strings(p, ptr + "/trigger/lemmas", trig.get("lemmas")));
            for (String ph : strings(p, ptr + "/trigger/phrases", trig.get("phrases"))) {
                phrases.add(List.of(ph.toLowerCase(Locale.ROOT).strip().split("\\s+")));
            }
            pos.addAll(strings(p, ptr + "/trigger/pos", trig.get("pos")));
        }
        TokenPattern pattern = n.has("pattern") ? p.attempt(() -> pattern(p.file, ptr + "/pattern", n.get("pattern"))) : null;
        if (lemmas.isEmpty() && phrases.isEmpty() && !n.has("pattern") && p.count() == beforeTrigger) {
            p.add(ptr, "a rule needs a trigger (lemmas or phrases) or a pattern");
        }
        List<TokenPattern> unless = patterns(p, ptr + "/unless", n.get("unless"));
        List<TokenPattern> unlessTied = patterns(p, ptr + "/unlessTied", n.get("unlessTied"));
        List<TokenPattern> requireIn = patterns(p, ptr + "/requireInSentence", n.get("requireInSentence"));
        List<TokenPattern> requireCtx = patterns(p, ptr + "/requireInContext", n.get("requireInContext"));
        Map<String, RoleSpec> roles = new LinkedHashMap<>();
        JsonNode rn = n.get("roles");
        if (rn != null && !rn.isObject()) {
            p.add(ptr + "/roles", "roles must be an object of role -> finder list");
        } else if (rn != null) {
            Iterator<Map.Entry<String, JsonNode>> it = rn.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String role = e.getKey();
                String rptr = ptr + "/roles/" + role;
                ValueKind kind = kinds.get(role);
                if (kind == null) {
                    if (known != null) {
                        p.add(rptr, "unknown role '" + role + "' for " + type + " (known: " + String.join(", ", known.keySet()) + ")");
                    }
                    kind = ValueKind.ARGUMENT;
                }
                List<Finder> finders = new ArrayList<>();
                JsonNode fl = e.getValue();
                if (fl.isObject()) {
                    finders.add(finder(p, rptr, fl));
                } else if (fl.isArray()) {
                    for (int i = 0; i < fl.size(); i++) {
                        finders.add(finder(p, rptr + "/" + i, fl.get(i)));
                    }
                } else {
                    p.add(rptr, "a role takes a finder object or a list of them");
                }
                roles.put(role, new RoleSpec(role, kind, finders.contains(null) ? List.of() : finders));
            }
        }
        if (pattern != null) {
            for (String cap : pattern.captureNames()) {
                if (!cap.equals("trigger") && known != null && !known.containsKey(cap)) {
                    p.add(ptr + "/pattern", "capture '" + cap + "' is not a role of " + type);
                }
                roles.putIfAbsent(cap, new RoleSpec(cap, kinds.getOrDefault(cap, ValueKind.ARGUMENT), List.of()));
            }
        }
        List<String> required = n.has("require") ? strings(p, ptr + "/require", n.get("require"))
                : type == null ? List.of() : types.get(type).required();
        for (String r : required) {
            if (!roles.containsKey(r)) {
                p.add(ptr + "/require", "required role '" + r + "' has no finder or capture");
            }
        }
        double conf = 0.8;
        if (n.has("confidence")) {
            if (!n.get("confidence").isNumber()) {
                p.add(ptr + "/confidence", "must be a number in (0, 1]");
            } else {
                conf = n.get("confidence").asDouble();
                if (conf <= 0 || conf > 1) {
                    p.add(ptr + "/confidence", "confidence must be in (0, 1]");
                }
            }
        }
        int window = integer(p, ptr + "/unlessWindow", n.get("unlessWindow"), 6);
        Set<dev.eventex.api.Tense> reject = tenses(p, ptr + "/rejectTense", n.get("rejectTense"));
        Set<dev.eventex.api.Tense> requireT = tenses(p, ptr + "/requireTense", n.get("requireTense"));
        List<String> awayFrom = rolePair(p, ptr + "/awayFrom", n.get("awayFrom"), roles);
        List<String> requireAway = rolePair(p, ptr + "/requireAway", n.get("requireAway"), roles);
        dev.eventex.api.Tense fixed = n.has("tense") ? p.attempt(() -> tense(p.file, ptr + "/tense", n.get("tense"))) : null;
        if (p.count() > before) {
            return null;
        }
        return new EventRule(id, type, lemmas, phrases, pos, pattern, unless, window, unlessTied, requireIn, requireCtx, roles, required, conf, reject,
                requireT, p.file, awayFrom, requireAway, fixed);
    }

    /** A party role and a place role of this rule ("visitor", "destination"), or none. */
    private static List<String> rolePair(Problems p, String ptr, JsonNode n, Map<String, RoleSpec> roles) {
        if (n == null) {
            return List.of();
        }
        List<String> pair = strings(p, ptr, n);
        if (pair.size() != 2) {
            p.add(ptr, "must name two roles: a party and a place (\"visitor\", \"destination\")");
            return List.of();
        }
        for (String r : pair) {
            if (!roles.containsKey(r)) {
                p.add(ptr, "role '" + r + "' has no finder or capture");
            }
        }
        return pair;
    }

    /** One tense written as a string: a rule's {@code tense}. */
    private static dev.eventex.api.Tense tense(String file, String ptr, JsonNode n) {
        String t = n.isTextual() ? n.asText() : null;
        try {
            return dev.eventex.api.Tense.valueOf(String.valueOf(t).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw err(file, ptr, "unknown tense " + (t == null ? n.toString() : "'" + t + "'") + " (past, ongoing, planned)");
        }
    }

    private static Set<dev.eventex.api.Tense> tenses(Problems p, String ptr, JsonNode n) {
        return new HashSet<>(items(p, ptr, n, (at, item) -> {
            String t = item.isTextual() ? item.asText() : null;
            try {
                return dev.eventex.api.Tense.valueOf(String.valueOf(t).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw err(p.file, at, "unknown tense " + (t == null ? item.toString() : "'" + t + "'") + " (past, ongoing, planned)");
            }
        }));
    }

    /** The finder at {@code ptr}, or null when it has errors (added to {@code p}). */
    private Finder finder(Problems p, String ptr, JsonNode n) {
        if (!n.isObject()) {
            p.add(ptr, "a finder must be an object");
            return null;
        }
        int before = p.count();
        checkKeys(p, ptr, n, FINDER_KEYS);
        String method = p.attempt(() -> text(p.file, ptr + "/find", n.get("find"), true));
        if (method != null && !Finder.METHODS.contains(method)) {
            p.add(ptr + "/find", "unknown finder '" + method + "' (known: " + String.join(", ", new java.util.TreeSet<>(Finder.METHODS)) + ")");
        }
        Set<String> types = new HashSet<>(strings(p, ptr + "/types", n.get("types")));
        for (String t : new java.util.TreeSet<>(types)) {
            if (!TYPES.contains(t)) {
                p.add(ptr + "/types", "unknown type '" + t + "' (known: " + String.join(", ", new java.util.TreeSet<>(TYPES)) + ")");
            }
        }
        List<String> words = strings(p, ptr + "/words", n.get("words"));
        int max = integer(p, ptr + "/maxDistance", n.get("maxDistance"), 12);
        boolean list = bool(p, ptr + "/list", n.get("list"));
        boolean combine = bool(p, ptr + "/combine", n.get("combine"));
        boolean titled = bool(p, ptr + "/titled", n.get("titled"));
        return p.count() > before ? null : new Finder(method, types, words, max, list, combine, titled);
    }

    private static TokenPattern pattern(String file, String ptr, JsonNode n) {
        String src = text(file, ptr, n, true);
        try {
            return TokenPattern.compile(src);
        } catch (IllegalArgumentException e) {
            throw err(file, ptr, e.getMessage());
        }
    }

    /** A list of patterns; each bad one is reported with its index. */
    private static List<TokenPattern> patterns(Problems p, String ptr, JsonNode n) {
        return items(p, ptr, n, (at, item) -> pattern(p.file, at, item));
    }

    /**
     * The items of an array of strings, each read by {@code read}; a value that is not an array,
     * and each item {@code read} rejects, is reported with its pointer.
     */
    private static <T> List<T> items(Problems p, String ptr, JsonNode n, java.util.function.BiFunction<String, JsonNode, T> read) {
        List<T> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!n.isArray()) {
            p.add(ptr, "must be an array of strings");
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            String at = ptr + "/" + i;
            JsonNode item = n.get(i);
            T v = p.attempt(() -> read.apply(at, item));
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static void checkKeys(Problems p, String ptr, JsonNode n, Set<String> allowed) {
        Iterator<String> it = n.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!allowed.contains(k)) {
                p.add(ptr + "/" + k, "unknown key '" + k + "' (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
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

    /** The strings of an array; a value that is not an array, and each item that is not a string, is reported. */
    private static List<String> strings(Problems p, String ptr, JsonNode n) {
        return items(p, ptr, n, (at, item) -> text(p.file, at, item, true));
    }

    private static int integer(Problems p, String ptr, JsonNode n, int absent) {
        if (n == null) {
            return absent;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < 0) {
            p.add(ptr, "must be a non-negative integer");
            return absent;
        }
        return n.asInt();
    }

    private static boolean bool(Problems p, String ptr, JsonNode n) {
        if (n == null) {
            return false;
        }
        if (!n.isBoolean()) {
            p.add(ptr, "must be true or false");
            return false;
        }
        return n.asBoolean();
    }

    private static RuleException err(String file, String ptr, String msg) {
        return new RuleException(where(file, ptr) + msg);
    }

    private static String where(String file, String ptr) {
        return file + ": " + (ptr.isEmpty() ? "/" : ptr) + ": ";
    }

    /** The errors of one rule file, collected so that all of them are reported at once. */
    private static final class Problems {
        final String file;
        private final List<String> errors = new ArrayList<>();

        Problems(String file) {
            this.file = file;
        }

        void add(String ptr, String msg) {
            errors.add(where(file, ptr) + msg);
        }

        int count() {
            return errors.size();
        }

        /** Runs a check that reports by throwing; its error is recorded and null returned. */
        <T> T attempt(java.util.function.Supplier<T> check) {
            try {
                return check.get();
            } catch (RuleException e) {
                errors.addAll(e.errors());
                return null;
            }
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new RuleException(errors);
            }
        }
    }
}
