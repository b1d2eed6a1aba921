package dev.eventex.bench;

import com.sun.management.ThreadMXBean;
import dev.eventex.api.Extractor;
import dev.eventex.entity.EntityRecognizer;
import dev.eventex.entity.Gazetteer;
import dev.eventex.entity.NameModel;
import dev.eventex.entity.ValueRecognizer;
import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import dev.eventex.normalize.Currencies;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.OpenNlpTextAnalyzer;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * CPU time and allocated bytes per document of each stage, on one thread, the stages alternating
 * within each round and the median round reported. Allocated bytes do not depend on the machine's
 * load, so they compare two builds even on a busy machine; thread CPU time does somewhat (caches,
 * frequency), hence the alternation. Not a unit test; run with
 * {@code java -cp target/eventex-cli.jar:target/test-classes dev.eventex.bench.StageCost [DIR|FILE...]}
 * (default: {@code sample-texts} and {@code src/test/resources/devset}; {@code -Drounds=N},
 * {@code -Dwarmup=N}).
 */
public final class StageCost {

    private StageCost() {
    }

    private record Stage(String name, ToLongFunction<Integer> job) {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        for (String a : args.length == 0 ? new String[] {"sample-texts", "src/test/resources/devset"} : args) {
            Path p = Path.of(a);
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
            for (Path f : files) {
                texts.add(Files.readString(f));
            }
        }
        ModelSource source = ModelSource.classpath();
        Lexicons lexicons = Lexicons.load(source);
        OpenNlpTextAnalyzer analyzer = OpenNlpTextAnalyzer.loadDefault(lexicons);
        EntityRecognizer recognizer = new EntityRecognizer(Gazetteer.load(source), NameModel.load(source),
                new ValueRecognizer(Currencies.load(source), lexicons), lexicons);
        Extractor extractor = Extractor.withDefaults();
        List<AnalyzedText> docs = new ArrayList<>();
        List<List<String[]>> words = new ArrayList<>();
        for (String t : texts) {
            AnalyzedText d = analyzer.analyze(t);
            docs.add(d);
            List<String[]> ws = new ArrayList<>();
            for (Sentence s : d.sentences()) {
                ws.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
            }
            words.add(ws);
        }
        List<Stage> stages = List.of(
                new Stage("text analysis", i -> analyzer.analyze(texts.get(i)).tokenCount()),
                new Stage("POS tags only", i -> {
                    long n = 0;
                    for (String[] w : words.get(i)) {
                        n += analyzer.posTags(w).length;
                    }
                    return n;
                }),
                new Stage("entity stage", i -> recognizer.recognize(docs.get(i)).size()),
                new Stage("whole pipeline", i -> extractor.extract(texts.get(i)).events().size()));
        int rounds = Integer.getInteger("rounds", 7);
        int warmup = Integer.getInteger("warmup", 5);
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[][] cpu = new double[stages.size()][rounds];
        double[][] alloc = new double[stages.size()][rounds];
        long sink = 0;
        for (int r = 0; r < warmup + rounds; r++) {
            for (int s = 0; s < stages.size(); s++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long a0 = mx.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < texts.size(); i++) {
                    sink += stages.get(s).job().applyAsLong(i);
                }
                long a1 = mx.getCurrentThreadAllocatedBytes();
                long c1 = mx.getCurrentThreadCpuTime();
                if (r >= warmup) {
                    cpu[s][r - warmup] = (c1 - c0) / 1e6 / texts.size();
                    alloc[s][r - warmup] = (a1 - a0) / 1e6 / texts.size();
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d texts, %d tokens; %d rounds after %d warm-up (sink %d)%n", texts.size(),
                docs.stream().mapToInt(AnalyzedText::tokenCount).sum(), rounds, warmup, sink);
        System.out.printf(Locale.ROOT, "%-16s %12s %12s   %s%n", "stage", "CPU ms/doc", "alloc MB/doc", "CPU ms/doc of each round");
        for (int s = 0; s < stages.size(); s++) {
            StringBuilder each = new StringBuilder();
            for (double c : cpu[s]) {
                each.append(String.format(Locale.ROOT, " %.2f", c));
            }
            System.out.printf(Locale.ROOT, "%-16s %12.2f %12.3f  %s%n", stages.get(s).name(), median(cpu[s]), median(alloc[s]), each);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
