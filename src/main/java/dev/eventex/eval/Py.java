package dev.eventex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The few Python behaviours the shared scorer ({@code score_events.py}) relies on, applied
 * to JSON nodes, so that {@link GoldMatcher} can follow it statement by statement: {@code str()},
 * truthiness, iteration (a string iterates its characters), {@code float()}, {@code round()},
 * and the regular expressions of its name normalization ({@code \w} and {@code \s} in the
 * Unicode sense of Python's {@code re}).
 */
final class Py {

    private Py() {
    }

    /** Python's TypeError, KeyError or IndexError: the shared scorer's role checks count it as a wrong role. */
    static final class PyError extends RuntimeException {
        PyError(String message) {
            super(message);
        }
    }

    /** {@code x is None} for a value read with {@code dict.get}. */
    static boolean isNone(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    static boolean truthy(JsonNode n) {
        if (isNone(n)) {
            return false;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber()) {
            return n.isIntegralNumber() ? n.bigIntegerValue().signum() != 0 : n.doubleValue() != 0;
        }
        if (n.isTextual()) {
            return !n.textValue().isEmpty();
        }
        return n.size() > 0;
    }

    /** {@code str(x)}. */
    static String str(JsonNode n) {
        if (isNone(n)) {
            return "None";
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        return repr(n);
    }

    /** {@code repr(x)} of a JSON value as Python's json module loads it. */
    static String repr(JsonNode n) {
        if (isNone(n)) {
            return "None";
        }
        if (n.isBoolean()) {
            return n.booleanValue() ? "True" : "False";
        }
        if (n.isIntegralNumber()) {
            return n.bigIntegerValue().toString();
        }
        if (n.isNumber()) {
            return floatRepr(n.doubleValue());
        }
        if (n.isTextual()) {
            String s = n.textValue();
            char q = s.contains("'") && !s.contains("\"") ? '"' : '\'';
            StringBuilder sb = new StringBuilder().append(q);
            for (char c : s.toCharArray()) {
                if (c == '\\') {
                    sb.append("\\\\");
                } else if (c == q) {
                    sb.append('\\').append(c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c == '\t') {
                    sb.append("\\t");
                } else if (c == '\r') {
                    sb.append("\\r");
                } else {
                    sb.append(c);
                }
            }
            return sb.append(q).toString();
        }
        List<String> parts = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(x -> parts.add(repr(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        n.fields().forEachRemaining(e -> parts.add(repr(TextNode.valueOf(e.getKey())) + ": " + repr(e.getValue())));
        return "{" + String.join(", ", parts) + "}";
    }

    /** {@code repr(float)}: the shortest digits, fixed notation from 1e-4 to 1e16. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = b.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - b.scale(); // decimal exponent of the first digit
        String sign = d < 0 ? "-" : "";
        if (exp >= -4 && exp < 16) {
            String plain = b.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** {@code for x in n}: array elements, a string's characters, an object's keys. */
    static List<JsonNode> iter(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (isNone(n)) {
            throw new PyError("'NoneType' object is not iterable");
        }
        if (n.isArray()) {
            n.forEach(out::add);
        } else if (n.isTextual()) {
            n.textValue().codePoints().forEach(c -> out.add(TextNode.valueOf(new String(Character.toChars(c)))));
        } else if (n.isObject()) {
            Iterator<String> it = n.fieldNames();
            it.forEachRemaining(k -> out.add(TextNode.valueOf(k)));
        } else {
            throw new PyError("object is not iterable: " + n);
        }
        return out;
    }

    /** {@code list(x or [])}. */
    static List<JsonNode> listOrEmpty(JsonNode n) {
        return truthy(n) ? iter(n) : List.of();
    }

    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.?\\d(?:_?\\d)*(?:[eE][+-]?\\d(?:_?\\d)*)?|\\d(?:_?\\d)*\\.|inf|infinity|nan)",
            Pattern.CASE_INSENSITIVE);

    /** {@code float(x)}, throwing where Python raises. */
    static double toFloat(JsonNode n) {
        if (isNone(n)) {
            throw new PyError("float() argument must be a string or a number, not 'NoneType'");
        }
        if (n.isBoolean()) {
            return n.booleanValue() ? 1 : 0;
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isTextual()) {
            String s = strip(n.textValue());
            if (!FLOAT.matcher(s).matches()) {
                throw new PyError("could not convert string to float: " + s);
            }
            String t = s.replace("_", "").toLowerCase(Locale.ROOT);
            String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
            double sign = t.startsWith("-") ? -1 : 1;
            if (unsigned.equals("inf") || unsigned.equals("infinity")) {
                return sign * Double.POSITIVE_INFINITY;
            }
            if (unsigned.equals("nan")) {
                return Double.NaN;
            }
            return Double.parseDouble(t);
        }
        throw new PyError("float() argument must be a string or a number");
    }

    /** {@code round(x, 3)}: half to even on the exact binary value. */
    static double round3(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's {@code \w} for str patterns: alphanumeric (str.isalnum) or underscore. */
    static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp) || Character.isDigit(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** Python's {@code \s} for str patterns (str.isspace). */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** {@code str.strip()}. */
    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    /** {@code str.split()}: on runs of whitespace, no empty parts. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (isSpace(c)) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.appendCodePoint(c);
            }
        });
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /** {@code os.path.splitext(os.path.basename(p))[0]} (POSIX paths). */
    static String baseNameWithoutExtension(String p) {
        String base = p.substring(p.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot <= 0) {
            return base;
        }
        for (int i = 0; i < dot; i++) {
            if (base.charAt(i) != '.') {
                return base.substring(0, dot);
            }
        }
        return base; // only leading dots before the last one: no extension
    }
}
