package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.text.AnalyzedText;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/**
 * What the entity stage has learnt so far in one document, passed explicitly to every
 * sentence of it: the name parts of persons already found ("Ramaphosa" after "Cyril
 * Ramaphosa"), the acronyms defined after a name ("... Party (PPP)") with their type, the
 * organization names already found (a later bare "Sekora Holdings" is one too), and the
 * name model's finder with its adaptive data (what it decided on earlier words of the
 * document) with the probabilities of its guesses, which {@link LabelConsistency} weighs.
 * One per document; not thread-safe. A new document starts with
 * {@link EntityRecognizer#newDocument()}.
 */
public final class DocumentMemory {

    /** Bound on remembered name parts: a very long "document" (no -DOCSTART-) keeps memory small. */
    private static final int MAX_PERSON_PARTS = 5000;

    private final Map<String, Boolean> personParts = new HashMap<>();
    private final Map<String, EntityType> acronyms = new HashMap<>();
    /** One-word place names the document has named so far, as written. */
    /** Acronyms this document spells out as something other than an organization ("Free Trade Agreement (FTA)"). */
    private final java.util.Set<String> otherAcronyms = new java.util.HashSet<>();
    /** Organization names found so far, as token texts, by their first token. */
    private final Map<String, java.util.List<String[]>> organizations = new HashMap<>();
    private int organizationCount;
    /** The name model's finder of this document, borrowed on first use, and the model it came from. */
    private NameFinderME nameFinder;
    private NameModel nameModel;
    /** The name model's probability of each name it proposed, by text (a column file's blocks are texts) and span. */
    private final Map<AnalyzedText, Map<Long, Double>> modelProbabilities = new IdentityHashMap<>();
    /** How the document writes its words ({@link CaseReading} of sentences in lower case); null until needed. */
    private WordCase wordCase;

    DocumentMemory() {
    }

    boolean isPersonPart(String word) {
        return personParts.containsKey(word);
    }

    boolean knowsPersons() {
        return !personParts.isEmpty();
    }

    void rememberPersonPart(String word) {
        personParts.put(word, Boolean.TRUE);
    }

    /** Forgets the name parts when they grow past the bound (called once per sentence, before remembering). */
    void boundPersonParts() {
        if (personParts.size() > MAX_PERSON_PARTS) {
            personParts.clear();
        }
    }

    /** The type an acronym was defined with in this document, or null. */
    EntityType acronym(String acronym) {
        return acronyms.get(acronym);
    }

    boolean knowsAcronym(String acronym) {
        return acronyms.containsKey(acronym);
    }

    boolean knowsAcronyms() {
        return !acronyms.isEmpty();
    }

    void defineAcronym(String acronym, EntityType type) {
        acronyms.put(acronym, type);
    }

    /** True when this document spelled the acronym out as an agreement, a plan, an office... (no organization). */
    boolean isOtherAcronym(String acronym) {
        return otherAcronyms.contains(acronym);
    }

    void defineOtherAcronym(String acronym) {
        otherAcronyms.add(acronym);
    }

    /** Organization names of this document (token texts) that start with {@code firstToken}; empty when none. */
    java.util.List<String[]> organizationsStartingWith(String firstToken) {
        return organizations.getOrDefault(firstToken, java.util.List.of());
    }

    boolean knowsOrganizations() {
        return organizationCount > 0;
    }

    /** Remembers an organization name by its token texts (once; bounded like the person parts). */
    void rememberOrganization(String[] tokens) {
        if (organizationCount > MAX_PERSON_PARTS) {
            organizations.clear();
            organizationCount = 0;
        }
        java.util.List<String[]> known = organizations.computeIfAbsent(tokens[0], k -> new java.util.ArrayList<>());
        for (String[] k : known) {
            if (java.util.Arrays.equals(k, tokens)) {
                return;
            }
        }
        known.add(tokens);
        organizationCount++;
    }

    /** How the document writes its words: as counted over all its parts, else over {@code doc} on first need. */
    WordCase wordCase(AnalyzedText doc) {
        if (wordCase == null) {
            wordCase = new WordCase(java.util.List.of(doc));
        }
        return wordCase;
    }

    /** Counts how the document, given as all its parts, writes its words (before its sentences are read). */
    void countWordCase(java.util.List<AnalyzedText> parts) {
        wordCase = new WordCase(parts);
    }

    /** The name model's spans for one sentence's words, read with this document's adaptive data. */
    Span[] findNames(NameModel model, String[] words) {
        if (nameFinder == null) {
            nameFinder = model.borrowFinder();
            nameModel = model;
        }
        return nameFinder.find(words);
    }

    /** Records the name model's probability of the name it proposed at chars [start, end) of {@code doc}. */
    void noteModelProbability(AnalyzedText doc, int start, int end, double probability) {
        modelProbabilities.computeIfAbsent(doc, d -> new HashMap<>()).put(span(start, end), probability);
    }

    /** The name model's probability of a name at chars [start, end) of {@code doc}, or NaN when it proposed none there. */
    double modelProbability(AnalyzedText doc, int start, int end) {
        Map<Long, Double> p = modelProbabilities.get(doc);
        Double v = p == null ? null : p.get(span(start, end));
        return v == null ? Double.NaN : v;
    }

    private static long span(int start, int end) {
        return (long) start << 32 | end;
    }

    /**
     * Ends the document: hands the name finder back to its model for the next document. A
     * memory that is never released only costs the next document a new finder.
     */
    public void release() {
        if (nameFinder != null) {
            nameModel.releaseFinder(nameFinder);
            nameFinder = null;
            nameModel = null;
        }
    }
}
