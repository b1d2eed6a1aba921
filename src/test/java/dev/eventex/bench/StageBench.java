package dev.eventex.bench;

import dev.eventex.entity.EntityMention;
import dev.eventex.entity.EntityRecognizer;
import dev.eventex.entity.Gazetteer;
import dev.eventex.entity.NameModel;
import dev.eventex.entity.ValueRecognizer;
import dev.eventex.event.EventAssembler;
import dev.eventex.event.EventMatcher;
import dev.eventex.event.EventMention;
import dev.eventex.event.RuleLoader;
import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import dev.eventex.normalize.Currencies;
import dev.eventex.normalize.DateHeader;
import dev.eventex.normalize.EntityResolver;
import dev.eventex.normalize.ResolvedEntities;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.OpenNlpTextAnalyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One benchmark per pipeline stage, each over all sample texts per operation (so scores are
 * milliseconds per pass over the corpus and add up to roughly {@link PipelineBench#pipeline}).
 * Each stage's input is the previous stages' output, computed once in setup.
 *
 * <ul>
 *   <li>{@code textAnalysis}: OpenNLP sentence detection, tokenization, POS tagging and lemmatization</li>
 *   <li>{@code entityRecognition}: gazetteers, value patterns and the statistical name finder</li>
 *   <li>{@code entityRecognitionNoNameModel}: the same without the name finder</li>
 *   <li>{@code coreferenceNormalization}: entity resolution (coreference, canonical names, dates, amounts)</li>
 *   <li>{@code eventMatching}: rule matching and event assembly</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class StageBench {

    List<String> texts;
    List<LocalDate> dates;
    OpenNlpTextAnalyzer analyzer;
    EntityRecognizer recognizer;
    EntityRecognizer recognizerNoModel;
    EntityResolver resolver;
    EventMatcher matcher;
    EventAssembler assembler;
    List<AnalyzedText> analyzed;
    List<List<EntityMention>> mentions;
    List<ResolvedEntities> resolved;
    List<List<EventMention>> firings;

    @Setup
    public void setup() {
        texts = BenchCorpus.load();
        ModelSource source = ModelSource.classpath();
        Gazetteer gazetteer = Gazetteer.load(source);
        Lexicons lexicons = Lexicons.load(source);
        ValueRecognizer values = new ValueRecognizer(Currencies.load(source), lexicons);
        analyzer = OpenNlpTextAnalyzer.loadDefault(lexicons);
        recognizer = new EntityRecognizer(gazetteer, NameModel.load(source), values, lexicons);
        recognizerNoModel = new EntityRecognizer(gazetteer, null, values, lexicons);
        resolver = new EntityResolver(gazetteer, lexicons);
        matcher = new EventMatcher(new RuleLoader().loadAll(source), lexicons);
        assembler = new EventAssembler(false, lexicons);
        DateHeader header = new DateHeader(lexicons);
        dates = new ArrayList<>();
        analyzed = new ArrayList<>();
        mentions = new ArrayList<>();
        resolved = new ArrayList<>();
        firings = new ArrayList<>();
        for (String t : texts) {
            LocalDate d = header.detect(t).orElse(null);
            AnalyzedText a = analyzer.analyze(t);
            List<EntityMention> m = recognizer.recognize(a);
            ResolvedEntities r = resolver.resolve(a, m, d);
            dates.add(d);
            analyzed.add(a);
            mentions.add(m);
            resolved.add(r);
            firings.add(matcher.match(a, r, d));
        }
    }

    @Benchmark
    public void textAnalysis(Blackhole bh) {
        for (String t : texts) {
            bh.consume(analyzer.analyze(t));
        }
    }

    @Benchmark
    public void entityRecognition(Blackhole bh) {
        for (AnalyzedText a : analyzed) {
            bh.consume(recognizer.recognize(a));
        }
    }

    @Benchmark
    public void entityRecognitionNoNameModel(Blackhole bh) {
        for (AnalyzedText a : analyzed) {
            bh.consume(recognizerNoModel.recognize(a));
        }
    }

    @Benchmark
    public void coreferenceNormalization(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(resolver.resolve(analyzed.get(i), mentions.get(i), dates.get(i)));
        }
    }

    @Benchmark
    public void eventMatching(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            List<EventMention> f = matcher.match(analyzed.get(i), resolved.get(i), dates.get(i));
            bh.consume(assembler.assemble(texts.get(i), f));
        }
    }
}
