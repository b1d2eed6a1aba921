package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.TokenSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Stage 2: finds entity mentions in analysed text. It runs its {@link MentionSource}s over
 * each sentence in a fixed order (values, gazetteer, title + name, organization patterns, the
 * name model, defined acronyms, unexplained acronyms, known organizations, known persons, places that open a
 * named thing, country codes after a competitor's name, then the descriptions:
 * demonym phrases, pronouns, groups), keeps one non-overlapping layer of names and values
 * ({@link OverlapResolver}) and adds the descriptions that do not clash with it. What a
 * document teaches the sources lives in a {@link DocumentMemory} passed in with each sentence.
 * Thread-safe; most callers use {@link EntityPipeline}, which adds the document-level repairs.
 */
public final class EntityRecognizer {

    private final Gazetteer gazetteer;
    private final List<MentionSource> sources;
    private final OverlapResolver resolver;
    private final CaseReading caseReading;

    /** @param model the statistical name finder, or null to run on rules and gazetteers only */
    public EntityRecognizer(Gazetteer gazetteer, NameModel model, ValueRecognizer values, Lexicons lexicons) {
        this.gazetteer = gazetteer;
        Set<String> headlineLowerWords = lexicons.get(Lexicons.HEADLINE_LOWER_WORDS);
        this.caseReading = new CaseReading(gazetteer, lexicons);
        this.resolver = new OverlapResolver(lexicons.get(Lexicons.CAPITALISED_WORDS));
        List<MentionSource> s = new ArrayList<>();
        s.add(new ValueSource(values));
        s.add(new GazetteerSource(gazetteer));
        s.add(new TitleNameSource(gazetteer, lexicons));
        s.add(new OrganizationPatternSource(gazetteer, lexicons));
        s.add(new OrganizationEvidenceSource(gazetteer, lexicons));
        if (model != null) {
            s.add(new NameModelSource(model, gazetteer, lexicons));
        }
        s.add(new CountryUnitSource(lexicons)); // after the model, whose place reading of the name it respects
        s.add(new SharedTailPlaces(gazetteer));
        s.add(new AcronymSource(gazetteer, lexicons));
        s.add(new OrganizationAcronyms(gazetteer, values::isCurrencySymbol, headlineLowerWords,
                lexicons.get(Lexicons.LOWER_CASE_WORDS)));
        s.add(new OpinionPhrases(gazetteer, lexicons)); // before the memory, which would remember "Poor Service"
        s.add(new KnownOrganizationSource(gazetteer));
        s.add(new KnownPersonSource(lexicons));
        s.add(new NamedThingPlaces(gazetteer));
        s.add(new ResultCountryCodes(gazetteer));
        s.add(new DemonymPhraseSource(gazetteer, lexicons));
        s.add(new PronounSource(lexicons));
        s.add(new GroupSource(gazetteer, lexicons));
        this.sources = List.copyOf(s);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The memory of a new document (which also holds the name finder's adaptive data of it). */
    public DocumentMemory newDocument() {
        return new DocumentMemory();
    }

    /** All mentions of a document, sorted by start offset (names and values first at equal start). */
    public List<EntityMention> recognize(AnalyzedText doc) {
        return recognize(doc, () -> false);
    }

    /**
     * Mentions of a document; {@code cancelled} is polled between sentences so a time budget
     * can stop a pathological document (then {@link CancellationException}).
     */
    public List<EntityMention> recognize(AnalyzedText doc, BooleanSupplier cancelled) {
        DocumentMemory memory = newDocument();
        try {
            return recognize(doc, memory, cancelled);
        } finally {
            memory.release();
        }
    }

    /**
     * Mentions of a text that is one document or a part of one (the blocks of a column file
     * between two document starts share {@code memory}).
     */
    public List<EntityMention> recognize(AnalyzedText doc, DocumentMemory memory, BooleanSupplier cancelled) {
        List<EntityMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("entity recognition stopped at sentence " + s.index());
            }
            out.addAll(recognize(doc, s, memory));
        }
        return out;
    }

    /** Mentions of one sentence, sorted by start offset; reads and updates {@code memory}. */
    public List<EntityMention> recognize(AnalyzedText doc, Sentence sentence, DocumentMemory memory) {
        SentenceContext c = new SentenceContext(doc, caseReading.read(sentence, doc, memory), memory, gazetteer);
        List<Candidate> cands = new ArrayList<>();
        for (MentionSource source : sources) {
            source.propose(c, cands);
        }
        List<EntityMention> layer = resolver.resolve(c, cands);
        for (MentionSource source : sources) {
            layer = source.refine(c, layer);
        }
        for (MentionSource source : sources) {
            source.describe(c, layer, c.descriptors);
        }
        List<EntityMention> all = new ArrayList<>(layer);
        for (EntityMention d : c.descriptors) {
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

    static EntityMention mention(AnalyzedText doc, Sentence s, int startToken, int endToken, EntityType type, MentionKind kind,
                                 String key, String code, String source, Map<String, String> attrs) {
        int cs = s.token(startToken).start();
        int ce = s.token(endToken - 1).end();
        return new EntityMention(s.index(), new TokenSpan(startToken, endToken), cs, ce, doc.slice(cs, ce), type, kind, key, code,
                source, attrs);
    }
}
