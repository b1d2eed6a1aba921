package dev.eventex.entity;

import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import dev.eventex.normalize.Currencies;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.OpenNlpTextAnalyzer;
import java.util.List;

/** The packaged text analyzer and entity recognizer, loaded once for the entity-stage tests that share them. */
final class EntityStage {

    static final OpenNlpTextAnalyzer ANALYZER;
    static final EntityRecognizer RECOGNIZER;

    static {
        ModelSource source = ModelSource.classpath();
        Lexicons lexicons = Lexicons.load(source);
        ANALYZER = OpenNlpTextAnalyzer.loadDefault(lexicons);
        RECOGNIZER = new EntityRecognizer(Gazetteer.load(source), NameModel.load(source),
                new ValueRecognizer(Currencies.load(source), lexicons), lexicons);
    }

    private EntityStage() {
    }

    /** {@return every mention of the text} */
    static List<EntityMention> mentions(String text) {
        AnalyzedText doc = ANALYZER.analyze(text);
        return RECOGNIZER.recognize(doc);
    }

    /** {@return the name mentions of the text} */
    static List<EntityMention> names(String text) {
        return mentions(text).stream().filter(m -> m.kind() == MentionKind.NAME).toList();
    }
}
