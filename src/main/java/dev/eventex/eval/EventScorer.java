package dev.eventex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventex.eval.GoldFile.GoldEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predicted events against gold events document by document, with the rules of the
 * shared scorer ({@code shared/tools/score_events.py}): per document, every (predicted,
 * gold) pair of the same type gets its {@link GoldMatcher#coreScore core score}; pairs are
 * taken greedily, best score first (ties: later prediction, then later gold event, first),
 * one-to-one. Unmatched predictions are false events (FP), unmatched gold events misses
 * (FN). Over matched pairs, every optional role the gold event states is checked. Only the
 * four event types are read from the predictions. Not thread-safe: one scorer per run.
 */
public final class EventScorer {

    private static final Set<String> NOT_ROLES = Set.of("type", "id", "evidence", "confidence", "explanation");

    private final Map<String, int[]> counts = new LinkedHashMap<>();                 // type -> tp, fp, fn
    private final Map<String, int[]> roles = new TreeMap<>(Comparator.naturalOrder()); // "type\0role" -> ok, n
    private final List<String> details = new ArrayList<>();
    private final TextRoleScorer textRoles = new TextRoleScorer();
    private final List<String> missing = new ArrayList<>();
    private final List<String> withErrors = new ArrayList<>();
    private int documents;
    private int badLines;
    private int eventFreeDocs;
    private int eventFreeDocsWithEvents;

    public EventScorer() {
        for (String t : GoldMatcher.TYPES) {
            counts.put(t, new int[3]);
        }
    }

    /** Lines of the predictions file that were not JSON (reported with the scores). */
    public void badLines(int n) {
        badLines = n;
    }

    /**
     * Adds one document: its gold file and the extractor's result for it (a JSON result
     * line), or null when there is none (all its gold events are then misses).
     */
    public void add(GoldFile gold, JsonNode result) {
        String docId = gold.id();
        documents++;
        if (result == null) {
            missing.add(docId);
        } else if (Py.truthy(result.get("errors"))) {
            withErrors.add(docId);
        }
        List<JsonNode> pevs = new ArrayList<>();
        JsonNode evs = result == null ? null : result.get("events");
        if (evs != null && evs.isArray()) {
            for (JsonNode e : evs) {
                JsonNode t = e.get("type");
                if (t != null && t.isTextual() && GoldMatcher.TYPES.contains(t.textValue())) {
                    pevs.add(e);
                }
            }
        }
        List<GoldEvent> gevs = gold.events();
        if (gevs.isEmpty()) {
            eventFreeDocs++;
            if (!pevs.isEmpty()) {
                eventFreeDocsWithEvents++;
            }
        }
        List<int[]> pairs = new ArrayList<>(); // score, i, j
        for (int i = 0; i < pevs.size(); i++) {
            for (int j = 0; j < gevs.size(); j++) {
                int s;
                try {
                    s = GoldMatcher.coreScore(pevs.get(i), gevs.get(j).node());
                } catch (Py.PyError e) {
                    throw new IllegalArgumentException("gold " + docId + ": " + e.getMessage(), e);
                }
                if (s > 0) {
                    pairs.add(new int[] {s, i, j});
                }
            }
        }
        // Python's sort(reverse=True) of (score, i, j) tuples
        pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(b[2], a[2]));
        boolean[] usedP = new boolean[pevs.size()];
        boolean[] usedG = new boolean[gevs.size()];
        for (int[] pr : pairs) {
            int i = pr[1];
            int j = pr[2];
            if (usedP[i] || usedG[j]) {
                continue;
            }
            usedP[i] = true;
            usedG[j] = true;
            GoldEvent g = gevs.get(j);
            String t = g.type();
            counts.computeIfAbsent(t, k -> new int[3])[0]++;
            textRoles.add(t, g.node(), pevs.get(i));
            for (String role : GoldMatcher.OPTIONAL_ROLES) {
                if (!g.node().has(role)) {
                    continue;
                }
                boolean ok = g.roleMatches(role, pevs.get(i));
                int[] o = roles.computeIfAbsent(t + '\0' + role, k -> new int[2]);
                o[0] += ok ? 1 : 0;
                o[1]++;
                if (!ok) {
                    details.add(docId + ": WRONG " + t + "." + role + " gold=" + g.node().get(role) + " predicted=" + pevs.get(i).get(role));
                }
            }
        }
        for (int i = 0; i < pevs.size(); i++) {
            if (!usedP[i]) {
                counts.computeIfAbsent(pevs.get(i).get("type").textValue(), k -> new int[3])[1]++;
                details.add(docId + ": FALSE " + summary(pevs.get(i)));
            }
        }
        for (int j = 0; j < gevs.size(); j++) {
            if (!usedG[j]) {
                counts.computeIfAbsent(gevs.get(j).type(), k -> new int[3])[2]++;
                details.add(docId + ": MISS " + gevs.get(j).node());
            }
        }
    }

    private static String summary(JsonNode p) {
        StringBuilder sb = new StringBuilder(p.path("type").asText()).append(" {");
        Iterator<Map.Entry<String, JsonNode>> it = p.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!NOT_ROLES.contains(e.getKey())) {
                sb.append(' ').append(e.getKey()).append('=').append(brief(e.getValue()));
            }
        }
        return sb.append(" }").toString();
    }

    private static String brief(JsonNode v) {
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(brief(x)));
            return parts.toString();
        }
        if (v.isObject() && v.has("text")) {
            return "'" + v.get("text").asText() + "'";
        }
        return v.toString();
    }

    /** F1 of one type, or micro-averaged over the four types for null (unrounded). */
    public double f1(String type) {
        int[] c = total(type);
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** {tp, fp, fn} of one type, or summed over the four types for null. */
    public int[] total(String type) {
        int[] t = new int[3];
        for (String k : GoldMatcher.TYPES) {
            if (type == null || k.equals(type)) {
                int[] v = counts.get(k);
                t[0] += v[0];
                t[1] += v[1];
                t[2] += v[2];
            }
        }
        if (type != null && !GoldMatcher.TYPES.contains(type) && counts.containsKey(type)) {
            return counts.get(type).clone();
        }
        return t;
    }

    /** Accuracy over all optional roles stated in gold for matched events (1 when there are none). */
    public double optionalAccuracy() {
        int[] t = optionalTotal();
        return t[1] == 0 ? 1 : (double) t[0] / t[1];
    }

    private int[] optionalTotal() {
        int ok = 0;
        int all = 0;
        for (int[] o : roles.values()) {
            ok += o[0];
            all += o[1];
        }
        return new int[] {ok, all};
    }

    /** {correct, checked} per optional role, keyed "Type.role", sorted by type then role. */
    public Map<String, int[]> roleCounts() {
        Map<String, int[]> out = new LinkedHashMap<>();
        roles.forEach((k, v) -> out.put(k.replace('\0', '.'), v.clone()));
        return out;
    }

    /** The free-text roles (topics, purpose) of the matched pairs, which the shared scorer leaves out. */
    public TextRoleScorer textRoles() {
        return textRoles;
    }

    public int eventFreeDocsWithEvents() {
        return eventFreeDocsWithEvents;
    }

    /** Gold documents without a result line. */
    public List<String> missing() {
        return missing;
    }

    /** Per document: wrong optional roles (WRONG), false events (FALSE), misses (MISS). */
    public List<String> details() {
        return details;
    }

    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d documents (%d without events; %d of those got events)%n", documents, eventFreeDocs,
                eventFreeDocsWithEvents));
        if (!missing.isEmpty() || !withErrors.isEmpty() || badLines > 0) {
            sb.append(String.format(Locale.ROOT, "%d without a result, %d with errors, %d bad lines%n", missing.size(), withErrors.size(),
                    badLines));
        }
        sb.append(String.format(Locale.ROOT, "%-12s %6s %6s %6s %5s %5s %5s%n", "type", "P", "R", "F1", "tp", "fp", "fn"));
        for (String t : GoldMatcher.TYPES) {
            sb.append(line(t, total(t)));
        }
        sb.append(line("micro", total(null)));
        int[] o = optionalTotal();
        sb.append(String.format(Locale.ROOT, "optional roles: accuracy %s (%d/%d)%n",
                o[1] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", Py.round3((double) o[0] / o[1])), o[0], o[1]));
        roleCounts().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-24s %3d/%-3d%n", k, v[0], v[1])));
        sb.append(textRoles.report());
        if (!missing.isEmpty()) {
            sb.append("without a result: ").append(String.join(",", missing)).append(String.format("%n"));
        }
        return sb.toString();
    }

    private static double[] prf(int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {Py.round3(p), Py.round3(r), Py.round3(f)};
    }

    private static String line(String name, int[] c) {
        double[] m = prf(c);
        return String.format(Locale.ROOT, "%-12s %6.3f %6.3f %6.3f %5d %5d %5d%n", name, m[0], m[1], m[2], c[0], c[1], c[2]);
    }

    /** The scores as the shared scorer's {@code --json} prints them (same keys, same layout). */
    public String toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("docs", documents);
        out.put("missing", missing);
        out.put("with_errors", withErrors);
        out.put("bad_lines", badLines);
        Map<String, Object> types = new LinkedHashMap<>();
        for (String t : GoldMatcher.TYPES) {
            types.put(t, metrics(total(t)));
        }
        out.put("types", types);
        Map<String, Object> r = new LinkedHashMap<>();
        roleCounts().forEach((k, v) -> r.put(k, v[0] + "/" + v[1]));
        out.put("roles", r); // before "micro", as score_events.py creates it
        out.put("micro", metrics(total(null)));
        int[] o = optionalTotal();
        out.put("role_accuracy", o[1] == 0 ? null : Py.round3((double) o[0] / o[1]));
        StringBuilder sb = new StringBuilder();
        write(sb, out, 0);
        return sb.toString();
    }

    private static Map<String, Object> metrics(int[] c) {
        double[] m = prf(c);
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("tp", c[0]);
        x.put("fp", c[1]);
        x.put("fn", c[2]);
        x.put("p", m[0]);
        x.put("r", m[1]);
        x.put("f1", m[2]);
        return x;
    }

    /** {@code json.dumps(x, indent=1)}. */
    private static void write(StringBuilder sb, Object v, int level) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            quote(sb, s);
        } else if (v instanceof Double d) {
            sb.append(Py.floatRepr(d));
        } else if (v instanceof Number n) {
            sb.append(n);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",").append('\n').append(" ".repeat(level + 1));
                first = false;
                quote(sb, e.getKey().toString());
                sb.append(": ");
                write(sb, e.getValue(), level + 1);
            }
            sb.append('\n').append(" ".repeat(level)).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            boolean first = true;
            for (Object x : l) {
                sb.append(first ? "" : ",").append('\n').append(" ".repeat(level + 1));
                first = false;
                write(sb, x, level + 1);
            }
            sb.append('\n').append(" ".repeat(level)).append(']');
        } else {
            quote(sb, v.toString());
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
