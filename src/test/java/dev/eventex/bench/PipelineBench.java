package dev.eventex.bench;

import dev.eventex.api.Document;
import dev.eventex.api.Extractor;
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
 * The whole pipeline ({@link Extractor#extract(Document)}) over all sample texts per operation,
 * and model loading ({@link Extractor#withDefaults()}, single shot in fresh JVMs).
 * Run with {@code -t 2} to see two threads sharing one extractor.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class PipelineBench {

    List<String> texts;
    Extractor extractor;

    @Setup
    public void setup() {
        texts = BenchCorpus.load();
        extractor = Extractor.withDefaults();
    }

    @Benchmark
    public void pipeline(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(extractor.extract(Document.of("doc" + i, texts.get(i))));
        }
    }

    /** Cold model load in a fresh JVM: what every CLI run pays before its first result. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = {"-Xmx2g"})
    public Extractor modelLoad() {
        return Extractor.withDefaults();
    }
}
