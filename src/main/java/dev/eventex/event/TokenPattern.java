package dev.eventex.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A compiled token pattern, in the spirit of TokensRegex and spaCy's Matcher.
 *
 * <pre>
 *   pattern   := alt
 *   alt       := seq ('|' seq)*
 *   seq       := item*
 *   item      := atom quantifier?
 *   atom      := '[' cond ('&amp;' cond)* ']' | '[]' | '(' alt ')' | '(?&lt;name&gt;' alt ')'
 *   cond      := key ('=' | '!=') value ('|' value)*       value: word or /regex/
 *   key       := word | lower | lemma | pos | ent | kind | gaz
 *   quantifier:= '?' | '*' | '+' | '{m,n}'
 * </pre>
 * Named groups capture token spans that fill event roles. Compiled once; immutable and
 * thread-safe. Matching backtracks over one sentence.
 */
public final class TokenPattern {

    /** Keys a token condition may test. */
    public static final Set<String> KEYS = Set.of("word", "lower", "lemma", "pos", "ent", "kind", "gaz");

    private final String source;
    private final Node root;
    private final List<String> captureNames;

    /**
     * The token tests of which one must hold at a match's first token (a match covers at least one
     * token, and only a token test consumes one), or null when any token may open a match. {@link
     * #find} skips the other start positions without running the matcher: it allocated a capture map
     * and continuations at every token of the sentence for every veto and trigger pattern.
     */
    private final List<Tok> openers;

    private TokenPattern(String source, Node root, List<String> captureNames) {
        this.source = source;
        this.root = root;
        this.captureNames = List.copyOf(captureNames);
        this.openers = root.opening().tests();
    }

    public String source() {
        return source;
    }

    /** Names of the capture groups, in order of appearance. */
    public List<String> captureNames() {
        return captureNames;
    }

    /** Compiles a pattern; throws {@link IllegalArgumentException} with the position of the error. */
    public static TokenPattern compile(String source) {
        Parser p = new Parser(source);
        Node n = p.parseAlt();
        p.skipSpace();
        if (p.pos < source.length()) {
            throw p.error("unexpected '" + source.charAt(p.pos) + "'");
        }
        return new TokenPattern(source, n, p.names);
    }

    /** A match: token span and captured spans (name -> {start, end}). */
    public record Match(int start, int end, Map<String, int[]> captures) {
    }

    /** Leftmost-longest match starting at or after {@code from} and covering {@code mustCover} (or -1 for none). */
    public Match find(List<TokenView> tokens, int from, int mustCover) {
        for (int start = from; start < tokens.size(); start++) {
            if (mustCover >= 0 && start > mustCover) {
                return null;
            }
            if (openers != null && !opens(tokens.get(start))) {
                continue; // no match starts here: matchAt would return null
            }
            Match m = matchAt(tokens, start, mustCover);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** {@link #find} trying every start position, without the first-token test (the reference for tests). */
    Match findTryingEveryStart(List<TokenView> tokens, int from, int mustCover) {
        for (int start = from; start < tokens.size(); start++) {
            if (mustCover >= 0 && start > mustCover) {
                return null;
            }
            Match m = matchAt(tokens, start, mustCover);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Whether some token test that may open a match holds at {@code v}. */
    private boolean opens(TokenView v) {
        for (Tok t : openers) {
            if (t.holds(v)) {
                return true;
            }
        }
        return false;
    }

    /** Longest match anchored at {@code start}, or null. */
    public Match matchAt(List<TokenView> tokens, int start, int mustCover) {
        Match[] best = new Match[1];
        root.match(tokens, start, new HashMap<>(), (end, caps) -> {
            if (end > start && (mustCover < 0 || (start <= mustCover && mustCover < end))
                    && (best[0] == null || end > best[0].end())) {
                best[0] = new Match(start, end, new HashMap<>(caps));
            }
            return false; // keep exploring for a longer match
        }, new int[] {0});
        return best[0];
    }

    // ---- matching ----------------------------------------------------------------------

    @FunctionalInterface
    private interface Cont {
        /** Returns true to stop the search. */
        boolean accept(int pos, Map<String, int[]> caps);
    }

    private static final int STEP_LIMIT = 200_000;

    private abstract static class Node {
        abstract boolean match(List<TokenView> t, int pos, Map<String, int[]> caps, Cont k, int[] steps);

        /** How a match of this node can begin. */
        abstract Opening opening();
    }

    /**
     * How a node's matches begin: whether it can match no token at all, and the token tests one of
     * which consumes its first token when it matches some (null: not known, any token).
     */
    private record Opening(boolean empty, List<Tok> tests) {
        static final Opening NOTHING = new Opening(true, List.of());

        /** The first tokens of either. */
        Opening or(Opening other) {
            return new Opening(empty || other.empty, union(tests, other.tests));
        }

        /** The first tokens of this followed by {@code next}: next's count only when this can be empty. */
        Opening then(Opening next) {
            return empty ? new Opening(next.empty, union(tests, next.tests)) : this;
        }

        private static List<Tok> union(List<Tok> a, List<Tok> b) {
            if (a == null || b == null) {
                return null;
            }
            List<Tok> all = new ArrayList<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }
    }

    private static final class Tok extends Node {
        final List<Cond> conds;

        Tok(List<Cond> conds) {
            this.conds = conds;
        }

        @Override
        boolean match(List<TokenView> t, int pos, Map<String, int[]> caps, Cont k, int[] steps) {
            if (++steps[0] > STEP_LIMIT || pos >= t.size()) {
                return false;
            }
            if (!holds(t.get(pos))) {
                return false;
            }
            return k.accept(pos + 1, caps);
        }

        boolean holds(TokenView v) {
            for (Cond c : conds) {
                if (!c.test(v)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        Opening opening() {
            return new Opening(false, List.of(this));
        }
    }

    private static final class Seq extends Node {
        final List<Node> items;

        Seq(List<Node> items) {
            this.items = items;
        }

        @Override
        boolean match(List<TokenView> t, int pos, Map<String, int[]> caps, Cont k, int[] steps) {
            return step(0, t, pos, caps, k, steps);
        }

        @Override
        Opening opening() {
            Opening o = Opening.NOTHING;
            for (Node item : items) {
                o = o.then(item.opening());
            }
            return o;
        }

        private boolean step(int i, List<TokenView> t, int pos, Map<String, int[]> caps, Cont k, int[] steps) {
            if (i == items.size()) {
                return k.accept(pos, caps);
            }
            return items.get(i).match(t, pos, caps, (p, c) -> step(i + 1, t, p, c, k, steps), steps);
        }
    }

    private static final class Alt extends Node {
        final List<Node> options;

        Alt(List<Node> options) {
            this.options = options;
        }

        @Override
        boolean match(List<TokenView> t, int pos, Map<String, int[]> caps, Cont k, int[] steps) {
            for (Node o : options) {
                if (o.match(t, pos, caps, k, steps)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        Opening opening() {
            Opening o = new Opening(false, List.of());
            for (Node option : options) {
                o = o.or(option.opening());
            }
            return o;
        }
    }

    private static final class Repeat extends Node {
        final Node body;
        final int min;
        final int max;

        Repeat(Node body, int min, int max) {
            this.body = body;
            this.min = min;
            this.max = max;
        }

        @Override
        boolean match(List<TokenView> t, int pos, Map<String, int[]> caps, Cont k, int[] steps) {
            return rep(0, t, pos, caps, k, steps);
        }

        @Override
        Opening opening() {
            if (max <= 0) {
                return Opening.NOTHING;
            }
            Opening body = this.body.opening();
            return new Opening(min <= 0 || body.empty(), body.tests());
        }

        private boolean rep(int count, List<TokenView> t, int pos, Map<String, int[]> caps, Cont k, int[] steps) {
            if (steps[0] > STEP_LIMIT) {
                return false;
            }
            // greedy: try one more first
            // an empty iteration only counts while the minimum is not reached (no endless empty loops)
            if (count < max && body.match(t, pos, caps, (p, c) -> (p > pos || count < min) && rep(count + 1, t, p, c, k, steps), steps)) {
                return true;
            }
            return count >= min && k.accept(pos, caps);
        }
    }

    private static final class Capture extends Node {
        final String name;
        final Node body;

        Capture(String name, Node body) {
            this.name = name;
            this.body = body;
        }

        @Override
        Opening opening() {
            return body.opening();
        }

        @Override
        boolean match(List<TokenView> t, int pos, Map<String, int[]> caps, Cont k, int[] steps) {
            return body.match(t, pos, caps, (p, c) -> {
                int[] old = c.put(name, new int[] {pos, p});
                boolean r = k.accept(p, c);
                if (old == null) {
                    c.remove(name);
                } else {
                    c.put(name, old);
                }
                return r;
            }, steps);
        }
    }

    private record Cond(String key, boolean negate, List<String> literals, List<Pattern> regexes) {
        boolean test(TokenView v) {
            String value = switch (key) {
                case "word" -> v.token().text();
                case "lower" -> v.token().lower();
                case "lemma" -> v.token().lemma();
                case "pos" -> v.token().pos();
                case "ent" -> v.entityType();
                case "kind" -> v.mentionKind();
                default -> null;
            };
            boolean hit;
            if (key.equals("gaz")) {
                hit = false;
                for (String g : v.gazetteer()) {
                    hit |= matches(g);
                }
            } else {
                hit = value != null && matches(value);
            }
            return hit != negate;
        }

        private boolean matches(String value) {
            for (String l : literals) {
                if (l.equals(value)) {
                    return true;
                }
            }
            for (Pattern p : regexes) {
                if (p.matcher(value).matches()) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---- parsing -----------------------------------------------------------------------

    private static final class Parser {
        final String s;
        int pos;
        final List<String> names = new ArrayList<>();

        Parser(String s) {
            this.s = s;
        }

        IllegalArgumentException error(String msg) {
            return new IllegalArgumentException("pattern error at char " + pos + ": " + msg + " in: " + s);
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean peek(char c) {
            skipSpace();
            return pos < s.length() && s.charAt(pos) == c;
        }

        Node parseAlt() {
            List<Node> opts = new ArrayList<>();
            opts.add(parseSeq());
            while (peek('|')) {
                pos++;
                opts.add(parseSeq());
            }
            return opts.size() == 1 ? opts.get(0) : new Alt(opts);
        }

        Node parseSeq() {
            List<Node> items = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos >= s.length() || s.charAt(pos) == '|' || s.charAt(pos) == ')') {
                    break;
                }
                items.add(parseItem());
            }
            if (items.isEmpty()) {
                throw error("empty sequence");
            }
            return items.size() == 1 ? items.get(0) : new Seq(items);
        }

        Node parseItem() {
            Node atom = parseAtom();
            skipSpace();
            if (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '?') {
                    pos++;
                    return new Repeat(atom, 0, 1);
                }
                if (c == '*') {
                    pos++;
                    return new Repeat(atom, 0, 50);
                }
                if (c == '+') {
                    pos++;
                    return new Repeat(atom, 1, 50);
                }
                if (c == '{') {
                    int close = s.indexOf('}', pos);
                    if (close < 0) {
                        throw error("unclosed '{'");
                    }
                    String[] mn = s.substring(pos + 1, close).split(",", -1);
                    try {
                        int min = Integer.parseInt(mn[0].strip());
                        int max = mn.length > 1 ? (mn[1].isBlank() ? 50 : Integer.parseInt(mn[1].strip())) : min;
                        if (min < 0 || max < min) {
                            throw error("bad repetition {" + min + "," + max + "}");
                        }
                        pos = close + 1;
                        return new Repeat(atom, min, max);
                    } catch (NumberFormatException e) {
                        throw error("bad repetition");
                    }
                }
            }
            return atom;
        }

        Node parseAtom() {
            skipSpace();
            if (pos >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                String name = null;
                if (s.startsWith("?<", pos)) {
                    int close = s.indexOf('>', pos);
                    if (close < 0) {
                        throw error("unclosed group name");
                    }
                    name = s.substring(pos + 2, close);
                    if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                        throw error("bad group name '" + name + "'");
                    }
                    names.add(name);
                    pos = close + 1;
                }
                Node body = parseAlt();
                if (!peek(')')) {
                    throw error("missing ')'");
                }
                pos++;
                return name == null ? body : new Capture(name, body);
            }
            if (c == '[') {
                pos++;
                List<Cond> conds = new ArrayList<>();
                skipSpace();
                if (peek(']')) {
                    pos++;
                    return new Tok(conds);
                }
                while (true) {
                    conds.add(parseCond());
                    skipSpace();
                    if (peek('&')) {
                        pos++;
                        continue;
                    }
                    if (peek(']')) {
                        pos++;
                        break;
                    }
                    throw error("expected '&' or ']'");
                }
                return new Tok(conds);
            }
            throw error("expected '[' or '('");
        }

        Cond parseCond() {
            skipSpace();
            int start = pos;
            while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
                pos++;
            }
            String key = s.substring(start, pos).toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                pos = start;
                throw error("unknown key '" + key + "' (known: " + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
            }
            skipSpace();
            boolean negate = false;
            if (s.startsWith("!=", pos)) {
                negate = true;
                pos += 2;
            } else if (pos < s.length() && s.charAt(pos) == '=') {
                pos++;
            } else {
                throw error("expected '=' or '!=' after " + key);
            }
            List<String> lits = new ArrayList<>();
            List<Pattern> res = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == '/') {
                    int close = s.indexOf('/', pos + 1);
                    while (close > 0 && s.charAt(close - 1) == '\\') {
                        close = s.indexOf('/', close + 1);
                    }
                    if (close < 0) {
                        throw error("unclosed regex");
                    }
                    try {
                        res.add(Pattern.compile(s.substring(pos + 1, close)));
                    } catch (PatternSyntaxException e) {
                        throw error("bad regex: " + e.getDescription());
                    }
                    pos = close + 1;
                } else {
                    int vs = pos;
                    while (pos < s.length() && "|&] ".indexOf(s.charAt(pos)) < 0) {
                        pos++;
                    }
                    if (vs == pos) {
                        throw error("empty value for " + key);
                    }
                    lits.add(s.substring(vs, pos));
                }
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == '|') {
                    pos++;
                    continue;
                }
                break;
            }
            return new Cond(key, negate, lits, res);
        }
    }
}
