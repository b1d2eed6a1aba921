package dev.eventex.train;

import dev.eventex.entity.Gazetteer;
import dev.eventex.internal.ModelSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Organization names mined from unlabeled text by distant supervision: contexts that type a
 * capitalised name as an organization (Hearst-style patterns: "X, a software company", "the
 * newspaper X", "X Inc.", "shares of X", "X's chief executive"), counted per name, then kept
 * only with enough and varied evidence, when the same text rarely uses the name as a person or a
 * place, and when it is no common word. The patterns and words are data
 * ({@code org-mining-patterns.txt}, {@code org-mining-words.tsv} beside this class); what the
 * project already knows (places, known organizations, titles) comes from {@code models/}.
 *
 * <p>Feed paragraphs with {@link #addLine}, then call {@link #result}. Deterministic: the output
 * depends only on the text and the thresholds. Training-time only; the entity stage reads the
 * file written from the result as one more organization gazetteer.
 */
public final class OrganizationMiner {

    /** The pattern file (a resource beside this class). */
    public static final String PATTERNS = "org-mining-patterns.txt";
    /** The word file (a resource beside this class). */
    public static final String WORDS = "org-mining-words.tsv";

    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,7}");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private static final int MAX_MODIFIERS = 5;
    private static final int MAX_NAME_WORDS = 6;

    /** One kept name: its aliases (legal forms, an acronym), kind, whether it needs a cue, and its evidence. */
    public record Mined(String name, List<String> aliases, String kind, boolean ambiguous, int evidence, int patterns,
                        int other) {
    }

    /**
     * When a name is kept.
     *
     * @param minCount          pattern matches a name needs
     * @param minPatterns       different patterns that must have matched it
     * @param maxOther          person and place contexts allowed, as a share of the pattern matches
     * @param ambiguousLower    a single word also written in lower case this often (share of its
     *                          capitalised uses) is kept only as an ambiguous name
     * @param maxLower          a single word written in lower case more often than this share is dropped
     * @param minAlone          a single word must stand alone (not inside a longer capitalised run, as
     *                          "National" in "National Council") at least this share of its capitalised uses
     * @param minMid            a name must be written in mid-sentence at least this share of its uses
     * @param keepAmbiguous     keep ambiguous names (marked to need a cue) rather than drop them
     * @param maxEntries        at most this many names, those with the most evidence
     */
    public record Thresholds(int minCount, int minPatterns, double maxOther, double ambiguousLower, double maxLower,
                             double minAlone, double minMid, boolean keepAmbiguous, int maxEntries) {
    }

    private enum Element { NAME, HEADNAME, HEAD, LEGAL, ACRONYM, MODS, PAREN, WORDS }

    private record Step(Element element, Set<String> words) {
    }

    private record Rule(String id, List<Step> steps, String kind) {
    }

    /** The span of a match: name tokens, its full form (with a legal form) and its acronym. */
    private static final class Match {
        int nameStart;
        int nameEnd;
        int fullStart;
        int fullEnd;
        String kind;
        String acronym;
    }

    /** Counts for one name. */
    private static final class Evidence {
        final Map<String, Integer> byPattern = new TreeMap<>();
        final Map<String, Integer> byKind = new TreeMap<>();
        final Map<String, Integer> aliases = new TreeMap<>();
        int count;
    }

    /** Counts for one capitalised run: uses in mid-sentence, after person and place cues. */
    private static final class RunStats {
        int total;
        int midSentence;
        int person;
        int place;
    }

    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, String> heads = new HashMap<>();
    private int longestHead = 1;
    private final Map<String, String> legalForms = new HashMap<>();
    private final Map<String, String> legalBefore = new HashMap<>();
    private final Set<String> followers = new HashSet<>();
    private final Set<String> modifierStops = new HashSet<>();
    private final Set<String> prepositions = new HashSet<>();
    private final Set<String> joiners = new HashSet<>();
    private final Set<String> personBefore = new HashSet<>();
    private final Set<String> placeBefore = new HashSet<>();
    private final List<String[]> personAfter = new ArrayList<>();
    private final Set<String> abbreviations = new HashSet<>();
    private final Set<String> leadingFunctionWords = new HashSet<>();
    private final Set<String> dateWords = new HashSet<>();
    private final Set<String> knownOrganizations = new HashSet<>();
    private final Set<String> places = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();
    private final Set<String> excludedLastWords = new HashSet<>();
    private final Set<String> ofHeads = new HashSet<>();

    private final Map<String, Evidence> evidence = new HashMap<>();
    private final Map<String, RunStats> runs = new HashMap<>();
    /** Lower-case word: {uses in lower case, capitalised uses}. */
    private final Map<String, int[]> wordCase = new HashMap<>();

    private OrganizationMiner() {
    }

    /** A miner with the packaged patterns and words and the knowledge of the given models. */
    public static OrganizationMiner load(ModelSource models) throws IOException {
        OrganizationMiner m = new OrganizationMiner();
        m.readWords(resourceLines(WORDS));
        m.readPatterns(resourceLines(PATTERNS));
        m.readKnowledge(models);
        return m;
    }

    // ---- loading -------------------------------------------------------------------------------

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = OrganizationMiner.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(line.replace("\r", ""));
                }
            }
            return out;
        }
    }

    private void readWords(List<String> lines) throws IOException {
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            if (c.length < 2) {
                throw new IOException(WORDS + ": expected phrase<TAB>role[<TAB>kind], got '" + line + "'");
            }
            String phrase = c[0].strip();
            String kind = c.length > 2 ? c[2].strip() : "";
            switch (c[1].strip()) {
                case "head" -> {
                    heads.put(phrase, requireKind(kind, line));
                    longestHead = Math.max(longestHead, phrase.split(" ").length);
                }
                case "legal" -> {
                    legalForms.put(phrase, requireKind(kind, line));
                    if (phrase.endsWith(".") && phrase.indexOf('.') == phrase.length() - 1) {
                        abbreviations.add(phrase.substring(0, phrase.length() - 1));
                    }
                }
                case "legal-before" -> legalBefore.put(phrase, requireKind(kind, line));
                case "follower" -> followers.add(phrase);
                case "stop" -> modifierStops.add(phrase);
                case "joiner" -> joiners.add(phrase);
                case "person-before" -> personBefore.add(phrase);
                case "place-before" -> placeBefore.add(phrase);
                case "person-after" -> personAfter.add(phrase.split(" "));
                default -> throw new IOException(WORDS + ": unknown role in '" + line + "'");
            }
        }
    }

    private static String requireKind(String kind, String line) throws IOException {
        if (kind.isEmpty()) {
            throw new IOException(WORDS + ": a head or legal form needs a kind: '" + line + "'");
        }
        return kind;
    }

    private void readPatterns(List<String> lines) throws IOException {
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            if (c.length != 3) {
                throw new IOException(PATTERNS + ": expected id<TAB>pattern<TAB>kind, got '" + line + "'");
            }
            List<Step> steps = new ArrayList<>();
            boolean name = false;
            for (String e : c[1].strip().split("\\s+")) {
                Step step = switch (e) {
                    case "NAME" -> new Step(Element.NAME, null);
                    case "HEADNAME" -> new Step(Element.HEADNAME, null);
                    case "HEAD" -> new Step(Element.HEAD, null);
                    case "LEGAL" -> new Step(Element.LEGAL, null);
                    case "ACRONYM" -> new Step(Element.ACRONYM, null);
                    case "MOD*" -> new Step(Element.MODS, null);
                    case "PAREN?" -> new Step(Element.PAREN, null);
                    default -> new Step(Element.WORDS, Set.copyOf(List.of(e.toLowerCase(Locale.ROOT).split("\\|"))));
                };
                name |= step.element() == Element.NAME || step.element() == Element.HEADNAME;
                steps.add(step);
            }
            if (!name) {
                throw new IOException(PATTERNS + ": a pattern needs NAME or HEADNAME: '" + line + "'");
            }
            rules.add(new Rule(c[0].strip(), steps, c[2].strip()));
        }
    }

    private void readKnowledge(ModelSource models) throws IOException {
        // every organization file the entity stage loads, except this step's own output
        for (String file : Gazetteer.ORGANIZATION_FILES) {
            if (!file.equals(Gazetteer.MINED_ORGANIZATIONS)) {
                for (String[] c : TrainInputs.rows(models, file)) {
                    addNames(knownOrganizations, c, 0, 1);
                }
            }
        }
        for (String[] c : TrainInputs.rows(models, "gazetteers/government-bodies.tsv")) {
            addNames(knownOrganizations, c, 0, 2);
        }
        for (String[] c : TrainInputs.rows(models, "gazetteers/countries.tsv")) {
            addNames(places, c, 1, 2, 3, 4);
        }
        for (String[] c : TrainInputs.rows(models, "gazetteers/cities.tsv")) {
            addNames(places, c, 0, 2);
        }
        for (String[] c : TrainInputs.rows(models, "gazetteers/regions.tsv")) {
            addNames(places, c, 0, 1);
        }
        for (String[] c : TrainInputs.rows(models, "gazetteers/titles.txt")) {
            String title = c[0].strip();
            titles.add(title.toLowerCase(Locale.ROOT));
            String[] words = title.toLowerCase(Locale.ROOT).split("\\s+");
            personBefore.add(words[words.length - 1]);
            if (title.endsWith(".") && !title.contains(" ")) {
                abbreviations.add(title.substring(0, title.length() - 1));
            }
        }
        for (String[] c : TrainInputs.rows(models, "gazetteers/non-organization-names.txt")) {
            notNames.add(c[0].strip());
        }
        for (String[] c : TrainInputs.rows(models, "gazetteers/non-organization-acronyms.txt")) {
            notNames.add(c[0].strip());
        }
        for (String[] c : TrainInputs.rows(models, "gazetteers/place-heads.txt")) {
            excludedLastWords.add(c[0].strip());
        }
        for (String[] c : TrainInputs.rows(models, "gazetteers/non-organization-heads.txt")) {
            excludedLastWords.add(c[0].strip());
        }
        // a name that ends in an organization head is already read as one by the entity stage's patterns
        for (String[] c : TrainInputs.rows(models, "gazetteers/organization-heads.tsv")) {
            excludedLastWords.add(c[0].strip());
            if (c.length > 1 && !c[1].strip().equals("name")) {
                ofHeads.add(c[0].strip());
            }
        }
        for (String[] c : TrainInputs.rows(models, "lexicons/capitalised-function-words.txt")) {
            leadingFunctionWords.add(c[0].strip());
        }
        for (String[] c : TrainInputs.rows(models, "lexicons/prepositions.txt")) {
            modifierStops.add(c[0].strip());
            prepositions.add(c[0].strip());
        }
        for (String[] c : TrainInputs.rows(models, "lexicons/determiners.txt")) {
            modifierStops.add(c[0].strip());
        }
        for (String[] c : TrainInputs.rows(models, "lexicons/date-words.txt")) {
            dateWords.add(c[0].strip());
        }
    }

    private static void addNames(Set<String> into, String[] cols, int... which) {
        for (int w : which) {
            if (w < cols.length) {
                for (String n : cols[w].split("\\|")) {
                    if (!n.isBlank()) {
                        into.add(n.strip().replaceAll("\\s+", " "));
                    }
                }
            }
        }
    }

    // ---- reading text --------------------------------------------------------------------------

    /** Adds every non-blank line of a text file, one paragraph a line ({@code .gz} is decompressed). */
    public void addFile(Path file) throws IOException {
        TrainInputs.forEachLine(file, this::addLine);
    }

    /** Adds one paragraph: split into sentences and tokens, counted and matched against the patterns. */
    public void addLine(String paragraph) {
        List<String> tokens = tokens(paragraph);
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals(".") || t.equals("!") || t.equals("?")) {
                addSentence(tokens.subList(start, i + 1).toArray(String[]::new));
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            addSentence(tokens.subList(start, tokens.size()).toArray(String[]::new));
        }
    }

    /** The tokens of {@link WordClusterer#tokenize}, with a full stop kept on abbreviations ("Inc.", "Dr.", "J."). */
    List<String> tokens(String text) {
        List<String> raw = WordClusterer.tokenize(text.replace('’', '\'').replace("&amp;", "&"));
        List<String> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String t = raw.get(i);
            if (i + 1 < raw.size() && raw.get(i + 1).equals(".")
                    && (abbreviations.contains(t) || t.length() == 1 && Character.isUpperCase(t.charAt(0)))) {
                out.add(t + ".");
                i++;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private void addSentence(String[] t) {
        int n = t.length;
        int[] runStart = new int[n];
        int[] runEnd = new int[n];
        java.util.Arrays.fill(runStart, -1);
        java.util.Arrays.fill(runEnd, -1);
        int first = 0;
        while (first < n && !isWord(t[first])) {
            first++;
        }
        for (int i = 0; i < n; i++) {
            String w = t[i];
            if (isWord(w)) {
                boolean cap = Character.isUpperCase(w.charAt(0));
                int[] c = wordCase.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2]);
                if (cap) {
                    c[1]++;
                } else if (Character.isLowerCase(w.charAt(0))) {
                    c[0]++;
                }
            }
        }
        int i = 0;
        while (i < n) {
            if (!isCapitalised(t[i])) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && (isCapitalised(t[j]) || startsWithDigitInside(t[j])
                    || joiners.contains(t[j]) && j + 1 < n && isCapitalised(t[j + 1]))) {
                j++;
            }
            int s = i;
            while (s < j && leadingFunctionWords.contains(t[s])) {
                s++;
            }
            if (s < j && j - s <= MAX_NAME_WORDS) {
                for (int k = s; k < j; k++) {
                    runStart[k] = s;
                    runEnd[k] = j;
                }
                countRun(t, s, j, first);
            }
            i = j;
        }
        for (Rule r : rules) {
            for (int p = 0; p < n; p++) {
                Match m = new Match();
                m.nameStart = -1;
                if (match(r, 0, p, t, runStart, runEnd, m)) {
                    record(r, m, t);
                }
            }
        }
    }

    private void countRun(String[] t, int s, int e, int first) {
        RunStats st = runs.computeIfAbsent(join(t, s, e), k -> new RunStats());
        st.total++;
        if (s > first) {
            st.midSentence++;
        }
        if (s > 0) {
            String before = t[s - 1].toLowerCase(Locale.ROOT);
            if (personBefore.contains(before)) {
                st.person++;
            } else if (placeBefore.contains(before)) {
                st.place++;
            }
        }
        for (String[] after : personAfter) {
            if (wordsAt(t, e, after)) {
                st.person++;
                break;
            }
        }
    }

    private static boolean wordsAt(String[] t, int from, String[] words) {
        if (from + words.length > t.length) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!t[from + k].equalsIgnoreCase(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWord(String w) {
        return !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0));
    }

    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean startsWithDigitInside(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) && w.chars().anyMatch(Character::isLetter);
    }

    // ---- matching ------------------------------------------------------------------------------

    private boolean match(Rule r, int k, int p, String[] t, int[] runStart, int[] runEnd, Match m) {
        if (k == r.steps().size()) {
            return m.nameStart >= 0;
        }
        Step step = r.steps().get(k);
        int n = t.length;
        switch (step.element()) {
            case WORDS -> {
                return p < n && step.words().contains(t[p].toLowerCase(Locale.ROOT)) && match(r, k + 1, p + 1, t, runStart, runEnd, m);
            }
            case NAME, HEADNAME -> {
                if (p >= n || runStart[p] < 0) {
                    return false;
                }
                boolean legalBefore = k > 0 && r.steps().get(k - 1).element() == Element.LEGAL;
                boolean legalAfter = k + 1 < r.steps().size() && r.steps().get(k + 1).element() == Element.LEGAL;
                if (runStart[p] != p && !legalBefore) {
                    return false;
                }
                // "in Springfield, a club ..." names a place; a name that opens a pattern follows no preposition
                if (k == 0 && p > 0 && prepositions.contains(t[p - 1].toLowerCase(Locale.ROOT))) {
                    return false;
                }
                for (int e = runEnd[p]; e > p; e--) {
                    if (e != runEnd[p] && !legalAfter) {
                        break;
                    }
                    if (joiners.contains(t[e - 1])) {
                        continue;
                    }
                    String kind = null;
                    if (step.element() == Element.HEADNAME) {
                        kind = heads.get(t[e - 1].toLowerCase(Locale.ROOT));
                        if (kind == null || e - p < 2) {
                            continue;
                        }
                    }
                    int ns = m.nameStart;
                    int ne = m.nameEnd;
                    String kd = m.kind;
                    m.nameStart = p;
                    m.nameEnd = e;
                    if (kind != null) {
                        m.kind = kind;
                    }
                    if (match(r, k + 1, e, t, runStart, runEnd, m)) {
                        return true;
                    }
                    m.nameStart = ns;
                    m.nameEnd = ne;
                    m.kind = kd;
                }
                return false;
            }
            case HEAD -> {
                for (int len = Math.min(longestHead, n - p); len >= 1; len--) {
                    String kind = heads.get(join(t, p, p + len).toLowerCase(Locale.ROOT));
                    if (kind != null && Character.isLowerCase(t[p].charAt(0)) && headEnds(t, p + len)) {
                        String kd = m.kind;
                        m.kind = kind;
                        if (match(r, k + 1, p + len, t, runStart, runEnd, m)) {
                            return true;
                        }
                        m.kind = kd;
                    }
                }
                return false;
            }
            case LEGAL -> {
                String kind = p >= n ? null : k == 0 ? legalBefore.get(t[p]) : legalForms.get(t[p]);
                if (kind == null) {
                    return false;
                }
                String kd = m.kind;
                m.kind = kind;
                // the full form runs from the legal form before the name, or to the one after it
                m.fullStart = k == 0 ? p : m.nameStart;
                m.fullEnd = p + 1;
                if (match(r, k + 1, p + 1, t, runStart, runEnd, m)) {
                    if (k == 0) {
                        m.fullEnd = m.nameEnd;
                    }
                    return true;
                }
                m.kind = kd;
                m.fullStart = 0;
                m.fullEnd = 0;
                return false;
            }
            case ACRONYM -> {
                if (p < n && ACRONYM.matcher(t[p]).matches() && match(r, k + 1, p + 1, t, runStart, runEnd, m)) {
                    m.acronym = t[p];
                    return true;
                }
                return false;
            }
            case MODS -> {
                for (int len = 0; len <= MAX_MODIFIERS && p + len <= n; len++) {
                    if (len > 0 && !isModifier(t[p + len - 1])) {
                        return false;
                    }
                    if (match(r, k + 1, p + len, t, runStart, runEnd, m)) {
                        return true;
                    }
                }
                return false;
            }
            case PAREN -> {
                if (p < n && t[p].equals("(")) {
                    for (int q = p + 1; q < n && q < p + 40; q++) {
                        if (t[q].equals(")")) {
                            return match(r, k + 1, q + 1, t, runStart, runEnd, m);
                        }
                    }
                    return false;
                }
                return match(r, k + 1, p, t, runStart, runEnd, m);
            }
            default -> throw new IllegalStateException(step.element().name());
        }
    }

    /** A head is the last noun of its phrase: what follows is no lower-case word outside the followers. */
    private boolean headEnds(String[] t, int p) {
        if (p >= t.length || !isWord(t[p]) || !Character.isLowerCase(t[p].charAt(0))) {
            return p >= t.length || !t[p].equals("'s");
        }
        return followers.contains(t[p]);
    }

    private boolean isModifier(String w) {
        return isWord(w) && !modifierStops.contains(w.toLowerCase(Locale.ROOT));
    }

    private void record(Rule r, Match m, String[] t) {
        String kind = r.kind().equals("head") ? m.kind : r.kind();
        if (kind == null) {
            return;
        }
        if (r.steps().get(0).element() == Element.LEGAL) {
            // "FC Gifu": the short form after a leading legal form is often a place, so the full form is the name
            m.nameStart = m.fullStart;
            m.nameEnd = m.fullEnd;
            m.fullStart = 0;
            m.fullEnd = 0;
        }
        int end = m.nameEnd;
        while (end - m.nameStart > 1 && legalForms.containsKey(t[end - 1]) && !legalForms.containsKey(t[m.nameStart])) {
            end--;
        }
        if (end < m.nameEnd) {
            // "Acme Corp." found whole by another pattern: the short form is the name, the full one an alias
            m.fullStart = m.nameStart;
            m.fullEnd = m.nameEnd;
            m.nameEnd = end;
        }
        String name = join(t, m.nameStart, m.nameEnd);
        Evidence e = evidence.computeIfAbsent(name, k -> new Evidence());
        e.count++;
        e.byPattern.merge(r.id(), 1, Integer::sum);
        e.byKind.merge(kind, 1, Integer::sum);
        if (m.fullEnd > m.fullStart && (m.fullStart != m.nameStart || m.fullEnd != m.nameEnd)) {
            e.aliases.merge(join(t, m.fullStart, m.fullEnd), 1, Integer::sum);
        }
        if (m.acronym != null) {
            e.aliases.merge(m.acronym, 1, Integer::sum);
        }
    }

    private static String join(String[] t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(t[i]);
        }
        return b.toString();
    }

    // ---- result --------------------------------------------------------------------------------

    /** The names that pass the thresholds, most evidence first (ties by name). */
    public List<Mined> result(Thresholds th) {
        List<Mined> out = new ArrayList<>();
        for (Map.Entry<String, Evidence> en : evidence.entrySet()) {
            String name = en.getKey();
            Evidence e = en.getValue();
            if (e.count < th.minCount() || e.byPattern.size() < th.minPatterns() || !plausibleName(name)) {
                continue;
            }
            RunStats st = runs.get(name);
            // a word capitalised mostly because it opens a sentence ("Nevertheless, the company ...") is no name
            if (st == null || st.midSentence < th.minMid() * st.total || st.midSentence == 0) {
                continue;
            }
            int other = st.person + st.place;
            if (other > th.maxOther() * e.count) {
                continue;
            }
            boolean ambiguous = false;
            if (!name.contains(" ")) {
                int[] c = wordCase.getOrDefault(name.toLowerCase(Locale.ROOT), new int[2]);
                double lower = c[1] == 0 ? 0 : (double) c[0] / c[1];
                if (lower > th.maxLower() || st.total < th.minAlone() * c[1]) {
                    continue;
                }
                ambiguous = lower > th.ambiguousLower() || other > 0;
            }
            if (ambiguous && !th.keepAmbiguous()) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            for (Map.Entry<String, Integer> a : e.aliases.entrySet()) {
                String alias = a.getKey();
                if (!knownOrganizations.contains(alias) && !places.contains(alias) && !notNames.contains(alias)) {
                    aliases.add(alias);
                }
            }
            out.add(new Mined(name, aliases, topKind(e.byKind), ambiguous, e.count, e.byPattern.size(), other));
        }
        out.sort(Comparator.comparingInt(Mined::evidence).reversed().thenComparing(Mined::name));
        List<Mined> kept = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Mined m : out) {
            if (kept.size() >= th.maxEntries()) {
                break;
            }
            if (!taken.add(m.name())) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            for (String a : m.aliases()) {
                if (!evidence.containsKey(a) || a.equals(m.name())) {
                    if (taken.add(a)) {
                        aliases.add(a);
                    }
                }
            }
            kept.add(new Mined(m.name(), List.copyOf(aliases), m.kind(), m.ambiguous(), m.evidence(), m.patterns(), m.other()));
        }
        return kept;
    }

    /**
     * Writes the names in the format of {@code gazetteers/organizations.tsv} ({@code name	aliases	kind}),
     * grouped by kind and sorted by name; an ambiguous name's kind is followed by {@code |ambiguous}.
     */
    public static void write(List<Mined> names, List<String> header, java.io.Writer w) throws IOException {
        for (String h : header) {
            w.write("# " + h + "\n");
        }
        Map<String, List<Mined>> byKind = new TreeMap<>();
        for (Mined m : names) {
            byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<String, List<Mined>> e : byKind.entrySet()) {
            w.write("# --- " + e.getKey() + "\n");
            List<Mined> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparing(Mined::name));
            for (Mined m : list) {
                w.write(m.name() + "\t" + String.join("|", m.aliases()) + "\t" + m.kind() + (m.ambiguous() ? "|ambiguous" : "") + "\n");
            }
        }
    }

    private boolean plausibleName(String name) {
        if (name.length() < 2 || ROMAN.matcher(name).matches() || knownOrganizations.contains(name) || places.contains(name) || notNames.contains(name)
                || titles.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String[] words = name.split(" ");
        if (excludedLastWords.contains(words[words.length - 1]) || legalForms.containsKey(words[words.length - 1])) {
            return false;
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (dateWords.contains(lower) || lower.endsWith("s") && dateWords.contains(lower.substring(0, lower.length() - 1))) {
                return false;
            }
        }
        // "Government of India": a head before "of" is read by the entity stage's patterns
        if (words.length > 2 && words[1].equals("of") && ofHeads.contains(words[0])) {
            return false;
        }
        String firstTwo = words.length > 1 ? (words[0] + " " + words[1]).toLowerCase(Locale.ROOT) : "";
        return !titles.contains(words[0].toLowerCase(Locale.ROOT)) && !titles.contains(firstTwo);
    }

    private static String topKind(Map<String, Integer> byKind) {
        String best = null;
        int n = -1;
        for (Map.Entry<String, Integer> e : byKind.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }
}
