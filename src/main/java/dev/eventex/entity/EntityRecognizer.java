package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.entity.GazetteerEntry.Kind;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import dev.eventex.text.TokenSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Stage 2: finds entity mentions in analysed text. Combines, per sentence, value patterns,
 * title + name rules, gazetteer matches, organization patterns and the statistical name
 * finder, then keeps one non-overlapping layer of names and values, plus a second layer of
 * descriptions (titles without a name, demonym phrases, pronouns, groups) that may contain
 * names. Thread-safe.
 */
public final class EntityRecognizer {

    private final Gazetteer gazetteer;
    private final NameModel model;
    private final Set<String> pronouns;
    private final Set<String> nameParticles;
    private final Set<String> sideNouns;
    private final Set<String> functionCaps;
    private final Set<String> headlineLowerWords;
    private final Set<String> nameJoiners;
    private final Set<String> pairNouns;
    private final Set<String> definitePairNouns;
    /** What a hyphenated pair of demonyms before it is between: "Polish-Greek trade", "Arab-Israeli talks". */
    private final Set<String> relationNouns;
    /** Month and weekday words: "the Commission on Monday" is no "Commission on X". */
    private final Set<String> dateWords;
    /** Per thread and document: name parts of the persons found so far ("Ramaphosa" after "Cyril Ramaphosa"). */
    private final ThreadLocal<Map<String, Boolean>> personParts = ThreadLocal.withInitial(HashMap::new);
    /** Per thread and document: acronyms defined in parentheses after a name ("... Party (PPP)") and their type. */
    private final ThreadLocal<Map<String, EntityType>> acronyms = ThreadLocal.withInitial(HashMap::new);
    private final ValueRecognizer values;
    private final OrganizationAcronyms organizationAcronyms;

    /** @param model the statistical name finder, or null to run on rules and gazetteers only */
    public EntityRecognizer(Gazetteer gazetteer, NameModel model, ValueRecognizer values, Lexicons lexicons) {
        this.pronouns = lexicons.get(Lexicons.PERSONAL_PRONOUNS);
        this.nameParticles = lexicons.get(Lexicons.NAME_PARTICLES);
        this.sideNouns = lexicons.get(Lexicons.SIDE_NOUNS);
        this.functionCaps = lexicons.get(Lexicons.CAPITALISED_FUNCTION_WORDS);
        this.headlineLowerWords = lexicons.get(Lexicons.HEADLINE_LOWER_WORDS);
        this.nameJoiners = lexicons.get(Lexicons.NAME_JOINERS);
        this.pairNouns = lexicons.get(Lexicons.PAIR_NOUNS);
        this.definitePairNouns = lexicons.get(Lexicons.DEFINITE_PAIR_NOUNS);
        this.relationNouns = lexicons.get(Lexicons.RELATION_NOUNS);
        this.dateWords = lexicons.get(Lexicons.DATE_WORDS);
        this.gazetteer = gazetteer;
        this.model = model;
        this.values = values;
        this.organizationAcronyms = new OrganizationAcronyms(gazetteer, values::isCurrencySymbol, headlineLowerWords);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Starts a new document on this thread: clears the name finder's adaptive data. */
    public void startDocument() {
        personParts.get().clear();
        acronyms.get().clear();
        if (model != null) {
            model.startDocument();
        }
    }

    /** All mentions of a document, sorted by start offset (names and values first at equal start). */
    public List<EntityMention> recognize(AnalyzedText doc) {
        return recognize(doc, () -> false);
    }

    /**
     * Mentions of a document; {@code cancelled} is polled between sentences so a time budget
     * can stop a pathological document (then {@link java.util.concurrent.CancellationException}).
     */
    public List<EntityMention> recognize(AnalyzedText doc, java.util.function.BooleanSupplier cancelled) {
        startDocument();
        List<EntityMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("entity recognition stopped at sentence " + s.index());
            }
            out.addAll(recognize(doc, s));
        }
        return out;
    }

    /** Mentions of one sentence. */
    public List<EntityMention> recognize(AnalyzedText doc, Sentence s) {
        s = caseInsensitiveReading(s);
        List<Candidate> cands = new ArrayList<>();
        for (EntityMention v : values.find(doc, s)) {
            cands.add(new Candidate(v, 50));
        }
        List<Gazetteer.Match> names = gazetteer.findNames(s);
        List<Gazetteer.Match> titles = gazetteer.findTitles(s);
        boolean[] titleToken = new boolean[s.size()];
        for (Gazetteer.Match t : titles) {
            for (int i = t.start(); i < t.end(); i++) {
                titleToken[i] = true;
            }
        }
        Map<Integer, Gazetteer.Match> nameAt = new HashMap<>();
        for (Gazetteer.Match m : names) {
            nameAt.put(m.start(), m);
            GazetteerEntry e = m.first();
            if (e.type() != null && !overlapsTitleStart(m, titles)) {
                cands.add(new Candidate(mention(doc, s, m.start(), m.end(), e.type(), MentionKind.NAME, e.canonical(), e.code(),
                        "gazetteer", Map.of("gaz", e.kind().key())), 30));
            }
        }
        List<EntityMention> descriptors = new ArrayList<>();
        titlePersons(doc, s, titles, nameAt, cands, descriptors);
        orgPatterns(doc, s, cands);
        if (model != null) {
            // the model sees hyphenated compounds as one token, as in its training corpora ("Kassym-Jomart")
            int n = s.size();
            List<String> words = new ArrayList<>(n);
            int[] from = new int[n];
            int[] to = new int[n];
            for (int i = 0; i < n; ) {
                int j = i;
                while (j + 2 < n && isHyphen(s.token(j + 1).text()) && s.token(j).end() == s.token(j + 1).start()
                        && s.token(j + 1).end() == s.token(j + 2).start() && Character.isLetterOrDigit(s.token(j).text().charAt(0))
                        && Character.isLetterOrDigit(s.token(j + 2).text().charAt(0))) {
                    j += 2;
                }
                from[words.size()] = i;
                to[words.size()] = j + 1;
                words.add(j == i ? s.token(i).text() : doc.slice(s.token(i).start(), s.token(j).end()));
                i = j + 1;
            }
            for (Span found : model.find(words.toArray(String[]::new))) {
                Span sp = new Span(from[found.getStart()], to[found.getEnd() - 1], found.getType(), found.getProb());
                EntityType type = switch (sp.getType()) {
                    case "person" -> EntityType.PERSON;
                    case "organization" -> EntityType.ORGANIZATION;
                    case "location" -> EntityType.LOCATION;
                    default -> null;
                };
                if (type == null || !plausibleName(s, sp.getStart(), sp.getEnd(), titleToken)) {
                    continue;
                }
                int a = sp.getStart();
                int b = sp.getEnd();
                if (type == EntityType.PERSON) {
                    // "Joshua [Dorne]", "[Rajnath] Singh": the model cut a name short
                    while (b < s.size() && b - a < 5 && nameLike(s, b, titleToken, nameAt)) {
                        b++;
                    }
                    while (a > 0 && b - a < 5 && nameLike(s, a - 1, titleToken, nameAt) && a - 1 > 0) {
                        a--;
                    }
                }
                cands.add(new Candidate(mention(doc, s, a, b, type, MentionKind.NAME, null, null, "model", Map.of()), 20));
            }
        }
        widerModelOrganizations(cands, titleToken);
        knownPersons(doc, s, cands, titleToken);
        for (int c = 0; c < cands.size(); c++) {
            Candidate cand = cands.get(c);
            if (cand.mention.kind() == MentionKind.NAME && cand.mention.type() == EntityType.PERSON) {
                cands.set(c, new Candidate(joinHyphenated(doc, s, cand.mention), cand.priority));
            }
        }
        dropPossessiveEnds(doc, s, cands);
        List<EntityMention> layer = resolveOverlaps(cands);
        layer = acronymsAfterNames(doc, s, layer);
        layer = organizationAcronyms.apply(doc, s, layer);
        layer = appositiveOffices(s, layer, titles);
        rememberPersons(s, layer);
        demonymPhrases(doc, s, names, layer, descriptors);
        pronouns(doc, s, descriptors);
        groups(doc, s, layer, names, descriptors);
        List<EntityMention> all = new ArrayList<>(layer);
        for (EntityMention d : descriptors) {
            boolean clash = false;
            for (EntityMention m : all) {
                if (m.kind() != MentionKind.NAME && m.kind() != MentionKind.VALUE && m.start() < d.end() && d.start() < m.end()) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                all.add(d);
            }
        }
        all.sort(Comparator.comparingInt(EntityMention::start).thenComparing(m -> -m.end()));
        return all;
    }

    /**
     * "Ann Lee, a special adviser to the Secretary-General, said": an office named in the
     * apposition after a person's name is that person's title ("Ann Lee, a retired teacher,"
     * names no office and gives none).
     */
    private List<EntityMention> appositiveOffices(Sentence s, List<EntityMention> layer, List<Gazetteer.Match> titles) {
        List<EntityMention> out = new ArrayList<>(layer);
        for (int k = 0; k < out.size(); k++) {
            EntityMention m = out.get(k);
            int c = m.tokens().end();
            if (m.type() != EntityType.PERSON || m.kind() != MentionKind.NAME || m.attribute("title") != null
                    || c + 2 >= s.size() || !s.token(c).text().equals(",")
                    || !Set.of("a", "an", "the").contains(s.token(c + 1).lower())) {
                continue;
            }
            int end = c + 2;
            while (end < s.size() && end < c + 12 && !s.token(end).text().equals(",") && !s.token(end).isVerbLike()) {
                end++;
            }
            if (end >= s.size() || !s.token(end).text().equals(",")) {
                continue; // not a closed apposition
            }
            for (Gazetteer.Match t : titles) {
                if (t.start() >= c + 2 && t.end() <= end && !gazetteer.isHonorific(s, t)) {
                    out.set(k, m.withAttributes(Map.of("title", t.first().canonical())));
                    break;
                }
            }
        }
        return out;
    }

    private record Candidate(EntityMention mention, int priority) {
    }

    /**
     * An all-caps line (a headline or dateline: "UN AGENCY SENDS AID TO FLOOD VICTIMS") is read
     * with its words re-cased: function words lower-cased, words the gazetteer knows in capitals
     * ("UN", "NATO") kept, the rest capitalised. Offsets are unchanged; mentions still quote the
     * original text.
     */
    private Sentence caseInsensitiveReading(Sentence s) {
        int letters = 0;
        for (Token t : s.tokens()) {
            String w = t.text();
            boolean hasLetter = false;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLowerCase(c)) {
                    return s;
                }
                hasLetter |= Character.isLetter(c);
            }
            if (hasLetter) {
                letters++;
            }
        }
        if (letters < 3) {
            return s;
        }
        List<Token> recased = new ArrayList<>(s.size());
        for (Token t : s.tokens()) {
            String w = t.text();
            String lower = lower(w);
            String text;
            if (!Character.isLetter(w.charAt(0)) || gazetteer.isName(w)) {
                text = w;
            } else if (headlineLowerWords.contains(lower) && t.index() > 0) {
                text = lower;
            } else {
                text = w.charAt(0) + lower.substring(1);
            }
            recased.add(new Token(t.index(), text, t.start(), t.end(), t.pos(), t.lemma()));
        }
        return new Sentence(s.index(), s.start(), s.end(), recased, s.syntax());
    }

    /**
     * "Tata Sons", "Etihad Rail": an organization the model found that strictly contains a
     * gazetteer organization's words (a company and its unit or legal form) outranks it, unless
     * the extra words are a title ("EU Commissioner").
     */
    private static void widerModelOrganizations(List<Candidate> cands, boolean[] titleToken) {
        for (int c = 0; c < cands.size(); c++) {
            EntityMention m = cands.get(c).mention;
            if (!"model".equals(m.source()) || m.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Candidate g : cands) {
                EntityMention gm = g.mention;
                if ("gazetteer".equals(gm.source()) && gm.type() == EntityType.ORGANIZATION && gm.tokens().start() == m.tokens().start()
                        && gm.tokens().end() < m.tokens().end() && !anyTitle(titleToken, gm.tokens().end(), m.tokens().end())) {
                    cands.set(c, new Candidate(m, g.priority + 1));
                    break;
                }
            }
        }
    }

    private static List<EntityMention> resolveOverlaps(List<Candidate> cands) {
        List<Candidate> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.comparingInt((Candidate c) -> -c.priority)
                .thenComparingInt(c -> -(c.mention.end() - c.mention.start())));
        List<EntityMention> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            EntityMention m = c.mention;
            boolean overlap = false;
            for (EntityMention k : kept) {
                if (k.tokens().overlaps(m.tokens())) {
                    overlap = true;
                    break;
                }
            }
            if (!overlap) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean anyTitle(boolean[] titleToken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (titleToken[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsTitleStart(Gazetteer.Match m, List<Gazetteer.Match> titles) {
        for (Gazetteer.Match t : titles) {
            if (t.start() <= m.start() && m.end() <= t.end()) {
                return true; // "Foreign" inside "Foreign Minister" is not an entity
            }
        }
        return false;
    }

    /** A capitalised proper noun that is no title, function word or gazetteer name. */
    private boolean nameLike(Sentence s, int i, boolean[] titleToken, Map<Integer, Gazetteer.Match> nameAt) {
        Token t = s.token(i);
        if (!t.isCapitalized() || !t.isProperNoun() || t.isPunct() || titleToken[i] || functionCaps.contains(t.text())
                || gazetteer.isOrganizationHead(t.text(), false) || t.text().length() < 2) {
            return false;
        }
        for (Gazetteer.Match g : nameAt.values()) {
            if (g.start() <= i && i < g.end()) {
                return false;
            }
        }
        return true;
    }

    private boolean plausibleName(Sentence s, int start, int end, boolean[] titleToken) {
        for (int i = start; i < end; i++) {
            if (titleToken[i] && i == start) {
                return false;
            }
        }
        Token first = s.token(start);
        Token last = s.token(end - 1);
        if (!first.isCapitalized() && !Character.isDigit(first.text().charAt(0))) {
            return false;
        }
        if (last.isPunct() && !last.text().equals(".")) {
            return false;
        }
        if (end - start == 1 && (functionCaps.contains(first.text()) || pronouns.contains(first.lower()))) {
            return false;
        }
        return true;
    }

    // ---- one referent per document: later mentions of a known person's name parts -------

    private void rememberPersons(Sentence s, List<EntityMention> layer) {
        Map<String, Boolean> parts = personParts.get();
        if (parts.size() > 5000) {
            parts.clear(); // a very long "document" (no -DOCSTART-): keep memory bounded
        }
        for (EntityMention m : layer) {
            if (m.kind() != MentionKind.NAME || m.type() != EntityType.PERSON) {
                continue;
            }
            boolean sure = m.tokens().length() >= 2 || "rule".equals(m.source());
            if (!sure) {
                continue;
            }
            for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                Token t = s.token(i);
                if (t.isCapitalized() && t.text().length() > 1 && !t.isPunct() && !nameParticles.contains(t.lower())
                        && !functionCaps.contains(t.text())) {
                    parts.put(t.text(), Boolean.TRUE);
                }
            }
        }
    }

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Za-z&]*[A-Z]s?|[A-Z]{2,}");

    /**
     * "the Pakistan Peoples Party (PPP)": the acronym in parentheses after an organization or
     * location name gets that name's type, here and in the rest of the document; known
     * acronyms are tagged wherever they occur.
     */
    private List<EntityMention> acronymsAfterNames(AnalyzedText doc, Sentence s, List<EntityMention> layer) {
        Map<String, EntityType> known = acronyms.get();
        boolean[] taken = new boolean[s.size()];
        for (EntityMention m : layer) {
            for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                taken[i] = true;
            }
        }
        List<EntityMention> out = new ArrayList<>(layer);
        definedByInitials(doc, s, out, known);
        for (EntityMention m : out) {
            int e = m.tokens().end();
            if (m.kind() == MentionKind.NAME && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION)
                    && m.tokens().length() >= 2 && e + 2 < s.size() && s.token(e).text().equals("(")
                    && s.token(e + 2).text().equals(")") && ACRONYM.matcher(s.token(e + 1).text()).matches()) {
                known.put(s.token(e + 1).text(), m.type());
            }
        }
        if (known.isEmpty()) {
            return out;
        }
        java.util.Arrays.fill(taken, false);
        for (EntityMention m : out) {
            for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                taken[i] = true;
            }
        }
        for (int i = 0; i < s.size(); i++) {
            EntityType t = known.get(s.token(i).text());
            if (t != null && !taken[i]) {
                out.add(mention(doc, s, i, i + 1, t, MentionKind.NAME, null, null, "memory", Map.of()));
            } else if (t != null) {
                // a model guess of another type on a known acronym gives way
                for (int k = 0; k < out.size(); k++) {
                    EntityMention m = out.get(k);
                    if (m.tokens().start() == i && m.tokens().end() == i + 1 && m.kind() == MentionKind.NAME && m.type() != t
                            && m.type().isNamed() && "model".equals(m.source())) {
                        out.set(k, mention(doc, s, i, i + 1, t, MentionKind.NAME, null, null, "memory", Map.of()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * "the Emirates Health Services (EHS)": an acronym in parentheses whose letters are the
     * initials of the capitalised words just before it names those words as one organization
     * (a location when a location name covers exactly those words); mentions inside that run
     * give way. The acronym is remembered for the rest of the document.
     */
    private void definedByInitials(AnalyzedText doc, Sentence s, List<EntityMention> out, Map<String, EntityType> known) {
        for (int p = 1; p + 2 < s.size(); p++) {
            if (!s.token(p).text().equals("(") || !s.token(p + 2).text().equals(")")) {
                continue;
            }
            String acr = s.token(p + 1).text();
            if (!ACRONYM.matcher(acr).matches() || known.containsKey(acr)) {
                continue;
            }
            String letters = acr.replaceAll("[^A-Za-z]", "");
            if (letters.length() > 2 && letters.endsWith("s")) {
                letters = letters.substring(0, letters.length() - 1);
            }
            letters = letters.toUpperCase(Locale.ROOT);
            if (letters.length() < 2) {
                continue;
            }
            // walk back over capitalised words (and joiners inside the name) collecting initials
            StringBuilder initials = new StringBuilder();
            int start = -1;
            int k = p - 1;
            while (k >= 0 && p - k <= 12) {
                Token t = s.token(k);
                if (t.isCapitalized() && !t.isPunct() && Character.isLetter(t.text().charAt(0))) {
                    initials.insert(0, Character.toUpperCase(t.text().charAt(0)));
                    String ini = initials.toString();
                    if (ini.equals(letters)) {
                        start = k;
                        break;
                    }
                    if (!letters.endsWith(ini)) {
                        break;
                    }
                } else if (!(nameJoiners.contains(t.lower()) || gluedHyphen(s, k)) || k == p - 1) {
                    break;
                }
                k--;
            }
            if (start < 0 || gazetteer.isNonOrganizationHead(s.token(p - 1).text())) {
                continue;
            }
            boolean keep = false;
            for (EntityMention m : out) {
                if (m.tokens().start() < p && start < m.tokens().end()
                        && (m.tokens().start() <= start && m.tokens().end() >= p
                        && (!"model".equals(m.source()) || m.type() == EntityType.LOCATION)
                        || m.tokens().start() < start || m.tokens().end() > p)) {
                    keep = true; // a gazetteer or rule name covers these words, or a longer name holds them
                }
            }
            if (keep) {
                continue;
            }
            final int a = start;
            final int acrAt = p + 1;
            out.removeIf(m -> m.kind() == MentionKind.NAME && (m.tokens().start() >= a && m.tokens().end() <= acrAt - 1
                    || m.tokens().start() == acrAt && "model".equals(m.source())));
            out.add(mention(doc, s, a, p, EntityType.ORGANIZATION, MentionKind.NAME, null, null, "rule", Map.of()));
            known.put(acr, EntityType.ORGANIZATION);
        }
    }

    /** Runs of known person name parts become PERSON candidates unless the model already found a person there. */
    private void knownPersons(AnalyzedText doc, Sentence s, List<Candidate> cands, boolean[] titleToken) {
        Map<String, Boolean> parts = personParts.get();
        if (parts.isEmpty()) {
            return;
        }
        for (int i = 0; i < s.size(); i++) {
            if (!parts.containsKey(s.token(i).text()) || titleToken[i]) {
                continue;
            }
            int e = i;
            while (e < s.size() && parts.containsKey(s.token(e).text()) && !titleToken[e]) {
                e++;
            }
            TokenSpan span = new TokenSpan(i, e);
            boolean personThere = false;
            for (Candidate c : cands) {
                if (c.mention.type() == EntityType.PERSON && c.mention.kind() == MentionKind.NAME && c.mention.tokens().overlaps(span)) {
                    personThere = true;
                    break;
                }
            }
            if (!personThere) {
                cands.add(new Candidate(mention(doc, s, i, e, EntityType.PERSON, MentionKind.NAME, null, null, "memory", Map.of()), 25));
            }
            i = e - 1;
        }
    }

    // ---- title + name ------------------------------------------------------------------

    private static final java.util.regex.Pattern CLOCK_OR_COUNT = java.util.regex.Pattern.compile("\\d{1,2}(?:[:.]\\d{2})?");

    private void titlePersons(AnalyzedText doc, Sentence s, List<Gazetteer.Match> titles, Map<Integer, Gazetteer.Match> nameAt,
                              List<Candidate> cands, List<EntityMention> descriptors) {
        int i = 0;
        while (i < titles.size()) {
            Gazetteer.Match t = titles.get(i);
            if (t.start() > 0 && CLOCK_OR_COUNT.matcher(s.token(t.start() - 1).text()).matches()) {
                i++; // "5:14 PM", "3 Ministers": after a clock time or a small count the word is no office
                continue;
            }
            int chainStart = t.start();
            int titleEnd = t.end();
            int j = i;
            // chain titles joined by "-", ",", "and": "Deputy Prime Minister - Minister of Foreign Affairs"
            while (j + 1 < titles.size()) {
                Gazetteer.Match next = titles.get(j + 1);
                int gap = next.start() - titleEnd;
                if (gap == 0 || (gap == 1 && isJoiner(s.token(titleEnd).text()))) {
                    titleEnd = next.end();
                    j++;
                } else {
                    break;
                }
            }
            titleEnd = portfolioList(s, titleEnd);
            String country = null;
            int end = titleEnd;
            // "of (the) Republic of Kazakhstan", "of Mongolia", "of the Ministry of ..."
            if (end + 1 < s.size() && s.token(end).text().equals("of")) {
                int k = end + 1;
                if (k < s.size() && s.token(k).lower().equals("the")) {
                    k++;
                }
                Gazetteer.Match g = nameAt.get(k);
                if (g != null && g.first().type() != null) {
                    country = g.first().code();
                    end = g.end();
                } else if (k < s.size() && s.token(k).isCapitalized() && !functionCaps.contains(s.token(k).text())) {
                    int e = k;
                    while (e < s.size() && (s.token(e).isCapitalized() || (e > k && s.token(e).text().equals("of")
                            && e + 1 < s.size() && s.token(e + 1).isCapitalized()))) {
                        e++;
                    }
                    end = portfolioList(s, e);
                }
            }
            // an envoy's posting: "Ambassador of X to Y", "High Commissioner of X to Y"
            if (country != null && end + 1 < s.size() && s.token(end).lower().equals("to")) {
                int k = end + 1;
                if (k < s.size() && s.token(k).lower().equals("the")) {
                    k++;
                }
                Gazetteer.Match posting = nameAt.get(k);
                if (posting != null && posting.first().kind() == Kind.COUNTRY) {
                    end = posting.end();
                }
            }
            // a demonym or country just before the title: "Kazakh Foreign Minister", "Mongolia's President"
            int descStart = chainStart;
            if (chainStart > 0) {
                int p = chainStart - 1;
                if (s.token(p).isPossessive() && p > 0) {
                    p--;
                }
                for (Gazetteer.Match g : nameAt.values()) {
                    if (g.end() == p + 1 || (g.end() == chainStart && g.end() == p + 1)) {
                        if (g.first().code() != null && (g.first().kind() == Kind.DEMONYM || g.first().kind() == Kind.COUNTRY)) {
                            country = country == null ? g.first().code() : country;
                            descStart = g.start();
                        }
                    }
                }
            }
            Map<String, String> attrs = new HashMap<>();
            attrs.put("title", doc.slice(s.token(chainStart).start(), s.token(titleEnd - 1).end()));
            if (country != null) {
                attrs.put("country", country);
            }
            int nameStart = end;
            if (nameStart < s.size() && s.token(nameStart).text().equals(",")) {
                nameStart++; // apposition: "the Minister of Foreign Affairs of Mongolia, Batmunkh Battsetseg"
                for (Gazetteer.Match h : titles) {
                    if (h.start() == nameStart) {
                        // "President of X, His Excellency Ann Lee": the office is Ann Lee's; after another
                        // office ("President of X, Prime Minister Ann Lee") the name is someone else's
                        nameStart = gazetteer.isHonorific(s, h) ? h.end() : -1;
                        break;
                    }
                }
            }
            int nameEnd = nameStart < 0 ? (nameStart = end) : nameRun(s, nameStart, nameAt);
            boolean titleCapitalized = s.token(chainStart).isCapitalized();
            // "the premier of Moldova, Dorin Popa": a lower-case office in apposition still names the person
            boolean definiteApposition = nameStart > end && descStart > 0 && s.token(descStart - 1).lower().equals("the");
            if (nameEnd > nameStart && (titleCapitalized || definiteApposition)) {
                cands.add(new Candidate(mention(doc, s, nameStart, nameEnd, EntityType.PERSON, MentionKind.NAME, null, null, "rule", attrs), 40));
            } else if (nameEnd == nameStart) {
                int dStart = descStart;
                int mod = descStart;
                while (mod > 1 && gazetteer.isDescriptionModifier(s.token(mod - 1).lower())) {
                    mod--; // "the visiting minister", "the outgoing Kenyan president"
                }
                if (mod < descStart && s.token(mod - 1).lower().equals("the")) {
                    dStart = mod - 1;
                } else if (dStart > 0 && s.token(dStart - 1).lower().equals("the")) {
                    dStart--;
                }
                boolean definite = dStart < chainStart && (s.token(dStart).lower().equals("the") || country != null);
                if (definite || titleCapitalized) {
                    descriptors.add(mention(doc, s, dStart, end, EntityType.PERSON, MentionKind.NOMINAL, null, country, "rule", attrs));
                }
            }
            i = j + 1;
        }
    }

    /**
     * True if token {@code i} is a hyphen written without spaces between two capitalised
     * words ("Kassym-Jomart", "Al-Sabah"), which the tokenizer split apart.
     */
    static boolean gluedHyphen(Sentence s, int i) {
        if (i <= 0 || i + 1 >= s.size()) {
            return false;
        }
        Token h = s.token(i);
        if (!isHyphen(h.text())) {
            return false;
        }
        Token prev = s.token(i - 1);
        Token next = s.token(i + 1);
        return prev.end() == h.start() && h.end() == next.start() && Character.isLetter(next.text().charAt(0))
                && Character.isLetter(prev.text().charAt(0)) && (next.isCapitalized() || prev.isCapitalized());
    }

    /** Widens name mentions over glued hyphens to the capitalised parts around them. */
    private static EntityMention joinHyphenated(AnalyzedText doc, Sentence s, EntityMention m) {
        int a = m.tokens().start();
        int b = m.tokens().end();
        while (a >= 2 && gluedHyphen(s, a - 1)) {
            a -= 2;
        }
        while (b + 1 < s.size() && gluedHyphen(s, b)) {
            b += 2;
        }
        if (a == m.tokens().start() && b == m.tokens().end()) {
            return m;
        }
        return mention(doc, s, a, b, m.type(), m.kind(), m.key(), m.code(), m.source(), m.attributes());
    }

    /**
     * A name never ends in the possessive clitic: the model, which saw few curly apostrophes in
     * training, takes "Kovacs’s" or "States’" whole; the name is the part before it. A
     * candidate that is only the clitic is dropped.
     */
    private static void dropPossessiveEnds(AnalyzedText doc, Sentence s, List<Candidate> cands) {
        for (int c = cands.size() - 1; c >= 0; c--) {
            EntityMention m = cands.get(c).mention;
            if (m.kind() != MentionKind.NAME) {
                continue;
            }
            int b = m.tokens().end();
            while (b > m.tokens().start() && isPossessiveEnd(s.token(b - 1).text())) {
                b--;
            }
            if (b == m.tokens().end()) {
                continue;
            }
            if (b == m.tokens().start()) {
                cands.remove(c);
            } else {
                cands.set(c, new Candidate(mention(doc, s, m.tokens().start(), b, m.type(), m.kind(), m.key(), m.code(), m.source(),
                        m.attributes()), cands.get(c).priority));
            }
        }
    }

    /** "'s", "’s" and the bare apostrophe of a plural possessive ("States’"). */
    static boolean isPossessiveEnd(String w) {
        return w.equals("'") || w.equals("\u2019") || Token.isPossessive(w);
    }

    private static boolean isHyphen(String w) {
        return w.equals("-") || w.equals("\u2010") || w.equals("\u2011");
    }

    /**
     * Extends a title over the rest of its portfolio list: "Minister of Development[, Industry
     * and Trade]", "Cabinet Secretary for Investments[, Trade and Industry]". Only portfolio
     * words from the title gazetteer count, and only a list closed by "and" is taken, so an
     * apposition ("Minister of Trade, Amina Mwangi") is left alone.
     */
    private int portfolioList(Sentence s, int titleEnd) {
        if (titleEnd >= s.size() || titleEnd == 0) {
            return titleEnd;
        }
        int k = titleEnd;
        while (k + 1 < s.size()) {
            String sep = s.token(k).lower();
            boolean comma = sep.equals(",");
            boolean and = sep.equals("and") || sep.equals("&");
            if (!comma && !and) {
                return titleEnd;
            }
            int j = k + 1;
            if (comma && j < s.size() && s.token(j).lower().equals("and")) {
                and = true;
                j++;
            }
            int segStart = j;
            while (j < s.size() && s.token(j).isCapitalized() && gazetteer.isPortfolioWord(s.token(j).lower())) {
                j++;
            }
            if (j == segStart) {
                return titleEnd;
            }
            if (and) {
                return j; // the list is closed
            }
            k = j;
        }
        return titleEnd;
    }

    private static boolean isJoiner(String w) {
        return w.equals("-") || w.equals("–") || w.equals("—") || w.equals(",") || w.equals("and") || w.equals("&");
    }

    /** End of a run of capitalised name tokens starting at {@code start} (start itself if none). */
    private int nameRun(Sentence s, int start, Map<Integer, Gazetteer.Match> nameAt) {
        int e = start;
        while (e < s.size() && e - start < 6) {
            Token t = s.token(e);
            if (e > start && gluedHyphen(s, e)) {
                e += 2; // "Kassym - Jomart" written "Kassym-Jomart"
                continue;
            }
            boolean cap = t.isCapitalized() && !t.isPunct() && !functionCaps.contains(t.text());
            boolean particle = e > start && nameParticles.contains(t.lower()) && e + 1 < s.size() && s.token(e + 1).isCapitalized();
            if (!(cap || particle)) {
                break;
            }
            Gazetteer.Match g = nameAt.get(e);
            if (g != null && e == start && g.first().kind() != Kind.DEMONYM && g.end() - g.start() > 1) {
                break; // "President of the United States" is not a name
            }
            if (g != null && e == start && g.first().type() != null && !t.isProperNoun()) {
                break;
            }
            e++;
        }
        return e;
    }

    // ---- organizations -----------------------------------------------------------------

    /**
     * Names built around a head word of {@code gazetteers/organization-heads.tsv}: "Otandastar
     * Foundation" (capitalised words before a head), "Ministry of Health" (an "of" head and the
     * capitalised words after it), and both at once when the name goes on with "of", "for" or
     * "on" ("National Council for the Welfare of Elders", "Standing Committee on Public
     * Accounts"). A demonym or country at the front of such a long name is left out ("the Kenyan
     * Ministry of Health" names the ministry), and "on" followed by a date word is no part of a
     * name ("the Commission on Monday").
     */
    private void orgPatterns(AnalyzedText doc, Sentence s, List<Candidate> cands) {
        for (int i = 0; i < s.size(); i++) {
            String head = s.token(i).text();
            boolean ofHead = gazetteer.isOrganizationHead(head, true);
            boolean nameHead = gazetteer.isOrganizationHead(head, false);
            if (!ofHead && !nameHead) {
                continue;
            }
            int start = i;
            if (nameHead && i > 0) {
                int b = i - 1;
                while (b >= 0 && s.token(b).isCapitalized() && !s.token(b).isPunct() && !functionCaps.contains(s.token(b).text())) {
                    b--;
                }
                start = b + 1;
                if (start == 0 && i == 1 && s.token(0).isCapitalized() && !s.token(0).isProperNoun()) {
                    start = i; // a sentence-initial common word before the head
                }
            }
            int end = i + 1;
            if (i + 2 < s.size()) {
                String link = s.token(i + 1).text();
                boolean dated = link.equals("on") && dateWords.contains(s.token(i + 2).lower());
                if ((link.equals("of") && ofHead || link.equals("for") || link.equals("on")) && !dated) {
                    int e = i + 2;
                    while (e < s.size()) {
                        Token w = s.token(e);
                        if (w.isCapitalized() && !w.isPunct()) {
                            end = e + 1;
                        } else if (!(w.text().equals("of") || w.text().equals("and") || w.text().equals("the") || w.text().equals("for")
                                || w.text().equals("&")) || w.text().equals("and") && e + 1 < s.size() && s.token(e + 1).text().equals("the")) {
                            break; // "and the" starts another name: "the Central Bank of X and the Y Hotel"
                        }
                        e++;
                    }
                }
            }
            if (end > i + 1) {
                while (start < i && gazetteer.isName(s.token(start).text())) {
                    start++;
                }
                cands.add(new Candidate(mention(doc, s, start, end, EntityType.ORGANIZATION, MentionKind.NAME, null, null, "rule",
                        Map.of()), 35));
            } else if (start < i) {
                cands.add(new Candidate(mention(doc, s, start, i + 1, EntityType.ORGANIZATION, MentionKind.NAME, null, null, "rule",
                        Map.of()), 33));
            }
        }
    }

    // ---- descriptions ------------------------------------------------------------------

    private void demonymPhrases(AnalyzedText doc, Sentence s, List<Gazetteer.Match> names, List<EntityMention> layer,
                                List<EntityMention> out) {
        for (Gazetteer.Match m : names) {
            GazetteerEntry e = m.first();
            if (e.kind() != Kind.DEMONYM && e.kind() != Kind.COUNTRY) {
                continue;
            }
            if (e.kind() == Kind.COUNTRY && m.start() >= 2 && s.token(m.start() - 1).lower().equals("of")
                    && sideNouns.contains(s.token(m.start() - 2).text()) && !s.token(m.start() - 2).lower().startsWith("counterpart")) {
                // "the government of Japan", "the people of Zimbabwe": the country acting (written in lower case)
                int start = m.start() - 2;
                if (start > 0 && s.token(start - 1).lower().equals("the")) {
                    start--;
                }
                out.add(mention(doc, s, start, m.end(), EntityType.LOCATION, MentionKind.NOMINAL, e.canonical(), e.code(), "rule",
                        Map.of("gaz", "country")));
            } else if (m.end() < s.size() && sideNouns.contains(s.token(m.end()).lower())) {
                int start = m.start();
                if (start > 0 && s.token(start - 1).lower().equals("the")) {
                    start--;
                }
                out.add(mention(doc, s, start, m.end() + 1, EntityType.LOCATION, MentionKind.NOMINAL, e.canonical(), e.code(), "rule",
                        Map.of("gaz", "country")));
            } else if (m.start() > 0 && s.token(m.start() - 1).lower().equals("the") && gazetteer.capitalNounAt(s, m.end()) > 0) {
                // "arrived in the Kenyan capital": the place, named like a name so it never acts as a party
                int end = m.end() + gazetteer.capitalNounAt(s, m.end());
                Token next = end < s.size() ? s.token(end) : null;
                if (next == null || !(next.pos().equals("NOUN") || next.pos().equals("PROPN") || next.lower().equals("of")
                        || next.isCapitalized() && !next.isPunct())) {
                    out.add(mention(doc, s, m.start() - 1, end, EntityType.LOCATION, MentionKind.NAME, e.canonical(), e.code(), "rule",
                            Map.of("gaz", "city")));
                }
            } else if (e.kind() == Kind.DEMONYM && m.end() + 1 < s.size() && s.token(m.end()).text().equals("-")) {
                // "Polish-Greek trade", "Chilean-Peruvian relations", "the Jordanian-Iraqi-Egyptian trilateral
                // summit": the demonyms of a hyphenated chain before a noun of relations between them (after at
                // most a few modifiers) stand for their countries (not "a Canadian-Singaporean firm")
                if (m.start() > 0 && s.token(m.start() - 1).text().equals("-")) {
                    continue; // the chain is read from its first demonym
                }
                List<Gazetteer.Match> chain = new ArrayList<>(List.of(m));
                boolean grown = true;
                while (grown) {
                    grown = false;
                    Gazetteer.Match last = chain.get(chain.size() - 1);
                    for (Gazetteer.Match n : names) {
                        if (last.end() + 1 < s.size() && s.token(last.end()).text().equals("-") && n.start() == last.end() + 1
                                && n.first().kind() == Kind.DEMONYM) {
                            chain.add(n);
                            grown = true;
                            break;
                        }
                    }
                }
                int j = chain.get(chain.size() - 1).end();
                for (int skipped = 0; chain.size() > 1 && j < s.size() && skipped < 4 && !relationNouns.contains(s.token(j).lower())
                        && (s.token(j).text().equals("-") || s.token(j).pos().equals("ADJ") || s.token(j).pos().equals("NUM")
                        || s.token(j).pos().equals("NOUN") || s.token(j).isCapitalized() && !s.token(j).isPunct()); skipped++) {
                    j++; // "trilateral", "Joint", "High-Level"
                }
                if (chain.size() > 1 && j < s.size() && relationNouns.contains(s.token(j).lower())) {
                    for (Gazetteer.Match n : chain) {
                        out.add(mention(doc, s, n.start(), n.end(), EntityType.LOCATION, MentionKind.NOMINAL, n.first().canonical(),
                                n.first().code(), "rule", Map.of("gaz", "country")));
                    }
                }
            } else if (e.kind() == Kind.DEMONYM && m.end() + 1 < s.size()
                    && (s.token(m.end()).lower().equals("and") || s.token(m.end()).text().equals(","))) {
                // "Nigerian and Moroccan officials": the first demonym shares the noun of the second
                for (Gazetteer.Match n : names) {
                    if (n.start() == m.end() + 1 && n.first().kind() == Kind.DEMONYM && n.end() < s.size()
                            && sideNouns.contains(s.token(n.end()).lower())) {
                        out.add(mention(doc, s, m.start(), m.end(), EntityType.LOCATION, MentionKind.NOMINAL, e.canonical(), e.code(),
                                "rule", Map.of("gaz", "country")));
                    }
                }
            }
        }
        for (int i = 0; i + 1 < s.size(); i++) {
            String a = s.token(i).lower();
            String b = s.token(i + 1).lower();
            if ((a.equals("both") || a.equals("two")) && pairNouns.contains(b)) {
                int start = i > 0 && s.token(i - 1).lower().equals("the") ? i - 1 : i;
                out.add(mention(doc, s, start, i + 2, EntityType.LOCATION, MentionKind.NOMINAL, "#pair", null, "rule",
                        Map.of("pair", b)));
            } else if (a.equals("the") && definitePairNouns.contains(b)
                    && (i + 2 >= s.size() || !s.token(i + 2).text().equals("of"))) {
                out.add(mention(doc, s, i, i + 2, EntityType.LOCATION, MentionKind.NOMINAL, "#pair", null, "rule", Map.of("pair", b)));
            }
        }
    }

    private void pronouns(AnalyzedText doc, Sentence s, List<EntityMention> out) {
        for (Token t : s.tokens()) {
            if (pronouns.contains(t.lower())) {
                String gender = t.lower().startsWith("h") && !t.lower().startsWith("her") ? "m" : "f";
                out.add(mention(doc, s, t.index(), t.index() + 1, EntityType.PERSON, MentionKind.PRONOUN, null, null, "rule",
                        Map.of("gender", gender)));
            }
        }
    }

    /** "members of the State Great Khural", "prominent Kazakh figures in Mongolia", "the local Kazakh community". */
    private void groups(AnalyzedText doc, Sentence s, List<EntityMention> layer, List<Gazetteer.Match> names, List<EntityMention> out) {
        for (int i = 0; i < s.size(); i++) {
            Token head = s.token(i);
            if (!gazetteer.isGroupNoun(head.lower()) || !("NOUN".equals(head.pos()) || "PROPN".equals(head.pos())
                    || "VERB".equals(head.pos()) && head.lower().endsWith("s"))) { // the tagger calls "executives" a verb
                continue;
            }
            int start = i;
            while (start > 0) {
                Token p = s.token(start - 1);
                boolean mod = "ADJ".equals(p.pos()) || "NOUN".equals(p.pos()) || "PROPN".equals(p.pos()) || "NUM".equals(p.pos())
                        || p.lower().equals("the") || p.lower().equals("a");
                if (!mod || p.isPunct()) {
                    break;
                }
                start--;
                if (p.lower().equals("the") || p.lower().equals("a")) {
                    break;
                }
            }
            int end = i + 1;
            // "members of the State Great Khural", "figures in Mongolia", "community in Mongolia"
            if (end + 1 < s.size() && (s.token(end).text().equals("of") || s.token(end).text().equals("in")
                    || s.token(end).text().equals("from"))) {
                EntityMention inner = startingNear(layer, s.index(), end + 1);
                if (inner != null && (inner.type() == EntityType.ORGANIZATION || inner.type() == EntityType.LOCATION)) {
                    end = inner.tokens().end();
                }
            }
            String code = null;
            for (Gazetteer.Match m : names) {
                if (m.start() >= start && m.end() <= end && m.first().code() != null) {
                    code = m.first().code();
                    break;
                }
            }
            Map<String, String> attrs = new HashMap<>();
            attrs.put("head", head.lower());
            if (code != null) {
                attrs.put("country", code);
            }
            out.add(mention(doc, s, start, end, EntityType.ORGANIZATION, MentionKind.GROUP, null, code, "rule", attrs));
            i = end - 1;
        }
    }

    private static EntityMention startingNear(List<EntityMention> layer, int sentence, int token) {
        for (EntityMention m : layer) {
            if (m.sentence() == sentence && (m.tokens().start() == token || m.tokens().start() == token + 1)) {
                return m;
            }
        }
        return null;
    }

    static EntityMention mention(AnalyzedText doc, Sentence s, int startToken, int endToken, EntityType type, MentionKind kind,
                                 String key, String code, String source, Map<String, String> attrs) {
        int cs = s.token(startToken).start();
        int ce = s.token(endToken - 1).end();
        return new EntityMention(s.index(), new TokenSpan(startToken, endToken), cs, ce, doc.slice(cs, ce), type, kind, key, code,
                source, attrs);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
