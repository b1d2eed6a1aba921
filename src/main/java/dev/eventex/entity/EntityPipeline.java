package dev.eventex.entity;

import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import dev.eventex.normalize.Currencies;
import dev.eventex.normalize.MentionRepair;
import dev.eventex.text.AnalyzedText;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The whole entity stage as one assembly: the sentence-level {@link EntityRecognizer} and the
 * document-level {@link MentionRepair}. {@code extract} and {@code ner --conll} both build it
 * here, so the scores of {@code ner --conll} measure what extraction runs. Thread-safe.
 */
public final class EntityPipeline {

    private final EntityRecognizer recognizer;
    private final MentionRepair repair;

    private EntityPipeline(EntityRecognizer recognizer, MentionRepair repair) {
        this.recognizer = recognizer;
        this.repair = repair;
    }

    /** @param model the statistical name finder, or null to run on rules and gazetteers only */
    public static EntityPipeline create(Gazetteer gazetteer, NameModel model, Currencies currencies, Lexicons lexicons) {
        return new EntityPipeline(new EntityRecognizer(gazetteer, model, new ValueRecognizer(currencies, lexicons), lexicons),
                new MentionRepair(gazetteer, lexicons));
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
        return repair.repair(doc, recognizer.recognize(doc, cancelled));
    }

    /**
     * The repaired mentions of a text that is a part of a document whose earlier parts shared
     * {@code memory} (the blocks of a column file). Repairs see this part only.
     */
    public List<EntityMention> recognize(AnalyzedText part, DocumentMemory memory) {
        return repair.repair(part, recognizer.recognize(part, memory, () -> false));
    }
}
