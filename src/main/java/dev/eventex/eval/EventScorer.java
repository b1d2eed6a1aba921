package dev.eventex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventex.event.RuleLoader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predicted events against gold events, document by document. A predicted event
 * matches a gold event of the same type when every required role of the gold event matches
 * (one-to-one, greedy in text order). Unmatched predictions are false events, unmatched gold
 * events are misses. For matched pairs, every optional role the gold states is checked.
 * Not thread-safe: one scorer per evaluation run.
 */
public final class EventScorer {

    private static final Set<String> NOT_ROLES = Set.of("type", "id", "evidence", "confidence", "explanation");

    private final Map<String, int[]> counts = new TreeMap<>();        // type -> tp, fp, fn
    private final Map<String, int[]> optional = new TreeMap<>();      // role -> correct, total
    private final List<String> details = new ArrayList<>();
    private int documents;
    private int eventFreeDocs;
    private int eventFreeDocsWithEvents;

    /** Adds one document: gold events and predicted events (JSON nodes per the contract). */
    public void add(String docId, List<JsonNode> gold, List<JsonNode> predicted) {
        documents++;
        if (gold.isEmpty()) {
            eventFreeDocs++;
            if (!predicted.isEmpty()) {
                eventFreeDocsWithEvents++;
            }
        }
        boolean[] used = new boolean[predicted.size()];
        for (JsonNode g : gold) {
            String type = g.path("type").asText();
            int[] c = counts.computeIfAbsent(type, k -> new int[3]);
            int match = -1;
            for (int i = 0; i < predicted.size(); i++) {
                if (!used[i] && predicted.get(i).path("type").asText().equals(type) && requiredMatch(type, g, predicted.get(i))) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                c[2]++;
                details.add(docId + ": MISS " + g);
                continue;
            }
            used[match] = true;
            c[0]++;
            JsonNode p = predicted.get(match);
            Iterator<String> names = g.fieldNames();
            while (names.hasNext()) {
                String role = names.next();
                if (NOT_ROLES.contains(role) || RuleLoader.REQUIRED.getOrDefault(type, List.of()).contains(role)) {
                    continue;
                }
                int[] o = optional.computeIfAbsent(type + "." + role, k -> new int[2]);
                o[1]++;
                if (GoldMatcher.roleMatches(role, g.get(role), p.get(role))) {
                    o[0]++;
                } else {
                    details.add(docId + ": WRONG " + type + "." + role + " gold=" + g.get(role) + " predicted=" + p.get(role));
                }
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                JsonNode p = predicted.get(i);
                counts.computeIfAbsent(p.path("type").asText(), k -> new int[3])[1]++;
                details.add(docId + ": FALSE " + summary(p));
            }
        }
    }

    private static boolean requiredMatch(String type, JsonNode gold, JsonNode pred) {
        List<String> required = RuleLoader.REQUIRED.getOrDefault(type, List.of());
        for (String role : required) {
            JsonNode g = gold.get(role);
            if (g != null && !GoldMatcher.roleMatches(role, g, pred.get(role))) {
                return false;
            }
        }
        return true;
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

    public double f1(String type) {
        int[] c = total(type);
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** {tp, fp, fn} of one type, or of all types for null. */
    public int[] total(String type) {
        int[] t = new int[3];
        counts.forEach((k, v) -> {
            if (type == null || k.equals(type)) {
                t[0] += v[0];
                t[1] += v[1];
                t[2] += v[2];
            }
        });
        return t;
    }

    /** Accuracy over all optional roles stated in gold for matched events. */
    public double optionalAccuracy() {
        int ok = 0;
        int all = 0;
        for (int[] o : optional.values()) {
            ok += o[0];
            all += o[1];
        }
        return all == 0 ? 1 : (double) ok / all;
    }

    public int eventFreeDocsWithEvents() {
        return eventFreeDocsWithEvents;
    }

    public List<String> details() {
        return details;
    }

    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d documents (%d without events; %d of those got events)%n", documents, eventFreeDocs,
                eventFreeDocsWithEvents));
        sb.append(String.format(Locale.ROOT, "%-12s %6s %6s %6s %5s %5s %5s%n", "type", "P", "R", "F1", "tp", "fp", "fn"));
        for (String t : counts.keySet()) {
            sb.append(line(t, total(t)));
        }
        sb.append(line("micro", total(null)));
        sb.append(String.format(Locale.ROOT, "optional roles: accuracy %.3f%n", optionalAccuracy()));
        optional.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-24s %3d/%-3d%n", k, v[0], v[1])));
        return sb.toString();
    }

    private static String line(String name, int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "%-12s %6.3f %6.3f %6.3f %5d %5d %5d%n", name, p, r, f, c[0], c[1], c[2]);
    }
}
