package dev.eventex.entity;

import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import dev.eventex.normalize.Currencies;
import dev.eventex.normalize.MentionRepair;
import dev.eventex.text.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The whole entity stage as one assembly: the sentence-level {@link EntityRecognizer}, the
 * document's {@link LabelConsistency} and {@link NamesInFull}, and the document-level {@link MentionRepair}. {@code extract} and {@code ner --conll} both build it
 * here, so the scores of {@code ner --conll} measure what extraction runs. Thread-safe.
 */
public final class EntityPipeline {

    private final EntityRecognizer recognizer;
    private final MentionRepair repair;
    private final HomeCurrencies homeCurrencies;
    private final LabelConsistency consistency = new LabelConsistency();

    private EntityPipeline(EntityRecognizer recognizer, MentionRepair repair, HomeCurrencies homeCurrencies) {
        this.recognizer = recognizer;
        this.repair = repair;
        this.homeCurrencies = homeCurrencies;
    }

    /** @param model the statistical name finder, or null to run on rules and gazetteers only */
    public static EntityPipeline create(Gazetteer gazetteer, NameModel model, Currencies currencies, Lexicons lexicons) {
        return new EntityPipeline(new EntityRecognizer(gazetteer, model, new ValueRecognizer(currencies, lexicons), lexicons),
                new MentionRepair(gazetteer, lexicons), new HomeCurrencies(currencies));
    }

    /** Loads the gazetteers, word lists, currencies and (if {@code useNameModel}) the name model from {@code source}. */
    public static EntityPipeline load(ModelSource source, boolean useNameModel) {
        return create(Gazetteer.load(source), useNameModel ? NameModel.load(source) : null, Currencies.load(source),
                Lexicons.load(source));
    }

    public EntityRecognizer recognizer() {
        return recognizer;
    }

    public Gazetteer gazetteer() {
        return recognizer.gazetteer();
    }

    /** The memory of a new document (see {@link EntityRecognizer#newDocument()}). */
    public DocumentMemory newDocument() {
        return recognizer.newDocument();
    }

    /** The repaired mentions of one document, sorted by start offset; {@code cancelled} as in {@link EntityRecognizer}. */
    public List<EntityMention> recognize(AnalyzedText doc, BooleanSupplier cancelled) {
        DocumentMemory memory = newDocument();
        try {
            List<EntityMention> found = recognizer.recognize(doc, memory, cancelled);
            List<List<EntityMention>> agreed = consistency.apply(List.of(doc), List.of(found), memory);
            return homeCurrencies.apply(repair.repair(doc, PersonInitials.attach(doc, NamesInFull.widen(List.of(doc), agreed).get(0))));
        } finally {
            memory.release();
        }
    }

    /**
     * The repaired mentions of each part of one document (the blocks of a column file between
     * two document starts), read in order with one {@code memory}; the names' types agree
     * across all parts. Repairs see each part alone.
     */
    public List<List<EntityMention>> recognize(List<AnalyzedText> parts, DocumentMemory memory) {
        List<List<EntityMention>> found = new ArrayList<>(parts.size());
        memory.countWordCase(parts);
        for (AnalyzedText part : parts) {
            found.add(recognizer.recognize(part, memory, () -> false));
        }
        List<List<EntityMention>> agreed = NamesInFull.widen(parts, consistency.apply(parts, found, memory));
        List<List<EntityMention>> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            out.add(repair.repair(parts.get(i), PersonInitials.attach(parts.get(i), agreed.get(i))));
        }
        return out;
    }

    /**
     * The repaired mentions of a text that is a part of a document whose earlier parts shared
     * {@code memory} (the blocks of a column file). Repairs and label consistency see this part
     * only: {@link #recognize(List, DocumentMemory)} gives a whole document's parts at once.
     */
    public List<EntityMention> recognize(AnalyzedText part, DocumentMemory memory) {
        return recognize(List.of(part), memory).get(0);
    }
}
