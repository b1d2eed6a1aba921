package dev.eventex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the free-text roles ({@code topics} of a Meeting, {@code purpose} of a Visit) that the
 * shared scorer leaves out, over the event pairs {@link EventScorer} matched. Each gold phrase
 * is one item (a text role holds one); an item is found exactly when a predicted item reads the
 * same after {@link GoldMatcher#norm}, and in part when the two share words with a token F1 of
 * at least one half ("progress in cooperation projects" for "cooperation projects"). Counts
 * are per role, as precision and recall over items. Not thread-safe: one per run.
 */
public final class TextRoleScorer {

    /** Roles scored here: free text, one phrase or a list of phrases. */
    static final List<String> TEXT_ROLES = List.of("topics", "purpose");

    private static final double PARTIAL_F1 = 0.5;

    /** "Type.role" -> predicted items, gold items, exact matches, partial matches. */
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    /** Adds a matched pair: every text role stated in the gold event or the prediction. */
    public void add(String type, JsonNode gold, JsonNode predicted) {
        for (String role : TEXT_ROLES) {
            List<String> g = items(gold.get(role));
            List<String> p = items(predicted.get(role));
            if (g.isEmpty() && p.isEmpty()) {
                continue;
            }
            int[] c = counts.computeIfAbsent(type + "." + role, k -> new int[4]);
            c[0] += p.size();
            c[1] += g.size();
            boolean[] usedP = new boolean[p.size()];
            List<Integer> partialGold = new ArrayList<>();
            for (int j = 0; j < g.size(); j++) {
                int i = p.indexOf(g.get(j));
                if (i >= 0 && !usedP[i]) {
                    usedP[i] = true;
                    c[2]++;
                } else {
                    partialGold.add(j);
                }
            }
            int exact = 0;
            for (boolean u : usedP) {
                exact += u ? 1 : 0;
            }
            int partial = exact;
            for (int j : partialGold) {
                double best = 0;
                int bestI = -1;
                for (int i = 0; i < p.size(); i++) {
                    double f = usedP[i] ? 0 : tokenF1(g.get(j), p.get(i));
                    if (f > best) {
                        best = f;
                        bestI = i;
                    }
                }
                if (best >= PARTIAL_F1) {
                    usedP[bestI] = true;
                    partial++;
                }
            }
            c[3] += partial;
        }
    }

    /** {predicted, gold, exact, partial} per "Type.role", in the order first seen. */
    public Map<String, int[]> counts() {
        Map<String, int[]> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, v.clone()));
        return out;
    }

    /** One line per role: precision and recall of exact and of partial matches. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        if (counts.isEmpty()) {
            return "";
        }
        sb.append(String.format(Locale.ROOT, "text roles (matched events; not in the shared scorer): exact P/R, partial P/R%n"));
        counts.forEach((k, c) -> sb.append(String.format(Locale.ROOT, "  %-24s %.3f/%.3f  %.3f/%.3f  (%d predicted, %d gold)%n", k,
                ratio(c[2], c[0]), ratio(c[2], c[1]), ratio(c[3], c[0]), ratio(c[3], c[1]), c[0], c[1])));
        return sb.toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : Py.round3((double) a / b);
    }

    private static List<String> items(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> out.addAll(items(x)));
        } else if (n.isTextual()) {
            String s = GoldMatcher.norm(n.textValue());
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Token F1 of two normalized phrases (words counted with multiplicity). */
    static double tokenF1(String a, String b) {
        List<String> x = Arrays.asList(a.split(" "));
        Map<String, Integer> left = new HashMap<>();
        for (String w : b.split(" ")) {
            left.merge(w, 1, Integer::sum);
        }
        int common = 0;
        for (String w : x) {
            Integer k = left.get(w);
            if (k != null && k > 0) {
                left.put(w, k - 1);
                common++;
            }
        }
        if (common == 0) {
            return 0;
        }
        double p = (double) common / b.split(" ").length;
        double r = (double) common / x.size();
        return 2 * p * r / (p + r);
    }
}
