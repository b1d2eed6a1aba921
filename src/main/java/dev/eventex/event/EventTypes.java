package dev.eventex.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventex.api.Tense;
import dev.eventex.event.RoleSpec.ValueKind;
import dev.eventex.internal.ModelSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The event types of {@code models/events/*.json}: the packaged files listed in
 * {@code events/index.txt}, then every {@code *.json} of a models directory's {@code events/}
 * folder in name order (a type of a packaged name replaces that type, a new name is added).
 * Strict like the rule loader: unknown keys, unknown value kinds, comparisons or checks, and
 * roles a field names but the type does not declare are errors naming the file and the JSON
 * pointer, all of them reported at once. Immutable.
 */
public final class EventTypes {

    public static final String INDEX = "events/index.txt";

    private static final Set<String> KEYS = Set.of("type", "description", "idPrefix", "roles", "required", "dateRole", "sameEventWhen",
            "splitWhenDiffer", "splitPlannedFromDone", "constraints", "onePerItem", "placeFrom", "principal", "tense", "defaultTense", "datedByStart", "regionTour");
    private static final Set<String> ROLE_KEYS = Set.of("value", "cardinality", "description");
    private static final Set<String> VALUES = Set.of("argument", "date", "amount", "number", "text");

    private final Map<String, EventType> types;

    private EventTypes(Map<String, EventType> types) {
        this.types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    /** The packaged types alone. */
    public static EventTypes packaged() {
        return load(ModelSource.classpath());
    }

    /** The given types (tests, embedders building types in code). */
    public static EventTypes of(List<EventType> types) {
        Map<String, EventType> m = new LinkedHashMap<>();
        types.forEach(t -> m.put(t.name(), t));
        return new EventTypes(m);
    }

    /** The declared type of this name, or an {@linkplain EventType#undeclared undeclared} one. */
    public EventType get(String name) {
        EventType t = types.get(name);
        return t != null ? t : EventType.undeclared(name);
    }

    /** The declared type of this name, or null. */
    public EventType declaredOrNull(String name) {
        return types.get(name);
    }

    /** The declared types, in load order. */
    public List<EventType> all() {
        return List.copyOf(types.values());
    }

    /** Loads the packaged types and those of the source's models directory; throws one {@link RuleException} listing every error. */
    public static EventTypes load(ModelSource source) {
        List<String> errors = new ArrayList<>();
        Map<String, EventType> out = new LinkedHashMap<>();
        List<String> files;
        try (InputStream in = source.openPackagedOrNull(INDEX)) {
            if (in == null) {
                throw new IOException("missing model file: models/" + INDEX);
            }
            files = RuleLoader.index(in);
        } catch (IOException e) {
            throw new RuleException("cannot read models/" + INDEX + ": " + e.getMessage(), e);
        }
        for (String f : files) {
            String name = "models/events/" + f;
            try (InputStream in = source.openPackagedOrNull("events/" + f)) {
                if (in == null) {
                    errors.add("cannot read " + name + " (listed in " + INDEX + "): no such file");
                    continue;
                }
                add(out, read(name, in), name, errors, false);
            } catch (RuleException e) {
                errors.addAll(e.errors());
            } catch (IOException e) {
                errors.add("cannot read " + name + ": " + e.getMessage());
            }
        }
        Path dir = source.directoryOrNull() == null ? null : source.directoryOrNull().resolve("events");
        if (dir != null && Files.isDirectory(dir)) {
            List<Path> user;
            try (Stream<Path> listing = Files.list(dir)) {
                user = listing.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
            } catch (IOException e) {
                throw new RuleException("cannot read " + dir + ": " + e.getMessage(), e);
            }
            Set<String> userNames = new java.util.HashSet<>();
            for (Path p : user) {
                try (InputStream in = Files.newInputStream(p)) {
                    EventType t = read(p.toString(), in);
                    if (!userNames.add(t.name())) {
                        errors.add(p + ": /type: type '" + t.name() + "' is declared twice in " + dir);
                        continue;
                    }
                    add(out, t, p.toString(), errors, true);
                } catch (RuleException e) {
                    errors.addAll(e.errors());
                } catch (IOException e) {
                    errors.add("cannot read " + p + ": " + e.getMessage());
                }
            }
        }
        checkReferences(out, errors);
        if (!errors.isEmpty()) {
            throw new RuleException(errors);
        }
        return new EventTypes(out);
    }

    private static void add(Map<String, EventType> out, EventType t, String file, List<String> errors, boolean replaces) {
        if (!replaces && out.containsKey(t.name())) {
            errors.add(file + ": /type: type '" + t.name() + "' is declared twice");
        }
        out.put(t.name(), t);
    }

    /** A type's {@code placeFrom} names a declared type and roles of it. */
    private static void checkReferences(Map<String, EventType> types, List<String> errors) {
        for (EventType t : types.values()) {
            EventType.PlaceFrom pf = t.placeFrom();
            if (pf == null) {
                continue;
            }
            EventType other = types.get(pf.event());
            if (other == null) {
                errors.add(t.source() + ": /placeFrom/event: no declared event type '" + pf.event() + "'");
                continue;
            }
            for (String r : List.of(pf.party(), pf.place())) {
                if (!other.roles().containsKey(r)) {
                    errors.add(t.source() + ": /placeFrom: '" + r + "' is not a role of " + other.name());
                }
            }
        }
    }

    /** Parses and validates one event type file; throws one {@link RuleException} listing every error found. */
    public static EventType read(String file, InputStream in) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new RuleException(file + ":" + line + ": invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new RuleException(file + ": top level must be an object with \"type\" and \"roles\"");
        }
        List<String> errors = new ArrayList<>();
        Problems p = new Problems(file, errors);
        p.keys("", root, KEYS);
        String name = p.text("/type", root.get("type"), true);
        if (name != null && !name.matches("[A-Z][A-Za-z0-9]*")) {
            p.add("/type", "event type must be a capitalised identifier, got '" + name + "'");
        }
        String prefix = p.text("/idPrefix", root.get("idPrefix"), true);
        if (prefix != null && !prefix.matches("[A-Z]+")) {
            p.add("/idPrefix", "must be capital letters, got '" + prefix + "'");
        }
        Map<String, ValueKind> roles = new LinkedHashMap<>();
        JsonNode rn = root.get("roles");
        if (rn == null || !rn.isObject() || rn.isEmpty()) {
            p.add("/roles", "must be an object of role -> {\"value\": ..., \"cardinality\": ...}");
        } else {
            Iterator<Map.Entry<String, JsonNode>> it = rn.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                ValueKind k = role(p, "/roles/" + e.getKey(), e.getValue());
                if (k != null) {
                    roles.put(e.getKey(), k);
                }
            }
        }
        Set<String> known = rn != null && rn.isObject() ? iterable(rn.fieldNames()) : Set.of();
        List<String> required = p.roles("/required", root.get("required"), known);
        String dateRole = p.role("/dateRole", root.get("dateRole"), known);
        if (dateRole != null && roles.get(dateRole) != null && roles.get(dateRole) != ValueKind.DATE) {
            p.add("/dateRole", "role '" + dateRole + "' does not hold a date");
        }
        List<Map<String, String>> same = new ArrayList<>();
        JsonNode sn = root.get("sameEventWhen");
        if (sn != null && !sn.isArray()) {
            p.add("/sameEventWhen", "must be a list of objects role -> comparison");
        }
        for (int i = 0; sn != null && sn.isArray() && i < sn.size(); i++) {
            String ptr = "/sameEventWhen/" + i;
            JsonNode alt = sn.get(i);
            if (!alt.isObject() || alt.isEmpty()) {
                p.add(ptr, "must be an object role -> comparison");
                continue;
            }
            Map<String, String> a = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = alt.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = ptr + "/" + e.getKey();
                if (!known.contains(e.getKey())) {
                    p.add(at, "'" + e.getKey() + "' is not a role of this type (roles: " + String.join(", ", known) + ")");
                }
                String c = p.text(at, e.getValue(), true);
                if (c != null && !EventType.COMPARISONS.contains(c)) {
                    p.add(at, "unknown comparison '" + c + "' (known: " + String.join(", ", new TreeSet<>(EventType.COMPARISONS)) + ")");
                }
                a.put(e.getKey(), c);
            }
            same.add(a);
        }
        List<EventType.Split> splits = new ArrayList<>();
        for (JsonNode s : p.objects("/splitWhenDiffer", root.get("splitWhenDiffer"))) {
            String ptr = "/splitWhenDiffer/" + splits.size();
            p.keys(ptr, s, Set.of("role", "inSentence"));
            String r = p.role(ptr + "/role", s.get("role"), known);
            if (r == null && s.get("role") == null) {
                p.add(ptr + "/role", "missing");
            }
            splits.add(new EventType.Split(r, p.bool(ptr + "/inSentence", s.get("inSentence"))));
        }
        boolean splitPlanned = p.bool("/splitPlannedFromDone", root.get("splitPlannedFromDone"));
        List<EventType.Constraint> constraints = new ArrayList<>();
        for (JsonNode c : p.objects("/constraints", root.get("constraints"))) {
            String ptr = "/constraints/" + constraints.size();
            p.keys(ptr, c, Set.of("check", "roles"));
            String check = p.text(ptr + "/check", c.get("check"), true);
            if (check != null && !EventType.CHECKS.contains(check)) {
                p.add(ptr + "/check", "unknown check '" + check + "' (known: " + String.join(", ", new TreeSet<>(EventType.CHECKS)) + ")");
            }
            List<String> rs = p.roles(ptr + "/roles", c.get("roles"), known);
            if (rs.isEmpty() || rs.size() > 2) {
                p.add(ptr + "/roles", "must name one list role or two roles");
            } else if ("goodsItem".equals(check)) {
                if (rs.size() != 1 || roles.get(rs.get(0)) != null && roles.get(rs.get(0)) != ValueKind.TEXT) {
                    p.add(ptr + "/roles", "goodsItem reads one text role");
                }
            } else if (rs.size() == 1 && roles.get(rs.get(0)) != null && roles.get(rs.get(0)) != ValueKind.ARGUMENTS
                    && !(("noPressParty".equals(check) || "noPrivateGroup".equals(check)) && roles.get(rs.get(0)) == ValueKind.ARGUMENT)) {
                p.add(ptr + "/roles", "one role: it must be a list of parties (cardinality many); or name two roles");
            } else if (rs.size() == 2 && ("officialParty".equals(check) || "noPressParty".equals(check) || "noPrivateGroup".equals(check))) {
                p.add(ptr + "/roles", check + " reads one list role");
            }
            constraints.add(new EventType.Constraint(check, rs));
        }
        String onePerItem = p.role("/onePerItem", root.get("onePerItem"), known);
        if (onePerItem != null && roles.get(onePerItem) != null && roles.get(onePerItem) != ValueKind.ARGUMENTS) {
            p.add("/onePerItem", "role '" + onePerItem + "' is not a list of parties (cardinality many)");
        }
        EventType.PlaceFrom placeFrom = null;
        JsonNode pf = root.get("placeFrom");
        if (pf != null) {
            Set<String> keys = Set.of("role", "parties", "event", "party", "place");
            p.keys("/placeFrom", pf, keys);
            placeFrom = new EventType.PlaceFrom(p.role("/placeFrom/role", pf.get("role"), known),
                    p.role("/placeFrom/parties", pf.get("parties"), known), p.text("/placeFrom/event", pf.get("event"), true),
                    p.text("/placeFrom/party", pf.get("party"), true), p.text("/placeFrom/place", pf.get("place"), true));
        }
        EventType.Principal principal = rolePair(p, root, "principal", "role", "from", known, EventType.Principal::new);
        Tense tense = p.tense("/tense", root.get("tense"));
        Tense defaultTense = p.tense("/defaultTense", root.get("defaultTense"));
        boolean datedByStart = p.bool("/datedByStart", root.get("datedByStart"));
        EventType.RegionTour regionTour = rolePair(p, root, "regionTour", "party", "place", known, EventType.RegionTour::new);
        if (!errors.isEmpty()) {
            throw new RuleException(errors);
        }
        return new EventType(name, prefix, roles, required, dateRole, same, splits, splitPlanned, constraints, onePerItem, placeFrom,
                principal, tense, defaultTense, datedByStart, regionTour, file);
    }

    /** An optional object of two role names ({@code "principal": {"role": ..., "from": ...}}), checked; null when absent. */
    private static <T> T rolePair(Problems p, JsonNode root, String key, String first, String second, Set<String> known,
                                  java.util.function.BiFunction<String, String, T> make) {
        JsonNode n = root.get(key);
        if (n == null) {
            return null;
        }
        p.keys("/" + key, n, Set.of(first, second));
        return make.apply(p.role("/" + key + "/" + first, n.get(first), known), p.role("/" + key + "/" + second, n.get(second), known));
    }

    private static ValueKind role(Problems p, String ptr, JsonNode n) {
        if (!n.isObject()) {
            p.add(ptr, "must be an object {\"value\": ..., \"cardinality\": ...}");
            return null;
        }
        p.keys(ptr, n, ROLE_KEYS);
        String value = p.text(ptr + "/value", n.get("value"), true);
        String card = n.has("cardinality") ? p.text(ptr + "/cardinality", n.get("cardinality"), true) : "one";
        if (value == null || card == null) {
            return null;
        }
        if (!VALUES.contains(value)) {
            p.add(ptr + "/value", "unknown value '" + value + "' (known: " + String.join(", ", new TreeSet<>(VALUES)) + ")");
            return null;
        }
        boolean many = switch (card) {
            case "one" -> false;
            case "many" -> true;
            default -> {
                p.add(ptr + "/cardinality", "must be \"one\" or \"many\", got '" + card + "'");
                yield false;
            }
        };
        return switch (value) {
            case "argument" -> many ? ValueKind.ARGUMENTS : ValueKind.ARGUMENT;
            case "text" -> many ? ValueKind.TEXTS : ValueKind.TEXT;
            default -> {
                if (many) {
                    p.add(ptr + "/cardinality", "a " + value + " role holds one value");
                }
                yield ValueKind.valueOf(value.toUpperCase(Locale.ROOT));
            }
        };
    }

    private static Set<String> iterable(Iterator<String> it) {
        Set<String> out = new java.util.LinkedHashSet<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** The errors of one file, collected so that all of them are reported at once. */
    private record Problems(String file, List<String> errors) {

        void add(String ptr, String msg) {
            errors.add(file + ": " + ptr + ": " + msg);
        }

        void keys(String ptr, JsonNode n, Set<String> allowed) {
            if (!n.isObject()) {
                add(ptr.isEmpty() ? "/" : ptr, "must be an object");
                return;
            }
            n.fieldNames().forEachRemaining(k -> {
                if (!allowed.contains(k)) {
                    add(ptr + "/" + k, "unknown key '" + k + "' (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
                }
            });
        }

        String text(String ptr, JsonNode n, boolean required) {
            if (n == null || n.isNull()) {
                if (required) {
                    add(ptr, "missing");
                }
                return null;
            }
            if (!n.isTextual() || n.asText().isBlank()) {
                add(ptr, "must be a non-empty string");
                return null;
            }
            return n.asText();
        }

        /** A role name this type declares, or null (absent or reported). */
        String role(String ptr, JsonNode n, Set<String> known) {
            String r = text(ptr, n, false);
            if (r != null && !known.contains(r)) {
                add(ptr, "'" + r + "' is not a role of this type (roles: " + String.join(", ", known) + ")");
            }
            return r;
        }

        List<String> roles(String ptr, JsonNode n, Set<String> known) {
            List<String> out = new ArrayList<>();
            if (n == null) {
                return out;
            }
            if (!n.isArray()) {
                add(ptr, "must be a list of role names");
                return out;
            }
            for (int i = 0; i < n.size(); i++) {
                String r = role(ptr + "/" + i, n.get(i), known);
                if (r != null) {
                    out.add(r);
                }
            }
            return out;
        }

        List<JsonNode> objects(String ptr, JsonNode n) {
            List<JsonNode> out = new ArrayList<>();
            if (n == null) {
                return out;
            }
            if (!n.isArray()) {
                add(ptr, "must be a list of objects");
                return out;
            }
            n.forEach(out::add);
            return out;
        }

        boolean bool(String ptr, JsonNode n) {
            if (n == null) {
                return false;
            }
            if (!n.isBoolean()) {
                add(ptr, "must be true or false");
                return false;
            }
            return n.asBoolean();
        }

        Tense tense(String ptr, JsonNode n) {
            String t = text(ptr, n, false);
            if (t == null) {
                return null;
            }
            try {
                return Tense.valueOf(t.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                add(ptr, "unknown tense '" + t + "' (past, ongoing, planned)");
                return null;
            }
        }
    }
}
