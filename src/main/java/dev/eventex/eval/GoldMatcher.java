package dev.eventex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The matching rules of the shared scorer ({@code shared/tools/score_events.py},
 * {@code shared/spec/gold-format.md}), function by function, on gold events in the shared
 * format (name slots as lists of alternative strings, parties as lists of such lists).
 *
 * <ul>
 * <li>Names are normalized (lower case, curly quotes straightened, {@code 's} dropped,
 * punctuation to spaces, a leading "the" dropped); a predicted name matches when its
 * {@code text}, {@code name} or string {@code value} equals, contains or is contained in a
 * gold alternative as whole words.</li>
 * <li>Core score of a pair (0 = no match): Visit 2 when visitor and destination match;
 * Meeting {@code 2n - extra + 10} when n &ge; min(2, gold parties) gold parties are matched
 * one-to-one (extra = unmatched predicted parties); TradeGoal {@code 1 + n} when the target
 * is within 2 % in the same currency and n &ge; 1 gold parties match (1 when gold has no
 * parties); Donation 2 when donor (or onBehalfOf) and recipient match, 3 when the item
 * matches too.</li>
 * <li>Optional roles: names by name matching, dates by equal ISO value, kind as a
 * substring, tense equal (past and ongoing count as equal), metric by a shared word,
 * amounts within 2 %, setBy by one matched party.</li>
 * </ul>
 */
public final class GoldMatcher {

    /** The event types scored, in report order. */
    public static final List<String> TYPES = List.of("Visit", "Meeting", "TradeGoal", "Donation");

    /** Optional roles checked over matched pairs, in the shared scorer's order. */
    public static final List<String> OPTIONAL_ROLES = List.of("host", "location", "date", "deadline", "kind", "tense", "metric",
            "item", "quantity", "onBehalfOf", "setBy", "value");

    private GoldMatcher() {
    }

    /** {@code norm(s)} of the shared scorer. */
    public static String norm(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        StringBuilder a = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); ) {
            if (t.startsWith("'s", i) && (i + 2 == t.length() || !Py.isWord(t.codePointAt(i + 2)))) {
                i += 2;
                continue;
            }
            int cp = t.codePointAt(i);
            a.appendCodePoint(Py.isWord(cp) || Py.isSpace(cp) ? cp : ' ');
            i += Character.charCount(cp);
        }
        StringBuilder b = new StringBuilder(a.length());
        boolean inSpace = false;
        for (int i = 0; i < a.length(); ) {
            int cp = a.codePointAt(i);
            i += Character.charCount(cp);
            if (Py.isSpace(cp)) {
                if (!inSpace) {
                    b.append(' ');
                }
                inSpace = true;
            } else {
                b.appendCodePoint(cp);
                inSpace = false;
            }
        }
        String r = Py.strip(b.toString());
        return r.startsWith("the ") ? r.substring(4) : r;
    }

    static String norm(JsonNode n) {
        return norm(Py.str(n));
    }

    /** All surface strings a predicted argument offers ({@code strings_of}). */
    public static List<String> stringsOf(JsonNode arg) {
        List<String> out = new ArrayList<>();
        collect(arg, out);
        return out;
    }

    private static void collect(JsonNode arg, List<String> out) {
        if (Py.isNone(arg)) {
            return;
        }
        if (arg.isTextual()) {
            out.add(arg.textValue());
        } else if (arg.isNumber() || arg.isBoolean()) {
            out.add(Py.str(arg));
        } else if (arg.isArray()) {
            arg.forEach(a -> collect(a, out));
        } else if (arg.isObject()) {
            for (String k : new String[] {"text", "name", "value"}) {
                JsonNode v = arg.get(k);
                if (v != null && v.isTextual() && !v.textValue().isEmpty()) {
                    out.add(v.textValue());
                }
            }
        }
    }

    /** True when b occurs in a as whole words (both normalized). */
    static boolean containsWords(String a, String b) {
        return !b.isEmpty() && (" " + a + " ").contains(" " + b + " ");
    }

    /** {@code name_match}: some predicted string and some gold alternative match. */
    public static boolean nameMatch(List<String> predStrings, List<JsonNode> goldAlts) {
        List<String> ps = new ArrayList<>();
        for (String p : predStrings) {
            String n = norm(p);
            if (!n.isEmpty()) {
                ps.add(n);
            }
        }
        List<String> gs = new ArrayList<>();
        for (JsonNode g : goldAlts) {
            String n = norm(g);
            if (!n.isEmpty()) {
                gs.add(n);
            }
        }
        for (String p : ps) {
            for (String g : gs) {
                if (p.equals(g) || containsWords(p, g) || containsWords(g, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean nameMatch(JsonNode pred, JsonNode gold) {
        return nameMatch(stringsOf(pred), Py.iter(gold));
    }

    /** {@code party_lists}: the surface strings of each predicted party. */
    static List<List<String>> partyLists(JsonNode pred) {
        List<List<String>> out = new ArrayList<>();
        if (Py.isNone(pred)) {
            return out;
        }
        if (!pred.isArray()) {
            out.add(stringsOf(pred));
            return out;
        }
        pred.forEach(p -> out.add(stringsOf(p)));
        return out;
    }

    /** {@code count_party_matches}: {matched gold parties, unmatched predicted parties}, greedy one-to-one. */
    static int[] countPartyMatches(List<List<String>> predParties, List<JsonNode> goldParties) {
        Set<Integer> used = new HashSet<>();
        int n = 0;
        for (JsonNode g : goldParties) {
            List<JsonNode> alts = Py.iter(g);
            for (int i = 0; i < predParties.size(); i++) {
                if (!used.contains(i) && nameMatch(predParties.get(i), alts)) {
                    used.add(i);
                    n++;
                    break;
                }
            }
        }
        return new int[] {n, predParties.size() - used.size()};
    }

    /** {@code amount_match}: value within 2 %, same currency (or unit) when both state one. */
    public static boolean amountMatch(JsonNode pred, JsonNode gold) {
        JsonNode[] p = amountOf(pred);
        JsonNode[] g = amountOf(gold);
        double pv;
        double gv;
        try {
            pv = Py.toFloat(p[0]);
            gv = Py.toFloat(g[0]);
        } catch (Py.PyError e) {
            return false;
        }
        if (gv == 0) {
            return pv == 0;
        }
        if (Math.abs(pv - gv) / Math.abs(gv) > 0.02) {
            return false;
        }
        if (Py.truthy(g[1]) && Py.truthy(p[1])) {
            return norm(g[1]).equals(norm(p[1]));
        }
        return Py.isNone(g[1]) || !Py.isNone(p[1]);
    }

    private static JsonNode[] amountOf(JsonNode x) {
        if (Py.isNone(x)) {
            return new JsonNode[] {null, null};
        }
        if (x.isObject()) {
            JsonNode c = x.get("currency");
            return new JsonNode[] {x.get("value"), Py.truthy(c) ? c : x.get("unit")};
        }
        if (x.isNumber() || x.isBoolean()) {
            return new JsonNode[] {x, null};
        }
        return new JsonNode[] {null, null};
    }

    private static JsonNode role(JsonNode event, String role) {
        if (!event.has(role)) {
            throw new IllegalArgumentException("gold " + event.path("type").asText() + " event without '" + role + "': " + event);
        }
        return event.get(role);
    }

    /** {@code core_score}: 0 when the pair does not match on the required roles, else how well it does. */
    public static int coreScore(JsonNode pred, JsonNode gold) {
        String t = gold.path("type").asText();
        JsonNode pt = pred.get("type");
        if (pt == null || !pt.isTextual() || !pt.textValue().equals(t)) {
            return 0;
        }
        switch (t) {
            case "Visit": {
                boolean ok = nameMatch(pred.get("visitor"), role(gold, "visitor")) && nameMatch(pred.get("destination"), role(gold, "destination"));
                return ok ? 2 : 0;
            }
            case "Meeting": {
                List<JsonNode> gp = Py.iter(role(gold, "participants"));
                int[] m = countPartyMatches(partyLists(pred.get("participants")), gp);
                int need = Math.min(2, gp.size());
                return m[0] >= need ? m[0] * 2 - m[1] + 10 : 0;
            }
            case "TradeGoal": {
                if (!amountMatch(pred.get("target"), role(gold, "target"))) {
                    return 0;
                }
                List<JsonNode> gp = Py.listOrEmpty(gold.get("parties"));
                if (!gp.isEmpty()) {
                    int n = countPartyMatches(partyLists(pred.get("parties")), gp)[0];
                    return n == 0 ? 0 : 1 + n;
                }
                return 1;
            }
            case "Donation": {
                List<JsonNode> donorAlts = new ArrayList<>(Py.iter(role(gold, "donor")));
                donorAlts.addAll(Py.listOrEmpty(gold.get("onBehalfOf")));
                List<String> pdonor = new ArrayList<>(stringsOf(pred.get("donor")));
                pdonor.addAll(stringsOf(pred.get("onBehalfOf")));
                boolean ok = nameMatch(pdonor, donorAlts) && nameMatch(pred.get("recipient"), role(gold, "recipient"));
                if (!ok) {
                    return 0;
                }
                int s = 2;
                if (Py.truthy(gold.get("item")) && nameMatch(pred.get("item"), gold.get("item"))) {
                    s++;
                }
                return s;
            }
            default:
                return 0;
        }
    }

    private static JsonNode dateValue(JsonNode x) {
        return x != null && x.isObject() ? x.get("value") : x;
    }

    /**
     * One optional role of a matched pair ({@code ROLE_CHECKS}); a gold or predicted value of
     * an unexpected shape makes it wrong, as in the shared scorer.
     */
    public static boolean roleMatches(String role, JsonNode pred, JsonNode gold) {
        try {
            return check(role, pred, gold);
        } catch (Py.PyError | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean check(String role, JsonNode p, JsonNode g) {
        switch (role) {
            case "host":
            case "location":
            case "item":
            case "onBehalfOf":
                return nameMatch(p, g);
            case "date":
            case "deadline": {
                JsonNode v = dateValue(p);
                return !Py.isNone(v) && Py.str(v).equals(Py.str(g));
            }
            case "kind":
                return !Py.isNone(p) && norm(p.isTextual() ? p.textValue() : String.join(" ", stringsOf(p))).contains(norm(g));
            case "tense": {
                if (Py.isNone(p)) {
                    return false;
                }
                String a = norm(p);
                String b = norm(g);
                return a.equals(b) || (isHappened(a) && isHappened(b));
            }
            case "metric": {
                if (Py.isNone(p)) {
                    return false;
                }
                Set<String> pw = new HashSet<>(Py.split(norm(String.join(" ", stringsOf(p)))));
                pw.retainAll(new HashSet<>(Py.split(norm(g))));
                return !pw.isEmpty();
            }
            case "quantity":
                return !Py.isNone(p) && amountMatch(p, g);
            case "value":
            case "target":
                return amountMatch(p, g);
            case "setBy": {
                List<JsonNode> parties;
                if (g == null || g.isNull()) {
                    throw new Py.PyError("'NoneType' object is not subscriptable");
                }
                if (g.isArray() && g.size() > 0) {
                    parties = g.get(0).isArray() ? Py.iter(g) : List.of(g);
                } else if (g.isTextual() && !g.textValue().isEmpty()) {
                    parties = List.of(g);
                } else {
                    throw new Py.PyError("setBy[0]");
                }
                return countPartyMatches(partyLists(p), parties)[0] > 0;
            }
            case "participants":
            case "parties": {
                List<JsonNode> gp = Py.iter(g);
                return countPartyMatches(partyLists(p), gp)[0] == gp.size();
            }
            default:
                return false;
        }
    }

    private static boolean isHappened(String tense) {
        return tense.equals("past") || tense.equals("ongoing");
    }
}
