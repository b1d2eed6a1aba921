package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.entity.GazetteerEntry.Kind;
import dev.eventex.internal.ModelSource;
import dev.eventex.text.Sentence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All phrase knowledge from {@code models/gazetteers/}: countries (ISO codes, aliases,
 * demonyms), cities, regions (continents, seas), international organizations, government bodies, person titles and
 * group nouns. Loaded and validated once (errors carry file:line), compiled to tries;
 * immutable and thread-safe afterwards. A models directory adds to, replaces or removes
 * lines of the packaged files ({@link ModelSource#lines}).
 */
public final class Gazetteer {

    public static final String COUNTRIES = "gazetteers/countries.tsv";
    public static final String CITIES = "gazetteers/cities.tsv";
    public static final String REGIONS = "gazetteers/regions.tsv";
    /** States, provinces and other first-level divisions of countries: regions with their country's code. */
    public static final String SUBDIVISIONS = "gazetteers/subdivisions.tsv";
    public static final String ORGANIZATIONS = "gazetteers/organizations.tsv";
    /** Well-known companies, media, parties, unions, universities, clubs and armed groups, by kind. */
    public static final String KNOWN_ORGANIZATIONS = "gazetteers/known-organizations.tsv";
    /**
     * Organization names mined from unlabeled text by {@code train-orgs} (generated; see models/README.md).
     * Last of {@link #ORGANIZATION_FILES}, so a hand-written entry of the same name comes first.
     */
    public static final String MINED_ORGANIZATIONS = "gazetteers/organizations-mined.tsv";
    /**
     * Every file in the format of {@link #ORGANIZATIONS} ({@code name	aliases	kind}), loaded in this
     * order; a further organization file is one more entry here.
     */
    public static final List<String> ORGANIZATION_FILES = List.of(ORGANIZATIONS, KNOWN_ORGANIZATIONS, MINED_ORGANIZATIONS);
    /** Written after the kind ("club|ambiguous"): the name is also a word or place and is taken only with support. */
    private static final String AMBIGUOUS_FLAG = "|ambiguous";
    /** Organization names that are also words, surnames or places: taken only with support. */
    public static final String AMBIGUOUS_ORGANIZATIONS = "gazetteers/ambiguous-organization-names.txt";
    /** Words next to a name that show it is used as an organization. */
    public static final String ORGANIZATION_CUES = "gazetteers/organization-cues.tsv";
    /** Contexts that make any capitalised name next to them an organization ({@link OrganizationEvidence}). */
    public static final String ORGANIZATION_EVIDENCE = "gazetteers/organization-evidence.tsv";
    public static final String BODIES = "gazetteers/government-bodies.tsv";
    public static final String TITLES = "gazetteers/titles.txt";
    public static final String GROUPS = "gazetteers/group-nouns.txt";
    public static final String HONORIFICS = "gazetteers/honorifics.txt";
    public static final String ORG_HEADS = "gazetteers/organization-heads.tsv";
    public static final String GENERIC_OFFICES = "gazetteers/generic-offices.txt";
    public static final String NOT_ORG_HEADS = "gazetteers/non-organization-heads.txt";
    public static final String NOT_ORG_ACRONYMS = "gazetteers/non-organization-acronyms.txt";
    public static final String NOT_ORG_NAMES = "gazetteers/non-organization-names.txt";
    /** Capitalised words that alone name no place ("the Kingdom", "Latin American"). */
    public static final String NOT_PLACE_NAMES = "gazetteers/non-place-names.txt";
    public static final String PLACE_HEADS = "gazetteers/place-heads.txt";
    public static final String NAMED_THING_HEADS = "gazetteers/named-thing-heads.txt";
    public static final String COUNTRY_CODES = "gazetteers/country-codes.tsv";
    public static final String CAPITAL_NOUNS = "gazetteers/capital-nouns.txt";
    public static final String TITLE_SYNONYMS = "gazetteers/title-synonyms.tsv";
    public static final String DESCRIPTION_MODIFIERS = "gazetteers/description-modifiers.txt";

    private final PhraseTrie names = new PhraseTrie();
    private final PhraseTrie titles = new PhraseTrie();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> countryCodes3 = new HashMap<>();
    private final Map<String, String> groupNouns = new HashMap<>();
    private final java.util.Set<String> honorifics = new java.util.HashSet<>();
    private final java.util.Set<String> portfolioWords = new java.util.HashSet<>();
    private final java.util.Set<String> orgNameHeads = new java.util.HashSet<>();
    private final java.util.Set<String> orgOfHeads = new java.util.HashSet<>();
    private final java.util.Set<String> genericOffices = new java.util.HashSet<>();
    private final java.util.Set<String> notOrgHeads = new java.util.HashSet<>();
    private final java.util.Set<String> notOrgAcronyms = new java.util.HashSet<>();
    private final java.util.Set<String> notOrgNames = new java.util.HashSet<>();
    private final java.util.Set<String> notPlaceNames = new java.util.HashSet<>();
    private final java.util.Set<String> namedThingHeads = new java.util.HashSet<>();
    private final java.util.Set<String> placeHeads = new java.util.HashSet<>();
    private final java.util.List<String[]> capitalNouns = new java.util.ArrayList<>();
    private final java.util.Set<String> ambiguousOrganizations = new java.util.HashSet<>();
    private final List<String[]> cuesAfter = new ArrayList<>();
    private final List<String[]> cuesBefore = new ArrayList<>();
    private final List<OrganizationEvidence> evidence = new ArrayList<>();

    /** Malformed lines found while loading, reported together at the end. */
    private final List<String> errors = new ArrayList<>();
    private final Map<String, String> titleSynonyms = new HashMap<>();
    private final java.util.Set<String> descriptionModifiers = new java.util.HashSet<>();

    private Gazetteer() {
    }

    /** Loads every gazetteer file from the source; throws one exception listing every malformed line. */
    public static Gazetteer load(ModelSource source) {
        Gazetteer g = new Gazetteer();
        g.loadAll(source);
        if (!g.errors.isEmpty()) {
            throw new GazetteerException(ModelSource.inFileOrder(g.errors));
        }
        return g;
    }

    private void loadAll(ModelSource source) {
        Gazetteer g = this;
        g.loadTable(source, COUNTRIES, 5, (cols, where) -> {
            String code = checkCode(cols[0], where);
            g.countryNames.put(code, cols[1]);
            GazetteerEntry e = new GazetteerEntry(Kind.COUNTRY, cols[1], code, EntityType.LOCATION);
            g.names.add(cols[1], e);
            addAll(g.names, cols[2], e);
            addAll(g.names, cols[3], e);
            GazetteerEntry d = new GazetteerEntry(Kind.DEMONYM, cols[1], code, null);
            addAll(g.names, cols[4], d);
        });
        g.loadTable(source, CITIES, 4, (cols, where) -> {
            String code = g.knownCode(cols[1], where);
            GazetteerEntry e = new GazetteerEntry(Kind.CITY, cols[0], code, EntityType.LOCATION);
            g.names.add(cols[0], e);
            addAll(g.names, cols[2], e);
            if (!cols[3].equals("yes") && !cols[3].equals("no")) {
                throw new GazetteerException(where + ": capital must be 'yes' or 'no', got '" + cols[3] + "'");
            }
        });
        g.loadTable(source, SUBDIVISIONS, 3, (cols, where) -> {
            GazetteerEntry e = new GazetteerEntry(Kind.REGION, cols[0], g.knownCode(cols[1], where), EntityType.LOCATION);
            g.names.add(cols[0], e);
            addAll(g.names, cols[2], e);
        });
        g.loadTable(source, REGIONS, 3, (cols, where) -> {
            GazetteerEntry e = new GazetteerEntry(Kind.REGION, cols[0], null, EntityType.LOCATION);
            g.names.add(cols[0], e);
            addAll(g.names, cols[1], e);
            addAll(g.names, cols[2], new GazetteerEntry(Kind.DEMONYM, cols[0], null, null));
        });
        for (String file : ORGANIZATION_FILES) {
            g.loadTable(source, file, 3, (cols, where) -> {
                GazetteerEntry e = new GazetteerEntry(Kind.ORGANIZATION, cols[0], null, EntityType.ORGANIZATION);
                g.names.add(cols[0], e);
                addAll(g.names, cols[1], e);
                if (cols[2].endsWith(AMBIGUOUS_FLAG)) {
                    g.ambiguousOrganizations.add(PhraseTrie.normalize(cols[0]));
                }
            });
        }
        g.loadTable(source, AMBIGUOUS_ORGANIZATIONS, 1, (cols, where) -> g.ambiguousOrganizations.add(PhraseTrie.normalize(cols[0])));
        g.loadTable(source, ORGANIZATION_CUES, 2, (cols, where) -> {
            List<String[]> side = switch (cols[1]) {
                case "after" -> g.cuesAfter;
                case "before" -> g.cuesBefore;
                default -> throw new GazetteerException(where + ": side must be 'after' or 'before', got '" + cols[1] + "'");
            };
            side.add(cols[0].strip().toLowerCase(Locale.ROOT).split("\\s+"));
        });
        g.loadTable(source, ORGANIZATION_EVIDENCE, 3, (cols, where) -> g.evidence.add(OrganizationEvidence.parse(cols, where)));
        g.loadTable(source, BODIES, 4, (cols, where) -> {
            String code = cols[1].isEmpty() ? null : g.knownCode(cols[1], where);
            GazetteerEntry e = new GazetteerEntry(Kind.BODY, cols[0], code, EntityType.ORGANIZATION);
            g.names.add(cols[0], e);
            addAll(g.names, cols[2], e);
        });
        g.loadTable(source, TITLES, 1, (cols, where) -> {
            GazetteerEntry e = new GazetteerEntry(Kind.TITLE, cols[0], null, null);
            g.titles.add(cols[0].toLowerCase(Locale.ROOT), e);
            int of = Math.max(cols[0].indexOf(" of "), cols[0].indexOf(" for "));
            if (of > 0) {
                // portfolio words ("Trade", "Industry", "Investment") continue titles: "Minister of Industry, Trade and Investment"
                for (String w : cols[0].substring(of).split("[\\s,]+")) {
                    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                        g.portfolioWords.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        });
        g.loadTable(source, HONORIFICS, 1, (cols, where) -> g.honorifics.add(cols[0].toLowerCase(Locale.ROOT)));
        g.loadTable(source, NOT_ORG_HEADS, 1, (cols, where) -> g.notOrgHeads.add(cols[0]));
        g.loadTable(source, NOT_ORG_ACRONYMS, 1, (cols, where) -> g.notOrgAcronyms.add(cols[0]));
        g.loadTable(source, NOT_ORG_NAMES, 1, (cols, where) -> g.notOrgNames.add(cols[0]));
        g.loadTable(source, NOT_PLACE_NAMES, 1, (cols, where) -> g.notPlaceNames.add(cols[0]));
        g.loadTable(source, PLACE_HEADS, 1, (cols, where) -> g.placeHeads.add(cols[0]));
        g.loadTable(source, NAMED_THING_HEADS, 1, (cols, where) -> g.namedThingHeads.add(cols[0]));
        g.loadTable(source, COUNTRY_CODES, 2, (cols, where) -> {
            if (!cols[0].matches("[A-Z]{3}")) {
                throw new GazetteerException(where + ": code must be three capital letters, got '" + cols[0] + "'");
            }
            g.countryCodes3.putIfAbsent(cols[0], g.knownCode(cols[1], where));
        });
        g.loadTable(source, GROUPS, 1, (cols, where) -> g.groupNouns.put(cols[0].toLowerCase(Locale.ROOT), cols[0]));
        g.loadTable(source, ORG_HEADS, 2, (cols, where) -> {
            switch (cols[1]) {
                case "name" -> g.orgNameHeads.add(cols[0]);
                case "of" -> g.orgOfHeads.add(cols[0]);
                case "both" -> {
                    g.orgNameHeads.add(cols[0]);
                    g.orgOfHeads.add(cols[0]);
                }
                default -> throw new GazetteerException(where + ": pattern must be 'name', 'of' or 'both', got '" + cols[1] + "'");
            }
        });
        g.loadTable(source, GENERIC_OFFICES, 1, (cols, where) -> g.genericOffices.add(cols[0].toLowerCase(Locale.ROOT)));
        g.loadTable(source, CAPITAL_NOUNS, 1, (cols, where) -> g.capitalNouns.add(cols[0].toLowerCase(Locale.ROOT).split("\\s+")));
        // the longest phrase first, so "capital city" wins over "capital"
        g.capitalNouns.sort((a, b) -> b.length - a.length);
        g.loadTable(source, TITLE_SYNONYMS, 2, (cols, where) -> {
            if (cols[0].isBlank() || cols[1].isBlank() || cols[0].strip().contains(" ")) {
                throw new GazetteerException(where + ": need one word and the title words it stands for, got '" + cols[0] + "'");
            }
            g.titleSynonyms.put(cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip().toLowerCase(Locale.ROOT));
        });
        g.loadTable(source, DESCRIPTION_MODIFIERS, 1,
                (cols, where) -> g.descriptionModifiers.add(cols[0].strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * True for an office word that fits any head of a country's delegation ("leader", "head of
     * state"): "the French leader" may name a president or a prime minister.
     */
    public boolean isGenericOffice(String title) {
        return title != null && genericOffices.contains(title.toLowerCase(Locale.ROOT).strip());
    }

    /**
     * The words a title word stands for when titles are compared ("premier" is "prime
     * minister", "pontiff" is "pope"), lower case; the word itself when it has no entry.
     */
    public String titleWordMeaning(String lowerWord) {
        return titleSynonyms.getOrDefault(lowerWord, lowerWord);
    }

    /**
     * True for a word that may stand between "the" and an office in a description of someone
     * already named ("the visiting minister", "the outgoing president").
     */
    public boolean isDescriptionModifier(String lowerWord) {
        return descriptionModifiers.contains(lowerWord);
    }

    /** True when the phrase, as the honorifics list writes it in any case ("Sir", "Dr."), is an honorific. */
    public boolean isHonorific(String phrase) {
        return honorifics.contains(phrase.toLowerCase(Locale.ROOT));
    }

    /** True when the title match is an honorific ("His Excellency", "Dr."), not an office. */
    public boolean isHonorific(Sentence s, Match m) {
        StringBuilder b = new StringBuilder();
        for (int i = m.start(); i < m.end(); i++) {
            if (i > m.start() && s.token(i).start() > s.token(i - 1).end()) {
                b.append(' '); // "Rt. Hon." is four tokens and one space, as the list writes it
            }
            b.append(s.token(i).lower());
        }
        return honorifics.contains(b.toString());
    }

    private interface Row {
        void accept(String[] cols, String where);
    }

    private void loadTable(ModelSource source, String file, int columns, Row row) {
        List<ModelSource.Line> lines;
        try {
            lines = source.lines(file, errors);
        } catch (IOException e) {
            errors.add("cannot read " + source.describe(file) + ": " + e.getMessage());
            return;
        }
        if (lines == null) {
            errors.add("cannot read " + source.describe(file) + ": missing model file: models/" + file);
            return;
        }
        for (ModelSource.Line line : lines) {
            String where = line.where();
            String[] cols = line.text().split("\t", -1);
            if (cols.length != columns) {
                errors.add(where + ": expected " + columns + " tab-separated column(s), found " + cols.length);
                continue;
            }
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            if (cols[0].isEmpty()) {
                errors.add(where + ": first column is empty");
                continue;
            }
            try {
                row.accept(cols, where);
            } catch (GazetteerException e) {
                errors.addAll(e.errors());
            }
        }
    }

    private static String checkCode(String code, String where) {
        if (!code.matches("[A-Z]{2}")) {
            throw new GazetteerException(where + ": country code must be two upper-case letters, got '" + code + "'");
        }
        return code;
    }

    private String knownCode(String code, String where) {
        checkCode(code, where);
        if (!countryNames.containsKey(code)) {
            throw new GazetteerException(where + ": unknown country code '" + code + "' (not in " + COUNTRIES + ")");
        }
        return code;
    }

    private static void addAll(PhraseTrie trie, String column, GazetteerEntry e) {
        if (column.isEmpty()) {
            return;
        }
        for (String alias : column.split("\\|")) {
            if (!alias.isBlank()) {
                trie.add(alias.strip(), e);
            }
        }
    }

    /** A phrase found in a sentence. */
    public record Match(int start, int end, List<GazetteerEntry> entries) {

        public GazetteerEntry first() {
            return entries.get(0);
        }
    }

    /**
     * True when the organization name matched at tokens [start, end) is also a common word,
     * surname, place or nickname ({@code ambiguous-organization-names.txt}) and nothing around it
     * shows the organization: no cue word before or after it (after a possessive too: "Apple's
     * shares"), no sports score in the sentence. A capitalised word glued to it on either side
     * ("Michael Dell", "Shell Beach"; at the start of a sentence only a proper noun) makes it part
     * of another name, so it stays unsupported.
     */
    public boolean needsSupport(Sentence s, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                b.append(' ');
            }
            b.append(s.token(i).text());
        }
        if (!ambiguousOrganizations.contains(PhraseTrie.normalize(b.toString()))) {
            return false;
        }
        boolean glued = start > 0 && s.token(start - 1).isCapitalized() && !s.token(start - 1).isPunct()
                && (s.token(start - 1).isProperNoun() || !startsSentence(s, start - 1))
                || end < s.size() && s.token(end).isCapitalized() && !s.token(end).isPunct() && !cueAt(s, end, cuesAfter);
        if (glued) {
            return true;
        }
        int after = end;
        if (after < s.size() && s.token(after).isPossessive()) {
            after++;
        }
        return !(cueAt(s, after, cuesAfter) || cueBefore(s, start) || hasScore(s));
    }

    private static boolean startsSentence(Sentence s, int i) {
        return i == 0 || s.token(i - 1).isPunct() && !s.token(i - 1).text().equals(",");
    }

    private static boolean cueAt(Sentence s, int from, List<String[]> cues) {
        for (String[] cue : cues) {
            if (s.lowerWordsAt(from, cue)) {
                return true;
            }
        }
        return false;
    }

    private boolean cueBefore(Sentence s, int start) {
        for (String[] cue : cuesBefore) {
            if (s.lowerWordsAt(start - cue.length, cue)) {
                return true;
            }
        }
        return false;
    }


    /**
     * A result such as "2-1" or "3 - 0" somewhere in the sentence, or a line of results or a
     * table ("Celtic 2 Rangers 1"): at least two numbers and no lower-case word.
     */
    static boolean hasScore(Sentence s) {
        if (isResultsLine(s)) {
            return true;
        }
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).text();
            int dash = w.indexOf('-');
            if (dash > 0 && dash < w.length() - 1 && allDigits(w, 0, dash) && allDigits(w, dash + 1, w.length())) {
                return true;
            }
            if (i + 2 < s.size() && s.token(i + 1).text().equals("-") && allDigits(w, 0, w.length())
                    && allDigits(s.token(i + 2).text(), 0, s.token(i + 2).text().length())) {
                return true;
            }
        }
        return false;
    }

    /** A line of results or a table ("Celtic 2 Rangers 1"): at least two small numbers and no lower-case word. */
    static boolean isResultsLine(Sentence s) {
        int numbers = 0;
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).text();
            if (Character.isLowerCase(w.charAt(0))) {
                return false;
            }
            if (isSmallNumber(w)) {
                numbers++;
            }
        }
        return numbers >= 2;
    }

    /** One to three digits, as in a score. */
    static boolean isSmallNumber(String w) {
        return allDigits(w, 0, w.length());
    }

    private static boolean allDigits(String w, int from, int to) {
        if (to - from < 1 || to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The contexts of {@code organization-evidence.tsv}, in file order. */
    List<OrganizationEvidence> organizationEvidence() {
        return evidence;
    }

    /** True if the single word, as written, is a name or alias in the name gazetteers ("UN", "NATO"). */
    public boolean isName(String word) {
        PhraseTrie.Match m = names.longest(new String[] {word}, new boolean[] {false}, 0);
        return m != null && m.end() == 1;
    }

    /** True if the single word, as written, names a country, city or region ("Hanoi"), whatever else it may name. */
    public boolean isPlaceName(String word) {
        PhraseTrie.Match m = names.longest(new String[] {word}, new boolean[] {false}, 0);
        return m != null && m.end() == 1 && m.values().stream().anyMatch(GazetteerEntry::isPlace);
    }

    /**
     * The country, city or region whose name or alias is exactly {@code phrase} (words separated
     * by single spaces, as written), or null: "North Korea" for the words of "North and South
     * Korea" put together.
     */
    public GazetteerEntry placeNamed(String phrase) {
        String[] words = phrase.split(" ");
        boolean[] space = new boolean[words.length];
        java.util.Arrays.fill(space, 1, words.length, true);
        PhraseTrie.Match m = names.longest(words, space, 0);
        if (m == null || m.end() != words.length) {
            return null;
        }
        for (GazetteerEntry e : m.values()) {
            if (e.isPlace()) {
                return e;
            }
        }
        return null;
    }

    /** Longest non-overlapping name matches (countries, cities, organizations, bodies, demonyms). */
    public List<Match> findNames(Sentence s) {
        return find(names, s, false);
    }

    /** Longest non-overlapping title matches, case-insensitive. */
    public List<Match> findTitles(Sentence s) {
        return find(titles, s, true);
    }

    private static List<Match> find(PhraseTrie trie, Sentence s, boolean fold) {
        int n = s.size();
        String[] texts = new String[n];
        boolean[] space = new boolean[n];
        for (int i = 0; i < n; i++) {
            texts[i] = fold ? s.token(i).lower() : s.token(i).text();
            space[i] = i > 0 && s.token(i).start() > s.token(i - 1).end();
        }
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            PhraseTrie.Match m = trie.longest(texts, space, i);
            if (m != null) {
                int end = fold ? overlapEnd(trie, texts, space, m) : m.end();
                out.add(new Match(m.start(), end, m.values()));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The end of a title that another title overlaps and runs past: "deputy secretary" and
     * "secretary of state" make one office, "deputy secretary of state", which the longest match
     * alone would cut after "secretary".
     */
    private static int overlapEnd(PhraseTrie trie, String[] texts, boolean[] space, PhraseTrie.Match m) {
        int end = m.end();
        for (int j = m.start() + 1; j < end; j++) {
            PhraseTrie.Match o = trie.longest(texts, space, j);
            if (o != null && o.end() > end) {
                end = o.end();
            }
        }
        return end;
    }

    /** The two-letter code of the country a three-letter code stands for ("ESP", "GER"), or null. */
    public String countryOfCode3(String code) {
        return countryCodes3.get(code);
    }

    /** Canonical country name for an ISO code, or null. */
    public String countryName(String code) {
        return countryNames.get(code);
    }

    /**
     * True for a capitalised word that ends an organization name: with {@code ofPattern},
     * one that starts "Ministry of X"; otherwise one that ends "X Foundation".
     */
    public boolean isOrganizationHead(String word, boolean ofPattern) {
        return ofPattern ? orgOfHeads.contains(word) : orgNameHeads.contains(word);
    }

    /** True for a capitalised word that ends names of things other than organizations ("Rate", "Week", "Convention"). */
    public boolean isNonOrganizationHead(String word) {
        return notOrgHeads.contains(word);
    }

    /** True for a phrase that alone names no organization: "Government" as a back-reference, a faith, a people. */
    public boolean isNonOrganizationName(String phrase) {
        return notOrgNames.contains(phrase);
    }

    /** True if the phrase, as written, alone names no place ("the Kingdom", "Latin American"). */
    public boolean isNonPlaceName(String phrase) {
        return notPlaceNames.contains(phrase);
    }

    /**
     * True for a capitalised word that makes a place before it part of the name of a document,
     * an agreement or a competition ("Agreement" of "Paris Agreement", "Cup" of "Asia Cup").
     */
    public boolean isNamedThingHead(String word) {
        return namedThingHeads.contains(word);
    }

    /** True for a capitalised word that ends names of places ("Park", "Airport", "Reserve"). */
    public boolean isPlaceHead(String word) {
        return placeHeads.contains(word);
    }

    /** True for a capitalised abbreviation that names no organization ("CEO", "GDP", "NGOs"). */
    public boolean isNonOrganizationAcronym(String word) {
        return notOrgAcronyms.contains(word);
    }

    /** True for a word that names a ministerial portfolio in some title ("trade", "tourism"). */
    public boolean isPortfolioWord(String lowerWord) {
        return portfolioWords.contains(lowerWord);
    }

    /**
     * The number of tokens from {@code from} that spell a noun for a country's capital
     * ("capital", "capital city"), or 0: after a demonym it names the place, "the Kenyan capital".
     */
    public int capitalNounAt(Sentence s, int from) {
        for (String[] words : capitalNouns) {
            int k = 0;
            while (k < words.length && from + k < s.size() && s.token(from + k).lower().equals(words[k])) {
                k++;
            }
            if (k == words.length) {
                return k;
            }
        }
        return 0;
    }

    /** True if the lower-cased word heads a group noun phrase ("members", "delegation"). */
    public boolean isGroupNoun(String lowerWord) {
        return groupNouns.containsKey(lowerWord);
    }

    /** Number of phrases loaded, for logging. */
    public int size() {
        return names.size() + titles.size() + groupNouns.size();
    }
}
