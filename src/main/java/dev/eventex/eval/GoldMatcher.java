package dev.eventex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lenient comparison of a gold value with a predicted one. Names match when, after
 * lower-casing and dropping articles and punctuation, one's words contain the other's
 * ("Nurtleu" matches "Murat Nurtleu"); {@code |} in gold separates accepted alternatives.
 * Dates match when equal; amounts when value and currency are equal.
 */
public final class GoldMatcher {

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "in", "on", "for", "to", "s");

    private GoldMatcher() {
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).replace("'s", "").split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** True when any gold alternative matches the predicted surface text or canonical name. */
    public static boolean nameMatches(String gold, List<String> predictedForms) {
        for (String alt : gold.split("\\|")) {
            Set<String> g = words(alt);
            if (g.isEmpty()) {
                continue;
            }
            for (String p : predictedForms) {
                Set<String> w = words(p);
                if (w.isEmpty()) {
                    continue;
                }
                if (w.containsAll(g) || g.containsAll(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An ISO 8601 interval in gold ("2025-02-20/2025-02-22") matches any date inside it. */
    static boolean withinInterval(String gold, String value) {
        int slash = gold.indexOf('/');
        if (slash < 0 || value.isEmpty()) {
            return false;
        }
        String from = gold.substring(0, slash);
        String to = gold.substring(slash + 1);
        return from.length() == value.length() && to.length() == value.length()
                && from.compareTo(value) <= 0 && value.compareTo(to) <= 0;
    }

    /** Surface forms of a predicted Argument node (text and name). */
    static List<String> forms(JsonNode arg) {
        List<String> f = new ArrayList<>();
        if (arg == null || arg.isMissingNode() || arg.isNull()) {
            return f;
        }
        if (arg.isTextual()) {
            f.add(arg.asText());
            return f;
        }
        if (arg.has("text")) {
            f.add(arg.get("text").asText());
        }
        if (arg.has("name")) {
            f.add(arg.get("name").asText());
        }
        return f;
    }

    /** Compares one role's gold value with the predicted value. */
    public static boolean roleMatches(String role, JsonNode gold, JsonNode pred) {
        if (pred == null || pred.isMissingNode() || pred.isNull()) {
            return false;
        }
        if (gold.isArray()) {
            if (!pred.isArray()) {
                return false;
            }
            boolean[] used = new boolean[pred.size()];
            for (JsonNode g : gold) {
                boolean hit = false;
                for (int i = 0; i < pred.size() && !hit; i++) {
                    if (!used[i] && single(g, pred.get(i))) {
                        used[i] = true;
                        hit = true;
                    }
                }
                if (!hit) {
                    return false;
                }
            }
            return true;
        }
        if (pred.isArray()) {
            for (JsonNode p : pred) {
                if (single(gold, p)) {
                    return true;
                }
            }
            return false;
        }
        return single(gold, pred);
    }

    private static boolean single(JsonNode gold, JsonNode pred) {
        if (gold.isObject() && gold.has("value")) {
            BigDecimal gv = gold.get("value").decimalValue();
            JsonNode pv = pred.isObject() ? pred.get("value") : pred;
            if (pv == null || !pv.isNumber() || pv.decimalValue().compareTo(gv) != 0) {
                return false;
            }
            if (gold.has("currency")) {
                return pred.has("currency") && pred.get("currency").asText().equals(gold.get("currency").asText());
            }
            return true;
        }
        if (gold.isNumber()) {
            JsonNode pv = pred.isObject() && pred.has("value") ? pred.get("value") : pred;
            return pv.isNumber() && pv.decimalValue().compareTo(gold.decimalValue()) == 0;
        }
        String g = gold.asText();
        if (pred.isObject() && pred.has("value") && !pred.has("name") && pred.has("text")) {
            // a date: compare values, falling back to the text
            String v = pred.get("value").asText();
            for (String alt : g.split("\\|")) {
                if (alt.equals(v) || withinInterval(alt, v)) {
                    return true;
                }
            }
            return false;
        }
        if (pred.isTextual() && g.matches("[a-z]+(\\|[a-z]+)*") && pred.asText().matches("[a-z]+")) {
            for (String alt : g.split("\\|")) {
                if (alt.equals(pred.asText())) {
                    return true;
                }
            }
            return false;
        }
        return nameMatches(g, forms(pred));
    }
}
