package dev.eventex.entity;

import dev.eventex.api.EntityType;
import java.util.HashMap;
import java.util.Map;

/**
 * What the entity stage has learnt so far in one document, passed explicitly to every
 * sentence of it: the name parts of persons already found ("Ramaphosa" after "Cyril
 * Ramaphosa") and the acronyms defined after a name ("... Party (PPP)") with their type. One
 * per document and thread; not thread-safe. A new document starts with
 * {@link EntityRecognizer#newDocument()}.
 */
public final class DocumentMemory {

    /** Bound on remembered name parts: a very long "document" (no -DOCSTART-) keeps memory small. */
    private static final int MAX_PERSON_PARTS = 5000;

    private final Map<String, Boolean> personParts = new HashMap<>();
    private final Map<String, EntityType> acronyms = new HashMap<>();

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
}
